/** A scale set rebuilt from an image as Terraform: the image, the scale set in the secondary region, its standby pool. */
import { attr, block } from '../../kit/hcl.ts';
import { imageVersion } from '../../kit/galleryImage.ts';
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
import { factNumber } from '../../facts/factRegistry.ts';
import { neededVms } from '../../kit/estimateParts.ts';
import type { TerraformBuilder, TierContext } from '../../kit/terraformBuilder.ts';

function writeTier(b: TerraformBuilder, t: TierContext): boolean {
	const version = imageVersion(b, t);
	const variant = t.plan.recommended.variant ?? 'cold';
	const needed = neededVms(t.tier);
	const warm = Math.min(factNumber('vmss.standby-min-instances'), needed);
	const instances =
		variant === 'hot' || variant === 'active-active' ? needed : variant === 'warm' ? warm : 0;
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
			variant === 'active-active'
				? `${instances} instance(s) serve in the second region all the time, behind the router.`
				: variant === 'hot'
					? `${instances} instance(s), the capacity needed at failover, run in the secondary region.`
					: variant === 'warm'
						? `${instances} instance(s) run in the secondary region; scale out to ${needed} at failover.`
						: variant === 'standby-pool'
							? `No instances running; a standby pool of ${t.tier.vmCount} deallocated VM(s) below.`
							: `Cold: 0 instances until failover; scale out to ${needed} and let configuration as code run.`,
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
}

export const scaleSetRebuildTerraform: PatternTerraform = { writeTier };
