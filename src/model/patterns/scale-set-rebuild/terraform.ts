/**
 * A scale set rebuilt from an image as Terraform: the image, a Flexible scale set in the
 * secondary region (standby pools need Flexible orchestration), its standby pool.
 */
import { attr, block, expr, type HclExpr } from '../../kit/hcl.ts';
import { imageVersion } from '../../kit/galleryImage.ts';
import {
	type PatternTerraform,
	adminPassword,
	dependsOn,
	isWindows,
	name,
	ref,
	reservation,
	reservationDependsOn,
	step,
	vmSize,
	windowsLicence,
} from '../../kit/patternTerraform.ts';
import {
	dataDiskBlocks,
	diskPlacement,
	osDiskBlock,
	runningDiskType,
	ultraCapability,
	zoneArgument,
} from '../../kit/diskTerraform.ts';
import { tierSubnet } from '../../kit/recoveryNetwork.ts';
import { factNumber } from '../../facts/factRegistry.ts';
import { neededVms } from '../../kit/estimateParts.ts';
import type { TerraformBuilder, TierContext } from '../../kit/terraformBuilder.ts';

/** A Linux scale set's administrator, who signs in with an SSH key. */
function linuxConfiguration(b: TerraformBuilder, user: HclExpr) {
	const key = b.variable('admin_ssh_public_key', {
		type: 'string',
		description: 'SSH public key for that user (these blocks create Linux VMs).',
	});
	return block(
		'linux_configuration',
		[],
		[
			attr('admin_username', user),
			block('admin_ssh_key', [], [attr('username', user), attr('public_key', key)]),
		],
	);
}

function writeTier(b: TerraformBuilder, t: TierContext): boolean {
	const version = imageVersion(b, t);
	const variant = t.plan.recommended.variant ?? 'cold';
	const needed = neededVms(t.tier);
	const warm = Math.min(factNumber('vmss.standby-min-instances'), needed);
	const instances =
		variant === 'hot' || variant === 'active-active' ? needed : variant === 'warm' ? warm : 0;
	const subnet = tierSubnet(b, t);
	const user = b.variable('admin_username', {
		type: 'string',
		description: 'Administrator user name on VMs created in the secondary region.',
	});
	const windows = isWindows(t);
	const osConfiguration = windows
		? block(
				'windows_configuration',
				[],
				[
					attr('admin_username', user),
					attr('admin_password', adminPassword(b)),
					// A Windows scale set's computer name prefix has at most 9 characters.
					attr('computer_name_prefix', expr(`substr("\${${b.prefix.text}}${t.alnum}", 0, 9)`)),
				],
			)
		: linuxConfiguration(b, user);
	const customData = b.workload.configAsCode
		? [
				attr(
					'custom_data',
					b.variable(`${t.id}_custom_data`, {
						type: 'string',
						description: `Base64-encoded cloud-init for tier "${t.plan.tier}" that runs your configuration as code at first boot (for example base64encode(file("cloud-init.yaml"))): the plan counts on it to configure rebuilt instances.`,
					}),
				),
			]
		: [];
	// Ultra Disk and Premium SSD v2 data disks tie the instances to one zone.
	const placement = diskPlacement(b, t, runningDiskType(t));
	const set = b.resource(
		'azurerm_orchestrated_virtual_machine_scale_set',
		t.id,
		[
			attr('name', name(b, t.slug)),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('location', b.secondaryLocation),
			...zoneArgument(placement, 'zones'),
			attr('platform_fault_domain_count', 1),
			attr('sku_name', vmSize(b, t)),
			attr('instances', instances),
			attr('source_image_id', ref(`${version}.id`)),
			...reservation(b, t, 'capacity_reservation_group_id', true, placement),
			block('os_profile', [], [...customData, osConfiguration]),
			...windowsLicence(t),
			...ultraCapability(placement),
			osDiskBlock(t, runningDiskType(t)),
			...dataDiskBlocks(t, runningDiskType(t)),
			block(
				'network_interface',
				[],
				[
					attr('name', 'primary'),
					attr('primary', true),
					block(
						'ip_configuration',
						[],
						[attr('name', 'internal'), attr('primary', true), attr('subnet_id', subnet.id)],
					),
				],
			),
			...dependsOn(reservationDependsOn(t, placement)),
		],
		[
			step(t),
			variant === 'active-active'
				? `${instances} instance(s) serve in the second region all the time, behind the router.`
				: variant === 'hot'
					? `${instances} instance(s), the capacity needed at failover, run in the secondary region.`
					: variant === 'warm'
						? `${instances} instance(s) run in the secondary region; scale out to ${needed} at failover.`
						: variant === 'standby-pool'
							? `No instances running; a standby pool of ${t.tier.vmCount} deallocated VM(s) below.`
							: `Cold: 0 instances until failover; scale out to ${needed} and let configuration as code run.`,
			'Flexible orchestration: standby pools and capacity reservations need it.',
		],
		t.plan.tier,
	);
	if (variant === 'standby-pool') {
		b.resource(
			'azurerm_virtual_machine_scale_set_standby_pool',
			t.id,
			[
				// 3 to 24 letters, digits and hyphens: a 12-character prefix leaves 12.
				attr('name', name(b, `${t.alnum.slice(0, 8)}-sp`)),
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
}

export const scaleSetRebuildTerraform: PatternTerraform = { writeTier };
