/** Terraform (HCL, azurerm provider) for a plan: the one entry point of this folder. */
export {
	AZURERM_VERSION,
	terraformForPlan,
	terraformForWorkload,
	type ResourceRef,
	type TerraformOptions,
	type TerraformResult,
} from './terraformForPlan.ts';
export { terraformSummary } from './terraformSummary.ts';
export { runbookResources, runbookWithResources } from './runbookResources.ts';
