/** The Azure Compute Gallery image that captured-image and scale-set tiers start from. */
import { factNumber } from '../facts/factRegistry.ts';
import { attr, block, expr } from './hcl.ts';
import { isWindows, ref, step } from './patternTerraform.ts';
import type { TerraformBuilder, TierContext } from './terraformBuilder.ts';

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
export function imageVersion(b: TerraformBuilder, t: TierContext): string {
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
			attr('os_type', isWindows(t) ? 'Windows' : 'Linux'),
			attr(
				'hyper_v_generation',
				b.variable('image_hyper_v_generation', {
					type: 'string',
					description:
						'Hyper-V generation of the captured images: V2 for Generation 2 VMs (the default for new Azure VMs), V1 for Generation 1. It must match the source VM; the provider defaults to V1, which rejects a Gen2 source.',
					default: 'V2',
					validation: {
						condition: 'contains(["V1", "V2"], var.image_hyper_v_generation)',
						message: 'image_hyper_v_generation must be V1 or V2.',
					},
				}),
			),
			block(
				'identifier',
				[],
				[attr('publisher', b.prefix), attr('offer', t.id), attr('sku', 'dr')],
			),
		],
		[
			step(t),
			`Image definition (${isWindows(t) ? 'Windows' : 'Linux'}, as the tier's cost lines price it).`,
		],
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
