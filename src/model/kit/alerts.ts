/**
 * Alerts: the Site Recovery vault's replication-health alerts routed to people, and, when the
 * workload's `operations.trigger` is automation, the chain that fails over without them: the
 * routing profile's health alert, an action group, a webhook, the runbook that starts the
 * recovery plan.
 */
import { attr, block, expr } from './hcl.ts';
import { automationAccount, runbook } from './automation.ts';
import { name, ref } from './patternTerraform.ts';
import { routerTerraform } from './routers/terraform.ts';
import type { TerraformBuilder } from './terraformBuilder.ts';

/**
 * An action group `label` in the secondary resource group, named and short-named `shortName`,
 * with one receiver; returns its address.
 */
function actionGroup(
	b: TerraformBuilder,
	label: string,
	shortName: string,
	receiver: { type: string; attrs: Parameters<typeof block>[2] },
	comment: string,
): string {
	return b.resource(
		'azurerm_monitor_action_group',
		label,
		[
			attr('name', name(b, shortName)),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('short_name', shortName),
			block(receiver.type, [], receiver.attrs),
		],
		[comment],
	);
}

/** The action group that notifies the people who run the failover; returns its address. */
export function peopleActionGroup(b: TerraformBuilder): string {
	const address = 'azurerm_monitor_action_group.dr';
	b.ensure('action-group', () => {
		actionGroup(
			b,
			'dr',
			'dr-alerts',
			{
				type: 'email_receiver',
				attrs: [
					attr('name', 'on-call'),
					attr(
						'email_address',
						b.variable('alert_email', {
							type: 'string',
							description:
								'Email address of the people who decide and run a failover (the on-call rota or its list).',
						}),
					),
					attr('use_common_alert_schema', true),
				],
			},
			'Who hears about replication health and failovers.',
		);
	});
	return address;
}

/** Routes the vault's built-in Site Recovery alerts (replication health, failover) to people. */
export function vaultAlerts(b: TerraformBuilder, vault: string): void {
	const group = peopleActionGroup(b);
	b.resource(
		'azurerm_monitor_alert_processing_rule_action_group',
		'asr_health',
		[
			attr('name', name(b, 'asr-health')),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('scopes', expr(`[${vault}.id]`)),
			attr('add_action_group_ids', expr(`[${group}.id]`)),
			attr(
				'description',
				'Site Recovery replication health and failover alerts of the vault, to the on-call action group.',
			),
		],
		[
			"Site Recovery raises built-in Azure Monitor alerts for replication health (RPO exceeded, a VM's",
			'replication broken, failover failed); this rule sends every alert of the vault to the action group.',
		],
	);
}

const FAILOVER_SCRIPT = [
	'param([object] $WebhookData, [string] $VaultName, [string] $ResourceGroupName, [string] $PlanName)',
	'# Started by the routing health alert through its webhook: unplanned failover of the recovery plan.',
	'Connect-AzAccount -Identity | Out-Null',
	'$vault = Get-AzRecoveryServicesVault -Name $VaultName -ResourceGroupName $ResourceGroupName',
	'Set-AzRecoveryServicesAsrVaultContext -Vault $vault | Out-Null',
	'$plan = Get-AzRecoveryServicesAsrRecoveryPlan -Name $PlanName',
	'$job = Start-AzRecoveryServicesAsrUnplannedFailoverJob -RecoveryPlan $plan -Direction PrimaryToRecovery',
	'Write-Output "Started failover job $($job.Name) for recovery plan $PlanName"',
];

/**
 * operations.trigger = automation: the routing profile's alert on the primary endpoint starts the
 * Site Recovery recovery plan through an action group, a webhook and a runbook.
 */
export function automatedFailover(b: TerraformBuilder, plan: string): void {
	const account = automationAccount(b);
	b.comment(
		'Automated failover (operations.trigger: automation): routing health alert -> action group ->',
		'webhook -> runbook -> unplanned failover of the recovery plan. No person decides: test it in drills.',
	);
	const book = runbook(b, 'failover', 'failover', FAILOVER_SCRIPT, [
		'Starts the unplanned failover of the recovery plan.',
	]);
	const webhook = b.resource(
		'azurerm_automation_webhook',
		'failover',
		[
			attr('name', 'failover'),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('automation_account_name', ref(`${account}.name`)),
			attr(
				'expiry_time',
				b.variable('failover_webhook_expiry', {
					type: 'string',
					description:
						'When the failover webhook stops working (RFC 3339, for example 2028-01-01T00:00:00Z): renew it before then, or the alert starts nothing.',
				}),
			),
			attr('runbook_name', ref(`${book}.name`)),
			attr('parameters', {
				vaultname: ref('azurerm_recovery_services_vault.asr.name'),
				resourcegroupname: b.secondaryResourceGroup,
				planname: ref(`${plan}.name`),
			}),
		],
		['The address the action group calls; Azure shows its URI only when it is created.'],
	);
	const group = actionGroup(
		b,
		'failover',
		'failover',
		{
			type: 'automation_runbook_receiver',
			attrs: [
				attr('name', 'failover'),
				attr('automation_account_id', ref(`${account}.id`)),
				attr('runbook_name', ref(`${book}.name`)),
				attr('webhook_resource_id', ref(`${webhook}.id`)),
				attr('service_uri', ref(`${webhook}.uri`)),
				attr('is_global_runbook', false),
				attr('use_common_alert_schema', true),
			],
		},
		'Runs the failover runbook when the alert below fires.',
	);
	const people = peopleActionGroup(b);
	const health = routerTerraform(b.workload.routing).healthAlert;
	// The schema refuses automation with a router that probes nothing (routing.router).
	if (health === undefined)
		throw new Error(
			`Automated failover needs a router with health probes; ${b.workload.routing.router} has none.`,
		);
	b.resource(
		'azurerm_monitor_metric_alert',
		'primary_down',
		[
			attr('name', name(b, 'primary-down')),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('scopes', expr(`[${health.scope}]`)),
			attr(
				'description',
				"The primary region's endpoint fails the routing profile's health probes.",
			),
			attr('severity', 0),
			attr('frequency', 'PT1M'),
			attr('window_size', 'PT5M'),
			block('criteria', [], health.criteria),
			block('action', [], [attr('action_group_id', ref(`${group}.id`))]),
			block('action', [], [attr('action_group_id', ref(`${people}.id`))]),
		],
		[
			health.fires,
			'Checked every minute over 5 minutes: a choice of this file, not a figure of the plan; tune it.',
		],
	);
}
