import type { PatternModule } from '../patternModule.ts';
import { diskCopyInterval } from './definition.ts';
import { estimateDiskCopyInterval } from './estimator.ts';
import { diskCopyJobTerraform } from '../../terraform/diskCopyJob.ts';

export const diskCopyIntervalModule: PatternModule = {
	definition: diskCopyInterval,
	estimator: estimateDiskCopyInterval,
	options: [{ for: ['stateful-vm'], createdAtFailover: true, standby: 'backup-restore' }],
	treeOutcome: { nodeId: 'o-interval', note: 'Any region, daily copies.' },
	// It prices transfer between the regions, or works only between pairs.
	calculatorAnswers: ['sourceRegion', 'targetRegion'],
	terraform: diskCopyJobTerraform,
};
