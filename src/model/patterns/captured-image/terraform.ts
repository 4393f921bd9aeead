/** A captured image as Terraform: the gallery image version replicated to both regions. */
import { imageVersion } from '../../kit/galleryImage.ts';
import { type PatternTerraform, reservation } from '../../kit/patternTerraform.ts';
import type { TerraformBuilder, TierContext } from '../../kit/terraformBuilder.ts';

function writeTier(b: TerraformBuilder, t: TierContext): boolean {
	imageVersion(b, t);
	reservation(b, t, 'capacity_reservation_group_id');
	b.comment(
		`Tier "${t.plan.tier}": at failover, create ${t.tier.vmCount} VM(s) from the image version above in the secondary region.`,
	);
	return true;
}

export const capturedImageTerraform: PatternTerraform = { writeTier };
