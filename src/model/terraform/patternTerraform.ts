/**
 * The Terraform each pattern deploys for one tier, keyed by pattern id in ONE table. A pattern
 * that deploys nothing standing (a scheduled copy, a retired option) writes a comment instead.
 */
import { factNumber } from '../factRegistry.ts';
import { attr, block, expr, type HclBody, type HclItem } from './hcl.ts';
import type { TerraformBuilder, TierContext } from './terraformBuilder.ts';

/** Writes a tier's blocks; returns false when the pattern deploys nothing. */
export type PatternTerraform = (b: TerraformBuilder, t: TierContext) => boolean;

const ref = (address: string) => expr(address);
const name = (b: TerraformBuilder, suffix: string) => expr(`"\${${b.prefix.text}}-${suffix}"`);
/** An Azure name of lowercase letters and digits, at most 24 characters (storage accounts). */
const storageName = (b: TerraformBuilder, suffix: string) =>
	expr(`substr("\${${b.prefix.text}}${suffix}", 0, 24)`);

function step(t: TierContext): string {
	const units = t.tier.data === 'paas' ? 'database(s)' : 'VM(s)';
	return `Tier "${t.plan.tier}" (${t.tier.vmCount} ${units}): ${t.plan.recommended.name}.`;
}

function vmCountValidation(varName: string, t: TierContext) {
	return {
		condition: `length(var.${varName}) == ${t.tier.vmCount}`,
		message: `The plan protects ${t.tier.vmCount} VM(s) in tier "${t.plan.tier}": give exactly ${t.tier.vmCount}.`,
	};
}

function vmSize(b: TerraformBuilder, t: TierContext) {
	return b.variable(`${t.id}_vm_size`, {
		type: 'string',
		description: `VM size for tier "${t.plan.tier}" in the secondary region (the plan assumes ${t.tier.vcpu} vCPUs and ${t.tier.memoryGiB} GiB).`,
	});
}

function diskType(b: TerraformBuilder) {
	return b.variable('secondary_disk_type', {
		type: 'string',
		description:
			'Managed disk type for disks created in the secondary region (for example Premium_LRS); match your source disks.',
	});
}

function adminAccess(b: TerraformBuilder): HclItem[] {
	const user = b.variable('admin_username', {
		type: 'string',
		description: 'Administrator user name on VMs created in the secondary region.',
	});
	const key = b.variable('admin_ssh_public_key', {
		type: 'string',
		description: 'SSH public key for that user (these blocks create Linux VMs).',
	});
	return [
		attr('admin_username', user),
		block('admin_ssh_key', [], [attr('username', user), attr('public_key', key)]),
	];
}

/** The capacity reservation group of a tier that reserves capacity, as an argument. */
function reservation(b: TerraformBuilder, t: TierContext, argument: string): HclItem[] {
	if (!t.reserveCapacity) return [];
	const group = b.resource(
		'azurerm_capacity_reservation_group',
		`${t.id}`,
		[
			attr('name', name(b, `${t.id}-crg`)),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('location', b.secondaryLocation),
		],
		[
			`Capacity reservation for ${step(t)}`,
			'Reserved capacity is billed whether or not VMs use it.',
		],
		t.plan.tier,
	);
	b.resource(
		'azurerm_capacity_reservation',
		`${t.id}`,
		[
			attr('name', name(b, `${t.id}-cr`)),
			attr('capacity_reservation_group_id', ref(`${group}.id`)),
			block('sku', [], [attr('name', vmSize(b, t)), attr('capacity', t.tier.vmCount)]),
		],
		[`${t.tier.vmCount} VM(s) of the tier's size held in the secondary region.`],
		t.plan.tier,
	);
	return [attr(argument, ref(`${group}.id`))];
}

// --- Site Recovery --------------------------------------------------------------------------

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

const siteRecovery: PatternTerraform = (b, t) => {
	siteRecoveryShared(b);
	const vmsVar = `${t.id}_vms`;
	const vms = b.variable(vmsVar, {
		type: 'list(object({ id = string, os_disk_id = string, data_disk_ids = list(string), network_interface_id = string }))',
		description: `The VMs of tier "${t.plan.tier}" to replicate, with their managed disks (the plan counts ${t.tier.disksPerVm} disk(s) per VM) and network interface.`,
		validation: vmCountValidation(vmsVar, t),
	});
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
						attr('target_replica_disk_type', 'Standard_LRS'),
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
		[step(t), 'Replicates each VM and its disks; replica disks are Standard_LRS until failover.'],
		t.plan.tier,
	);
	return true;
};

/** The recovery plan: one boot group per Site Recovery tier, in start order. */
export function recoveryPlan(b: TerraformBuilder, ordered: readonly TierContext[]): void {
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

// --- Azure Backup ---------------------------------------------------------------------------

function backupShared(b: TerraformBuilder): void {
	b.ensure('backup', () => {
		const w = b.workload;
		const retention = factNumber('ops.snapshot-retention-days');
		b.comment(
			'Azure Backup: a geo-redundant vault in the primary region with Cross Region Restore, and',
			'one daily policy.',
		);
		const vault = b.resource(
			'azurerm_recovery_services_vault',
			'backup',
			[
				attr('name', name(b, 'backup-vault')),
				attr('location', b.primaryLocation),
				attr('resource_group_name', b.primaryResourceGroup),
				attr('sku', 'Standard'),
				attr('storage_mode_type', 'GeoRedundant'),
				attr('cross_region_restore_enabled', true),
				...(w.corruptionProtection ? [attr('immutability', 'Unlocked')] : []),
			],
			[
				'Cross Region Restore restores into the paired region: the plan restores from here.',
				'Soft delete is on by default for new vaults (the provider deprecates soft_delete_enabled); keep it on.',
				...(w.corruptionProtection
					? ['Immutability Unlocked: you asked for protection against deletion and corruption.']
					: []),
			],
		);
		b.resource(
			'azurerm_backup_policy_vm',
			'daily',
			[
				attr('name', name(b, 'daily')),
				attr('resource_group_name', b.primaryResourceGroup),
				attr('recovery_vault_name', ref(`${vault}.name`)),
				attr('timezone', 'UTC'),
				block(
					'backup',
					[],
					[
						attr('frequency', 'Daily'),
						attr(
							'time',
							b.variable('backup_time', {
								type: 'string',
								description:
									'Time of day (UTC, HH:MM on the hour or half hour) for the daily backup.',
							}),
						),
					],
				),
				block('retention_daily', [], [attr('count', retention)]),
			],
			[
				`Daily backups kept ${retention} days (the model's retention, fact ops.snapshot-retention-days).`,
			],
		);
	});
}

const azureBackup: PatternTerraform = (b, t) => {
	backupShared(b);
	const idsVar = `${t.id}_vm_ids`;
	const ids = b.variable(idsVar, {
		type: 'list(string)',
		description: `IDs of the VMs of tier "${t.plan.tier}" to back up.`,
		validation: vmCountValidation(idsVar, t),
	});
	b.resource(
		'azurerm_backup_protected_vm',
		t.id,
		[
			attr('for_each', expr(`toset(${ids.text})`)),
			attr('resource_group_name', b.primaryResourceGroup),
			attr('recovery_vault_name', expr('azurerm_recovery_services_vault.backup.name')),
			attr('source_vm_id', expr('each.value')),
			attr('backup_policy_id', expr('azurerm_backup_policy_vm.daily.id')),
		],
		[step(t), ...reservationNote(t)],
		t.plan.tier,
	);
	reservation(b, t, 'capacity_reservation_group_id');
	return true;
};

function reservationNote(t: TierContext): string[] {
	return t.reserveCapacity
		? ['Restored VMs can be placed in the capacity reservation group below.']
		: [];
}

// --- Shipped application backups ------------------------------------------------------------

const appBackupShipping: PatternTerraform = (b, t) => {
	const w = b.workload;
	const retention = factNumber('ops.snapshot-retention-days');
	const account = b.resource(
		'azurerm_storage_account',
		`${t.id}_backups`,
		[
			attr('name', storageName(b, `${t.alnum}bak`)),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('location', b.secondaryLocation),
			attr('account_tier', 'Standard'),
			attr('account_replication_type', 'LRS'),
			...(w.corruptionProtection
				? [
						block(
							'blob_properties',
							[],
							[
								attr('versioning_enabled', true),
								block('delete_retention_policy', [], [attr('days', retention)]),
							],
						),
					]
				: []),
		],
		[
			step(t),
			'Storage account in the secondary region that receives the application backups.',
			t.plan.recommended.rpo.driver,
			...(w.corruptionProtection
				? [
						`Versioning and ${retention}-day soft delete: you asked for protection against deletion and corruption.`,
					]
				: []),
		],
		t.plan.tier,
	);
	b.resource(
		'azurerm_storage_container',
		`${t.id}_backups`,
		[attr('name', 'backups'), attr('storage_account_id', ref(`${account}.id`))],
		['Container the backup job writes to (AzCopy or backup to URL).'],
		t.plan.tier,
	);
	reservation(b, t, 'capacity_reservation_group_id');
	return true;
};

// --- Images, scale sets ---------------------------------------------------------------------

function galleryShared(b: TerraformBuilder): void {
	b.ensure('gallery', () => {
		b.resource(
			'azurerm_shared_image_gallery',
			'dr',
			[
				attr('name', expr(`"\${${b.prefix.text}}gallery"`)),
				attr('resource_group_name', b.primaryResourceGroup),
				attr('location', b.primaryLocation),
			],
			['Azure Compute Gallery holding the images that recovered VMs start from.'],
		);
	});
}

/** Image definition and version replicated to both regions; returns the version's address. */
function imageVersion(b: TerraformBuilder, t: TierContext): string {
	galleryShared(b);
	const replicas = factNumber('gallery.replicas-production');
	const image = b.resource(
		'azurerm_shared_image',
		t.id,
		[
			attr('name', `${t.id}-image`),
			attr('gallery_name', expr('azurerm_shared_image_gallery.dr.name')),
			attr('resource_group_name', b.primaryResourceGroup),
			attr('location', b.primaryLocation),
			attr('os_type', 'Linux'),
			block(
				'identifier',
				[],
				[attr('publisher', b.prefix), attr('offer', t.id), attr('sku', 'dr')],
			),
		],
		[step(t), 'Image definition (Linux; for Windows set os_type and use Windows VM resources).'],
		t.plan.tier,
	);
	return b.resource(
		'azurerm_shared_image_version',
		t.id,
		[
			attr(
				'name',
				b.variable(`${t.id}_image_version`, {
					type: 'string',
					description: `Version number of the image for tier "${t.plan.tier}" (for example 1.0.0); publish a new one when the image changes.`,
				}),
			),
			attr('gallery_name', expr('azurerm_shared_image_gallery.dr.name')),
			attr('image_name', ref(`${image}.name`)),
			attr('resource_group_name', b.primaryResourceGroup),
			attr('location', b.primaryLocation),
			attr(
				'managed_image_id',
				b.variable(`${t.id}_source_image_id`, {
					type: 'string',
					description: `ID of the managed image captured from a VM of tier "${t.plan.tier}".`,
				}),
			),
			block(
				'target_region',
				[],
				[attr('name', b.primaryLocation), attr('regional_replica_count', replicas)],
			),
			block(
				'target_region',
				[],
				[attr('name', b.secondaryLocation), attr('regional_replica_count', replicas)],
			),
		],
		[`Replicated to both regions, ${replicas} replicas each (fact gallery.replicas-production).`],
		t.plan.tier,
	);
}

const capturedImage: PatternTerraform = (b, t) => {
	imageVersion(b, t);
	reservation(b, t, 'capacity_reservation_group_id');
	b.comment(
		`Tier "${t.plan.tier}": at failover, create ${t.tier.vmCount} VM(s) from the image version above in the secondary region.`,
	);
	return true;
};

const scaleSetRebuild: PatternTerraform = (b, t) => {
	const version = imageVersion(b, t);
	const variant = t.plan.recommended.variant ?? 'cold';
	const hot = Math.min(2, t.tier.vmCount);
	const instances = variant === 'hot' ? hot : 0;
	const subnetId = b.variable('secondary_subnet_id', {
		type: 'string',
		description: 'ID of the subnet in the secondary region that rebuilt instances join.',
	});
	const set = b.resource(
		'azurerm_linux_virtual_machine_scale_set',
		t.id,
		[
			attr('name', name(b, `${t.id}-vmss`)),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('location', b.secondaryLocation),
			attr('sku', vmSize(b, t)),
			attr('instances', instances),
			attr('source_image_id', ref(`${version}.id`)),
			...adminAccess(b),
			...reservation(b, t, 'capacity_reservation_group_id'),
			block(
				'os_disk',
				[],
				[attr('caching', 'ReadWrite'), attr('storage_account_type', diskType(b))],
			),
			block(
				'network_interface',
				[],
				[
					attr('name', 'primary'),
					attr('primary', true),
					block(
						'ip_configuration',
						[],
						[attr('name', 'internal'), attr('primary', true), attr('subnet_id', subnetId)],
					),
				],
			),
		],
		[
			step(t),
			variant === 'hot'
				? `${instances} instance(s) run in the secondary region; scale out to ${t.tier.vmCount} at failover.`
				: variant === 'standby-pool'
					? `No instances running; a standby pool of ${t.tier.vmCount} deallocated VM(s) below.`
					: `Cold: 0 instances until failover; scale out to ${t.tier.vmCount} and let configuration as code run.`,
		],
		t.plan.tier,
	);
	if (variant === 'standby-pool') {
		b.resource(
			'azurerm_virtual_machine_scale_set_standby_pool',
			t.id,
			[
				attr('name', name(b, `${t.id}-pool`)),
				attr('resource_group_name', b.secondaryResourceGroup),
				attr('location', b.secondaryLocation),
				attr('attached_virtual_machine_scale_set_id', ref(`${set}.id`)),
				attr('virtual_machine_state', 'Deallocated'),
				block(
					'elasticity_profile',
					[],
					[attr('max_ready_capacity', t.tier.vmCount), attr('min_ready_capacity', t.tier.vmCount)],
				),
			],
			['Deallocated, configured VMs that join the set at failover (their disks are billed).'],
			t.plan.tier,
		);
	}
	return true;
};

// --- Application replication ----------------------------------------------------------------

const appReplication: PatternTerraform = (b, t) => {
	const variant = t.plan.recommended.variant ?? 'full';
	const replicas = variant === 'one-replica' ? 1 : t.tier.vmCount;
	b.ensure('replica-network', () => {
		b.resource(
			'azurerm_virtual_network',
			'replica',
			[
				attr('name', name(b, 'replica-vnet')),
				attr('resource_group_name', b.secondaryResourceGroup),
				attr('location', b.secondaryLocation),
				attr(
					'address_space',
					expr(
						`[${
							b.variable('replica_address_space', {
								type: 'string',
								description:
									'Address range (CIDR, /16 or larger) of the new network for replica VMs in the secondary region; it must not overlap the primary network, which it peers or connects to.',
							}).text
						}]`,
					),
				),
			],
			['Network in the secondary region for application replicas.'],
		);
	});
	const index = b.resources.filter((r) => r.type === 'azurerm_subnet').length;
	const subnet = b.resource(
		'azurerm_subnet',
		t.id,
		[
			attr('name', `${t.id}-replicas`),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('virtual_network_name', expr('azurerm_virtual_network.replica.name')),
			attr('address_prefixes', expr(`[cidrsubnet(var.replica_address_space, 8, ${index})]`)),
		],
		[step(t)],
		t.plan.tier,
	);
	const nic = b.resource(
		'azurerm_network_interface',
		t.id,
		[
			attr('count', replicas),
			attr('name', expr(`"\${${b.prefix.text}}-${t.id}-replica-\${count.index}"`)),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('location', b.secondaryLocation),
			block(
				'ip_configuration',
				[],
				[
					attr('name', 'internal'),
					attr('subnet_id', ref(`${subnet}.id`)),
					attr('private_ip_address_allocation', 'Dynamic'),
				],
			),
		],
		[`${replicas} network interface(s) for the replica VM(s).`],
		t.plan.tier,
	);
	const share = variant === 'smaller-vms' ? factNumber('ops.small-replica-share') : 100;
	const size =
		variant === 'smaller-vms'
			? b.variable(`${t.id}_replica_vm_size`, {
					type: 'string',
					description: `Smaller VM size for the replicas of tier "${t.plan.tier}" (the plan prices them at ${share}% of the full size, fact ops.small-replica-share); resize at failover.`,
				})
			: vmSize(b, t);
	b.resource(
		'azurerm_linux_virtual_machine',
		`${t.id}_replica`,
		[
			attr('count', replicas),
			attr('name', expr(`"\${${b.prefix.text}}-${t.id}-replica-\${count.index}"`)),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('location', b.secondaryLocation),
			attr('size', size),
			attr('network_interface_ids', expr(`[${nic}[count.index].id]`)),
			attr(
				'source_image_id',
				b.variable(`${t.id}_replica_image_id`, {
					type: 'string',
					description: `ID of the image the replica VMs of tier "${t.plan.tier}" start from (your database server build).`,
				}),
			),
			...adminAccess(b),
			...reservation(b, t, 'capacity_reservation_group_id'),
			block(
				'os_disk',
				[],
				[attr('caching', 'ReadWrite'), attr('storage_account_type', diskType(b))],
			),
		],
		[
			`${replicas} replica VM(s) that run all the time; the data store's own replication keeps them current.`,
			'Data disks and the replication itself are configured in the data store, not here.',
		],
		t.plan.tier,
	);
	return true;
};

// --- PaaS database --------------------------------------------------------------------------

const paasSqlGeo: PatternTerraform = (b, t) => {
	if (t.plan.recommended.variant === 'geo-restore') {
		b.comment(
			`${step(t)}`,
			'Geo-restore deploys nothing ahead of time: keep the database backup storage geo-redundant',
			'and restore into the secondary region at failover.',
		);
		return false;
	}
	b.resource(
		'azurerm_mssql_failover_group',
		t.id,
		[
			attr('name', name(b, `${t.id}-fog`)),
			attr(
				'server_id',
				b.variable(`${t.id}_primary_server_id`, {
					type: 'string',
					description: `ID of the primary logical SQL server of tier "${t.plan.tier}".`,
				}),
			),
			attr(
				'databases',
				b.variable(`${t.id}_database_ids`, {
					type: 'list(string)',
					description: `IDs of the databases of tier "${t.plan.tier}" to put in the failover group.`,
				}),
			),
			block(
				'partner_server',
				[],
				[
					attr(
						'id',
						b.variable(`${t.id}_secondary_server_id`, {
							type: 'string',
							description: `ID of the logical SQL server in the secondary region for tier "${t.plan.tier}", with the primary's service tier.`,
						}),
					),
				],
			),
			block('read_write_endpoint_failover_policy', [], [attr('mode', 'Manual')]),
		],
		[step(t), 'Customer-managed (Manual) failover, as the plan assumes.'],
		t.plan.tier,
	);
	return true;
};

// --- Nothing to deploy ----------------------------------------------------------------------

const nothing =
	(why: string): PatternTerraform =>
	(b, t) => {
		b.comment(step(t), why);
		return false;
	};

/** Pattern id → its Terraform. One entry per pattern; a later step moves each into its folder. */
export const PATTERN_TERRAFORM: Record<string, PatternTerraform> = {
	'site-recovery-a2a': siteRecovery,
	'azure-backup': azureBackup,
	'app-backup-shipping': appBackupShipping,
	'scale-set-rebuild': scaleSetRebuild,
	'captured-image': capturedImage,
	'app-replication': appReplication,
	'paas-sql-geo': paasSqlGeo,
	'disk-copy': nothing(
		'Nothing to deploy ahead of time: snapshots are copied to the secondary region by a scheduled job after each change (azurerm 4.x has no cross-region snapshot copy argument), and VMs are created from them at failover.',
	),
	'disk-copy-interval': nothing(
		'Nothing to deploy ahead of time: incremental snapshots are copied to the secondary region by a scheduled job on the plan’s interval, and VMs are created from them at failover.',
	),
	'grs-vm-disks': nothing(
		'Nothing to deploy: geo-redundant unmanaged disks are retired, so this option is shown for comparison only.',
	),
	'site-recovery-2016': nothing(
		'Nothing to deploy: this is the 2016 form of Site Recovery, shown for history; use Site Recovery Azure-to-Azure.',
	),
	'dns-failover': nothing('Routing is written once for the whole plan, below.'),
};
