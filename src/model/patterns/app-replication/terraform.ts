/** Application replication as Terraform: the recovery network peered with the primary, NICs and running replica VMs. */
import { factNumber } from '../../facts/factRegistry.ts';
import { attr, block, expr } from '../../kit/hcl.ts';
import {
	type PatternTerraform,
	adminAccess,
	dependsOn,
	isWindows,
	windowsLicence,
	reservation,
	reservationDependsOn,
	vmSize,
} from '../../kit/patternTerraform.ts';
import {
	attachedDataDisks,
	diskPlacement,
	osDiskBlock,
	runningDiskType,
	ultraCapability,
	zoneArgument,
} from '../../kit/diskTerraform.ts';
import { peering, tierSubnet } from '../../kit/recoveryNetwork.ts';
import type { TerraformBuilder, TierContext } from '../../kit/terraformBuilder.ts';

function writeTier(b: TerraformBuilder, t: TierContext): boolean {
	const variant = t.plan.recommended.variant ?? 'full';
	const replicas = variant === 'one-replica' ? 1 : t.tier.vmCount;
	const subnet = tierSubnet(b, t);
	// Replicas reach their primary continuously: the recovery network is peered with it.
	peering(b);
	const nic = b.resource(
		'azurerm_network_interface',
		t.id,
		[
			attr('count', replicas),
			attr('name', expr(`"\${${b.prefix.text}}-${t.slug}-\${count.index}"`)),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('location', b.secondaryLocation),
			block(
				'ip_configuration',
				[],
				[
					attr('name', 'internal'),
					attr('subnet_id', subnet.id),
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
	const windows = isWindows(t);
	const diskType = runningDiskType(t, true);
	// Ultra Disk and Premium SSD v2 data disks tie each replica to their zone.
	const placement = diskPlacement(b, t, diskType);
	const vm = b.resource(
		windows ? 'azurerm_windows_virtual_machine' : 'azurerm_linux_virtual_machine',
		`${t.id}_replica`,
		[
			attr('count', replicas),
			attr('name', expr(`"\${${b.prefix.text}}-${t.slug}-\${count.index}"`)),
			// A Windows computer name has at most 15 characters: 11 of the prefix and tier, the index.
			...(windows
				? [
						attr(
							'computer_name',
							expr(`"\${substr("\${${b.prefix.text}}${t.alnum}", 0, 11)}\${count.index}"`),
						),
					]
				: []),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('location', b.secondaryLocation),
			...zoneArgument(placement),
			attr('size', size),
			attr('network_interface_ids', expr(`[${nic}[count.index].id]`)),
			attr(
				'source_image_id',
				b.variable(`${t.id}_replica_image_id`, {
					type: 'string',
					description: `ID of the image the replica VMs of tier "${t.plan.tier}" start from (your database server build).`,
				}),
			),
			...adminAccess(b, windows),
			...windowsLicence(t),
			...reservation(b, t, 'capacity_reservation_group_id', false, placement),
			...ultraCapability(placement),
			// The replicas' disks as the plan prices them: the replica type the tier names, or its own.
			osDiskBlock(t, diskType),
			...dependsOn(reservationDependsOn(t, placement)),
		],
		[
			`${replicas} replica VM(s) that run all the time; the data store's own replication keeps them current.`,
			'Each replica’s OS disk, and its data disks below, are of the type and size the plan prices; the replication itself is configured with the data store, not here.',
		],
		t.plan.tier,
	);
	attachedDataDisks(b, t, vm, replicas, diskType);
	const sql = t.tier.sqlServer ?? 'none';
	if (sql !== 'none')
		b.resource(
			'azurerm_mssql_virtual_machine',
			`${t.id}_replica`,
			[
				attr('count', replicas),
				attr('virtual_machine_id', expr(`${vm}[count.index].id`)),
				attr('sql_license_type', 'DR'),
			],
			[
				'Each replica registered as a SQL Server VM under the DR licence type, as the cost lines price it:',
				'a passive disaster-recovery replica needs no SQL Server licence (fact licensing.sql-passive-dr-replica).',
				'Set AHUB or PAYG on the replica that takes over, once it serves.',
			],
			t.plan.tier,
		);
	return true;
}

export const appReplicationTerraform: PatternTerraform = { writeTier };
