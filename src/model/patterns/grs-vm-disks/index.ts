import type { PatternModule } from '../patternModule.ts';
import { grsVmDisks } from './definition.ts';
import { estimateGrsVmDisks } from './estimator.ts';

export const grsVmDisksModule: PatternModule = {
	definition: grsVmDisks,
	estimator: estimateGrsVmDisks,
	options: [
		{ for: ['stateless', 'stateful-vm'], createdAtFailover: false, standby: 'backup-restore' },
	],
	// It prices transfer between the regions, or works only between pairs.
	calculatorAnswers: ['sourceRegion', 'targetRegion'],
};
