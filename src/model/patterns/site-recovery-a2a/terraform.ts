/** Site Recovery (Azure-to-Azure) as Terraform: the shared vault and mappings, each tier's replicated VMs, the recovery plan. */
import { diskTypesOf } from '../../kit/prices.ts';
import { AZURE_DISK_SKU } from '../../schema/diskTypes.ts';
import { factNumber } from '../../facts/factRegistry.ts';
import { attr, block, expr, type HclBody } from '../../kit/hcl.ts';
import {
	type PatternTerraform,
	diskType,
	name,
	ref,
	reservation,
	step,
	storageName,
	vmCountValidation,
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
		b.resource(
			'azurerm_site_recovery_protection_container_mapping',
			'primary_to_secondary',
			[
				attr('name', name(b, 'container-mapping')),
				attr('resource_group_name', rg),
				attr('recovery_vault_name', ref(`${vault}.name`)),
				attr('recovery_fabric_name', ref(`${primaryFabric}.name`)),
				attr('recovery_source_protection_container_name', ref(`${primaryContainer}.name`)),
				attr('recovery_target_protection_container_id', ref(`${secondaryContainer}.id`)),
				attr('recovery_replication_policy_id', ref(`${policy}.id`)),
			],
			['Replicates from the primary container to the secondary one with the policy above.'],
		);
		b.resource(
			'azurerm_site_recovery_network_mapping',
			'primary_to_secondary',
			[
				attr('name', name(b, 'network-mapping')),
				attr('resource_group_name', rg),
				attr('recovery_vault_name', ref(`${vault}.name`)),
				attr('source_recovery_fabric_name', ref(`${primaryFabric}.name`)),
				attr('target_recovery_fabric_name', ref(`${secondaryFabric}.name`)),
				attr(
					'source_network_id',
					b.variable('primary_network_id', {
						type: 'string',
						description: 'ID of the virtual network the VMs use in the primary region.',
					}),
				),
				attr('target_network_id', secondaryNetwork(b)),
			],
			['Failed-over VMs join the secondary network.'],
		);
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

function secondaryNetwork(b: TerraformBuilder) {
	return b.variable('secondary_network_id', {
		type: 'string',
		description: 'ID of the virtual network in the secondary region that recovered VMs join.',
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
	const subnet = b.variable('secondary_subnet_name', {
		type: 'string',
		description: 'Subnet of the secondary network that recovered VMs join.',
	});
	const body: HclBody = [
		attr('for_each', expr(`{ for i, vm in ${vms.text} : tostring(i) => vm }`)),
		attr('name', expr(`"\${${b.prefix.text}}-${t.id}-\${each.key}"`)),
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
		attr('target_network_id', secondaryNetwork(b)),
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
						attr('target_disk_type', diskType(b)),
						// The type the plan prices the replicas at (tiers[].replicaDiskType).
						attr('target_replica_disk_type', AZURE_DISK_SKU[diskTypesOf(t.tier).replica]),
					],
				),
			],
		),
		block(
			'network_interface',
			[],
			[
				attr('source_network_interface_id', expr('each.value.network_interface_id')),
				attr('target_subnet_name', subnet),
			],
		),
		attr(
			'depends_on',
			expr(
				'[azurerm_site_recovery_protection_container_mapping.primary_to_secondary, azurerm_site_recovery_network_mapping.primary_to_secondary]',
			),
		),
	];
	b.resource(
		'azurerm_site_recovery_replicated_vm',
		t.id,
		body,
		[
			step(t),
			`Replicates each VM and its disks; replica disks are ${AZURE_DISK_SKU[diskTypesOf(t.tier).replica]} until failover.`,
		],
		t.plan.tier,
	);
	return true;
}

/** The recovery plan: one boot group per Site Recovery tier, in start order. */
function recoveryPlan(b: TerraformBuilder, ordered: readonly TierContext[]): void {
	if (ordered.length === 0) return;
	b.resource(
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
}

export const siteRecoveryA2aTerraform: PatternTerraform = {
	writeTier,
	writePlan: recoveryPlan,
	sourceVmIds: (b, t) => expr(`[for vm in ${replicatedVms(b, t).text} : vm.id]`),
};
