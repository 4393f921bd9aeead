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
	ownCopies: {
		immutable: false,
		why: 'managed-disk snapshots take no immutability policy; whoever may delete resources in their resource group can delete them, and an owner can lift a delete lock. Against ransomware add Azure Backup with a locked immutable vault, or choose an option the plan pairs with one (Site Recovery)',
	},
};
