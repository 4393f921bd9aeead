import type { PatternModule } from '../patternModule.ts';
import { appReplication } from './definition.ts';
import { estimateAppReplication } from './estimator.ts';

export const appReplicationModule: PatternModule = {
	definition: appReplication,
	estimator: estimateAppReplication,
	options: [
		{ variant: 'full', for: ['stateful-vm'], createdAtFailover: false, standby: 'hot-standby' },
		{
			variant: 'one-replica',
			for: ['stateful-vm'],
			createdAtFailover: false,
			standby: 'warm-standby',
		},
		{
			variant: 'smaller-vms',
			for: ['stateful-vm'],
			createdAtFailover: false,
			standby: 'warm-standby',
		},
	],
	treeOutcome: { note: 'Add backups against corruption.' },
	// It prices transfer between the regions, or works only between pairs.
	calculatorAnswers: ['sourceRegion', 'targetRegion'],
	drillCleanUp:
		'if the drill made a replica writable, rebuild it as a replica; delete any VM started only for the drill.',
};
