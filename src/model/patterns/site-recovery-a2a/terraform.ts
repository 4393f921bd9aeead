/** Site Recovery (Azure-to-Azure) as Terraform: the shared vault and mappings, each tier's replicated VMs, the recovery plan. */
import { factNumber } from '../../facts/factRegistry.ts';
import { automationAccount } from '../../kit/automation.ts';
import { attr, block, expr, type HclBody, type HclExpr } from '../../kit/hcl.ts';
import { automatedFailover, vaultAlerts } from '../../kit/alerts.ts';
import {
	primaryNetworkId,
	recoveryNetworkId,
	testNetworkId,
	tierSubnet,
} from '../../kit/recoveryNetwork.ts';
import {
	type PatternTerraform,
	dependsOn,
	diskType,
	name,
	ref,
	reservation,
	reservesCapacity,
	reservationDependsOn,
	step,
	storageName,
	vmCountValidation,
	vmSize,
} from '../../kit/patternTerraform.ts';
import type { TerraformBuilder, TierContext } from '../../kit/terraformBuilder.ts';

/** The vault, fabrics, containers, policy and mappings every Site Recovery tier shares. */
function siteRecoveryShared(b: TerraformBuilder): void {
	b.ensure('asr', () => {
		const w = b.workload;
		const rg = b.secondaryResourceGroup;
		b.comment(
			'Site Recovery (Azure-to-Azure): one vault in the secondary region, a fabric and a',
			'protection container per region, the replication policy and the network mapping.',
		);
		const vault = b.resource(
			'azurerm_recovery_services_vault',
			'asr',
			[
				attr('name', name(b, 'asr-vault')),
				attr('location', b.secondaryLocation),
				attr('resource_group_name', rg),
				attr('sku', 'Standard'),
				...(w.corruptionProtection ? [attr('immutability', 'Unlocked')] : []),
			],
			[
				'Site Recovery vault, in the region VMs fail over to.',
				...(w.corruptionProtection
					? ['Immutability Unlocked: you asked for protection against deletion and corruption.']
					: []),
			],
		);
		const fabric = (side: 'primary' | 'secondary') =>
			b.resource(
				'azurerm_site_recovery_fabric',
				side,
				[
					attr('name', name(b, `${side}-fabric`)),
					attr('resource_group_name', rg),
					attr('recovery_vault_name', ref(`${vault}.name`)),
					attr('location', side === 'primary' ? b.primaryLocation : b.secondaryLocation),
				],
				[`Site Recovery fabric for the ${side} region.`],
			);
		const primaryFabric = fabric('primary');
		const secondaryFabric = fabric('secondary');
		const container = (side: 'primary' | 'secondary', fabricAddress: string) =>
			b.resource(
				'azurerm_site_recovery_protection_container',
				side,
				[
					attr('name', name(b, `${side}-container`)),
					attr('resource_group_name', rg),
					attr('recovery_vault_name', ref(`${vault}.name`)),
					attr('recovery_fabric_name', ref(`${fabricAddress}.name`)),
				],
				[`Protection container in the ${side} fabric.`],
			);
		const primaryContainer = container('primary', primaryFabric);
		const secondaryContainer = container('secondary', secondaryFabric);
		const retentionMinutes = factNumber('asr.default-retention') * 24 * 60;
		const appMinutes = w.appConsistency ? factNumber('asr.app-point-min-interval') * 60 : 0;
		const policy = b.resource(
			'azurerm_site_recovery_replication_policy',
			'policy',
			[
				attr('name', name(b, 'replication-policy')),
				attr('resource_group_name', rg),
				attr('recovery_vault_name', ref(`${vault}.name`)),
				attr('recovery_point_retention_in_minutes', retentionMinutes),
				attr('application_consistent_snapshot_frequency_in_minutes', appMinutes),
			],
			[
				`Recovery points kept ${retentionMinutes} minutes (the model's default retention, fact asr.default-retention).`,
				w.appConsistency
					? `App-consistent points every ${appMinutes} minutes (fact asr.app-point-min-interval): you asked for application consistency.`
					: 'No app-consistent points (0): the plan uses crash-consistent points.',
			],
		);
		const automation = automationAccount(b);
		const autoUpdate = block(
			'automatic_update',
			[],
			[
				attr('enabled', true),
				attr('authentication_type', 'SystemAssignedIdentity'),
				attr('automation_account_id', ref(`${automation}.id`)),
			],
		);
		const mapping = (
			key: string,
			from: { fabric: string; container: string },
			to: { container: string },
			lines: string[],
		) =>
			b.resource(
				'azurerm_site_recovery_protection_container_mapping',
				key,
				[
					attr('name', name(b, `${key.replace(/_/g, '-')}`)),
					attr('resource_group_name', rg),
					attr('recovery_vault_name', ref(`${vault}.name`)),
					attr('recovery_fabric_name', ref(`${from.fabric}.name`)),
					attr('recovery_source_protection_container_name', ref(`${from.container}.name`)),
					attr('recovery_target_protection_container_id', ref(`${to.container}.id`)),
					attr('recovery_replication_policy_id', ref(`${policy}.id`)),
					autoUpdate,
				],
				lines,
			);
		mapping(
			'primary_to_secondary',
			{ fabric: primaryFabric, container: primaryContainer },
			{ container: secondaryContainer },
			[
				'Replicates from the primary container to the secondary one with the policy above.',
				'Automatic update keeps the Mobility agent on the VMs current (through the automation account).',
			],
		);
		mapping(
			'secondary_to_primary',
			{ fabric: secondaryFabric, container: secondaryContainer },
			{ container: primaryContainer },
			['Failback: reprotects failed-over VMs from the secondary region back to the primary.'],
		);
		const networkMapping = (
			key: string,
			from: { fabric: string; network: HclExpr },
			to: { fabric: string; network: HclExpr },
			lines: string[],
		) =>
			b.resource(
				'azurerm_site_recovery_network_mapping',
				key,
				[
					attr('name', name(b, `${key.replace(/_/g, '-')}`)),
					attr('resource_group_name', rg),
					attr('recovery_vault_name', ref(`${vault}.name`)),
					attr('source_recovery_fabric_name', ref(`${from.fabric}.name`)),
					attr('target_recovery_fabric_name', ref(`${to.fabric}.name`)),
					attr('source_network_id', from.network),
					attr('target_network_id', to.network),
				],
				lines,
			);
		networkMapping(
			'primary_to_secondary',
			{ fabric: primaryFabric, network: primaryNetworkId(b) },
			{ fabric: secondaryFabric, network: recoveryNetworkId(b) },
			['Failed-over VMs join the recovery network.'],
		);
		networkMapping(
			'secondary_to_primary',
			{ fabric: secondaryFabric, network: recoveryNetworkId(b) },
			{ fabric: primaryFabric, network: primaryNetworkId(b) },
			['Failback: VMs return to the primary network.'],
		);
		vaultAlerts(b, vault);
		b.resource(
			'azurerm_storage_account',
			'asr_cache',
			[
				attr('name', storageName(b, 'asrcache')),
				attr('resource_group_name', b.primaryResourceGroup),
				attr('location', b.primaryLocation),
				attr('account_tier', 'Standard'),
				attr('account_replication_type', 'LRS'),
			],
			['Cache storage account in the primary region, where Site Recovery stages changes.'],
		);
	});
}

/** The tier's VMs with their disks and network interface, asked for once. */
function replicatedVms(b: TerraformBuilder, t: TierContext) {
	const vmsVar = `${t.id}_vms`;
	return b.variable(vmsVar, {
		type: 'list(object({ id = string, os_disk_id = string, data_disk_ids = list(string), network_interface_id = string }))',
		description: `The VMs of tier "${t.plan.tier}" to replicate, with their managed disks (the plan counts ${t.tier.disksPerVm} disk(s) per VM) and network interface.`,
		validation: vmCountValidation(vmsVar, t),
	});
}

function writeTier(b: TerraformBuilder, t: TierContext): boolean {
	siteRecoveryShared(b);
	const vms = replicatedVms(b, t);
	const subnet = tierSubnet(b, t);
	const body: HclBody = [
		// Keyed by VM name (the ID's last part), not list position: reordering the list must not
		// tear down a VM's replication and restart its initial copy.
		attr('for_each', expr(`{ for vm in ${vms.text} : basename(vm.id) => vm }`)),
		attr('name', expr(`"\${${b.prefix.text}}-${t.slug}-\${each.key}"`)),
		attr('resource_group_name', b.secondaryResourceGroup),
		attr('recovery_vault_name', expr('azurerm_recovery_services_vault.asr.name')),
		attr('source_recovery_fabric_name', expr('azurerm_site_recovery_fabric.primary.name')),
		attr('source_vm_id', expr('each.value.id')),
		attr(
			'recovery_replication_policy_id',
			expr('azurerm_site_recovery_replication_policy.policy.id'),
		),
		attr(
			'source_recovery_protection_container_name',
			expr('azurerm_site_recovery_protection_container.primary.name'),
		),
		attr('target_resource_group_id', b.secondaryResourceGroupId),
		attr('target_recovery_fabric_id', expr('azurerm_site_recovery_fabric.secondary.id')),
		attr(
			'target_recovery_protection_container_id',
			expr('azurerm_site_recovery_protection_container.secondary.id'),
		),
		attr('target_network_id', recoveryNetworkId(b)),
		attr('test_network_id', testNetworkId(b)),
		...(t.reserveCapacity ? [attr('target_virtual_machine_size', vmSize(b, t))] : []),
		...reservation(b, t, 'target_capacity_reservation_group_id'),
		block(
			'dynamic',
			['managed_disk'],
			[
				attr('for_each', expr('concat([each.value.os_disk_id], each.value.data_disk_ids)')),
				block(
					'content',
					[],
					[
						attr('disk_id', expr('managed_disk.value')),
						attr('staging_storage_account_id', expr('azurerm_storage_account.asr_cache.id')),
						attr('target_resource_group_id', b.secondaryResourceGroupId),
						attr('target_disk_type', diskType(t)),
						attr('target_replica_disk_type', t.replicaDiskSku),
					],
				),
			],
		),
		block(
			'network_interface',
			[],
			[
				attr('source_network_interface_id', expr('each.value.network_interface_id')),
				attr('target_subnet_name', subnet.name),
				attr('failover_test_subnet_name', subnet.testName),
			],
		),
		...dependsOn([
			'azurerm_site_recovery_protection_container_mapping.primary_to_secondary',
			'azurerm_site_recovery_network_mapping.primary_to_secondary',
			...reservationDependsOn(t),
		]),
	];
	b.resource(
		'azurerm_site_recovery_replicated_vm',
		t.id,
		body,
		[
			step(t),
			`Replicates each VM and its disks: replica disks ${t.replicaDiskSku}, disks after failover ${t.diskSku} (the type the plan prices).`,
			'Test failovers (drills) land in the isolated test network.',
			...(reservesCapacity(t)
				? [`Fails over at the reserved VM size (var.${t.id}_vm_size) into the reservation group.`]
				: []),
		],
		t.plan.tier,
	);
	return true;
}

/** The recovery plan: one boot group per Site Recovery tier, in start order. */
function recoveryPlan(b: TerraformBuilder, ordered: readonly TierContext[]): void {
	if (ordered.length === 0) return;
	const plan = b.resource(
		'azurerm_site_recovery_replication_recovery_plan',
		'plan',
		[
			attr('name', name(b, 'recovery-plan')),
			attr('recovery_vault_id', expr('azurerm_recovery_services_vault.asr.id')),
			attr('source_recovery_fabric_id', expr('azurerm_site_recovery_fabric.primary.id')),
			attr('target_recovery_fabric_id', expr('azurerm_site_recovery_fabric.secondary.id')),
			block('shutdown_recovery_group', [], []),
			block('failover_recovery_group', [], []),
			...ordered.map((t) =>
				block(
					'boot_recovery_group',
					[],
					[
						attr(
							'replicated_protected_items',
							expr(`[for vm in azurerm_site_recovery_replicated_vm.${t.id} : vm.id]`),
						),
					],
				),
			),
		],
		[`Recovery plan: boot groups in start order: ${ordered.map((t) => t.plan.tier).join(', ')}.`],
	);
	if (b.workload.operations.trigger === 'automation') automatedFailover(b, plan);
}

export const siteRecoveryA2aTerraform: PatternTerraform = {
	writeTier,
	writePlan: recoveryPlan,
	sourceVmIds: (b, t) => expr(`[for vm in ${replicatedVms(b, t).text} : vm.id]`),
};
