import type { PatternModule } from '../patternModule.ts';
import { galleryDiskSize } from '../supportRules.ts';
import { capturedImage } from './definition.ts';
import { estimateCapturedImage } from './estimator.ts';

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
	treeOutcome: { note: 'Or copy disks after each change.' },
	// It prices transfer between the regions, or works only between pairs.
	calculatorAnswers: ['sourceRegion', 'targetRegion'],
};
