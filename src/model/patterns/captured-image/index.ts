import type { PatternModule } from '../patternModule.ts';
import { galleryDiskSize } from '../supportRules.ts';
import { capturedImage } from './definition.ts';
import { estimateCapturedImage } from './estimator.ts';
import { capturedImageTerraform } from './terraform.ts';

export const capturedImageModule: PatternModule = {
	definition: capturedImage,
	estimator: estimateCapturedImage,
	options: [
		{
			for: ['stateless'],
			createdAtFailover: true,
			standby: 'backup-restore',
			unsupported: [galleryDiskSize],
		},
	],
	treeOutcome: { nodeId: 'o-image', note: 'Or copy disks after each change.' },
	// It prices transfer between the regions, or works only between pairs.
	calculatorAnswers: ['sourceRegion', 'targetRegion'],
	terraform: capturedImageTerraform,
};
