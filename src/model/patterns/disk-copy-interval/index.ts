import type { PatternModule } from '../patternModule.ts';
import {
	restorePointConfidential,
	restorePointCrashNewDisks,
	restorePointSharedDisk,
} from '../supportRules.ts';
import { diskCopyInterval } from './definition.ts';
import { estimateDiskCopyInterval } from './estimator.ts';

export const diskCopyIntervalModule: PatternModule = {
	definition: diskCopyInterval,
	estimator: estimateDiskCopyInterval,
	options: [
		{
			for: ['stateful-vm'],
			createdAtFailover: true,
			standby: 'backup-restore',
			unsupported: [restorePointSharedDisk, restorePointConfidential, restorePointCrashNewDisks],
		},
	],
	treeOutcome: { note: 'Any region, daily copies.' },
	// It prices transfer between the regions, or works only between pairs.
	calculatorAnswers: ['sourceRegion', 'targetRegion'],
};
