/**
 * The resources a runbook's reader acts on, as the plan's Terraform names them: the runbook and
 * the Terraform name the same things (the recovery plan to fail over, the test network drills
 * use, the jobs and alerts). Derived from the Terraform itself, so the two cannot drift apart.
 */
import type { Plan } from './recommend.ts';
import {
	runbookMarkdown,
	tiersInStartOrder,
	type RunbookOptions,
	type RunbookResource,
} from './runbook.ts';
import { terraformForPlan } from './terraformForPlan.ts';

/** What the runbook's steps touch, by resource type, in the order a reader meets them. */
const ROLES: readonly [type: string, what: string][] = [
	[
		'azurerm_site_recovery_replication_recovery_plan',
		'Recovery plan to fail over (and to test-fail over in drills)',
	],
	['azurerm_recovery_services_vault', 'Vault'],
	['azurerm_virtual_network', 'Network'],
	['azurerm_traffic_manager_profile', 'Traffic Manager profile (switches traffic)'],
	['azurerm_cdn_frontdoor_profile', 'Front Door profile (switches traffic)'],
	['azurerm_orchestrated_virtual_machine_scale_set', 'Scale set to scale out'],
	['azurerm_mssql_failover_group', 'SQL failover group to fail over'],
	['azurerm_automation_runbook', 'Automation runbook'],
	['azurerm_storage_account', 'Storage account'],
	['azurerm_monitor_action_group', 'Action group (alerts)'],
];

/** The resources, for the tiers in the runbook's start order. */
export function runbookResources(
	plan: Plan,
	startGroups?: RunbookOptions['startGroups'],
): RunbookResource[] {
	const startOrder = tiersInStartOrder(plan, startGroups)
		.flat()
		.map((t) => t.tier);
	const r = terraformForPlan(plan, { startOrder });
	if (!r.ok) return [];
	return ROLES.flatMap(([type, what]) =>
		r.resources
			.filter((x) => x.type === type)
			.map((x) => {
				const address = `${x.type}.${x.name}`;
				return {
					what,
					address,
					azureName: r.azureNames.get(address) ?? x.name,
					...(x.tier !== undefined ? { tier: x.tier } : {}),
				};
			}),
	);
}

/** The runbook with its resource table: what the CLI and the wizard's download give. */
export function runbookWithResources(
	plan: Plan,
	url?: string,
	options: RunbookOptions = {},
): string {
	return runbookMarkdown(plan, url, {
		...options,
		resources: runbookResources(plan, options.startGroups),
	});
}
