/** One line that says what a plan's Terraform holds: resource blocks, and how many a layer adds. */
import { AZURERM_VERSION } from './terraformForPlan.ts';
import type { ResourceRef } from '../kit/terraformBuilder.ts';

export function terraformSummary(resources: readonly ResourceRef[]): string {
	const layer = resources.filter((r) => r.layer === 'corruption').length;
	return [
		`${resources.length} resource block(s) for the azurerm provider ${AZURERM_VERSION}`,
		...(layer > 0
			? [
					`${layer} of them for the corruption layer (Azure Backup with soft delete and an immutable vault)`,
				]
			: []),
	]
		.join(', ')
		.concat('. Not validated: run terraform init, validate and plan before you apply it.');
}
