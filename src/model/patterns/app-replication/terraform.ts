/** Application replication as Terraform: the replica network, subnets, NICs and running replica VMs. */
import { factNumber } from '../../facts/factRegistry.ts';
import { attr, block, expr } from '../../kit/hcl.ts';
import {
	type PatternTerraform,
	adminAccess,
	diskType,
	name,
	ref,
	reservation,
	step,
	vmSize,
} from '../../kit/patternTerraform.ts';
import type { TerraformBuilder, TierContext } from '../../kit/terraformBuilder.ts';

function writeTier(b: TerraformBuilder, t: TierContext): boolean {
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
}

export const appReplicationTerraform: PatternTerraform = { writeTier };
