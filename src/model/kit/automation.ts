/**
 * The Azure Automation account that runs the plan's jobs in the secondary region (it must work
 * while the primary region is down), with a managed identity: the disk-copy job of disk-copy
 * tiers, and the failover runbook that an alert starts when `operations.trigger` is automation.
 */
import { attr, block, expr } from './hcl.ts';
import { name, ref } from './patternTerraform.ts';
import type { TerraformBuilder } from './terraformBuilder.ts';

export const AUTOMATION = 'azurerm_automation_account.dr';

/** The account, and the roles its identity needs in both resource groups; returns its address. */
export function automationAccount(b: TerraformBuilder): string {
	b.ensure('automation', () => {
		b.resource(
			'azurerm_automation_account',
			'dr',
			[
				attr('name', name(b, 'automation')),
				attr('resource_group_name', b.secondaryResourceGroup),
				attr('location', b.secondaryLocation),
				attr('sku_name', 'Basic'),
				block('identity', [], [attr('type', 'SystemAssigned')]),
			],
			[
				'Automation account in the secondary region: its jobs run while the primary region is down.',
				'Its system-assigned identity signs in to Azure (Connect-AzAccount -Identity).',
			],
		);
		for (const side of ['primary', 'secondary'] as const)
			b.resource(
				'azurerm_role_assignment',
				`automation_${side}`,
				[
					attr('scope', expr(`data.azurerm_resource_group.${side}.id`)),
					attr('role_definition_name', 'Contributor'),
					attr('principal_id', ref(`${AUTOMATION}.identity[0].principal_id`)),
				],
				[
					`The automation identity may manage the ${side} resource group (snapshots, disks, failover).`,
					'Narrow it to the roles your jobs need once they are tested.',
				],
			);
		b.data('azurerm_resource_group', 'primary', [attr('name', b.primaryResourceGroup)]);
		b.data('azurerm_resource_group', 'secondary', [attr('name', b.secondaryResourceGroup)]);
	});
	return AUTOMATION;
}

/** A PowerShell runbook in the account, with its script; returns its address. */
export function runbook(
	b: TerraformBuilder,
	key: string,
	runbookName: string,
	script: readonly string[],
	lines: readonly string[],
	tier?: string,
): string {
	const account = automationAccount(b);
	return b.resource(
		'azurerm_automation_runbook',
		key,
		[
			attr('name', runbookName),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('location', b.secondaryLocation),
			attr('automation_account_name', ref(`${account}.name`)),
			attr('runbook_type', 'PowerShell72'),
			attr('log_progress', true),
			attr('log_verbose', false),
			attr('content', script.join('\n')),
		],
		lines,
		tier,
	);
}
