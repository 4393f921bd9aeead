import type { PatternModule } from '../patternModule.ts';
import {
	restorePointConfidential,
	restorePointCrashNewDisks,
	restorePointSharedDisk,
} from '../supportRules.ts';
import { diskCopyInterval } from './definition.ts';
import { estimateDiskCopyInterval } from './estimator.ts';
import { nothingToDeploy } from '../../terraform/patternTerraform.ts';

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
	treeOutcome: { nodeId: 'o-interval', note: 'Any region, daily copies.' },
	// It prices transfer between the regions, or works only between pairs.
	calculatorAnswers: ['sourceRegion', 'targetRegion'],
	terraform: nothingToDeploy(
		'Nothing to deploy ahead of time: incremental snapshots are copied to the secondary region by a scheduled job on the plan’s interval, and VMs are created from them at failover.',
	),
};
