import type { PatternModule, PatternOption } from '../patternModule.ts';
import { appReplication } from './definition.ts';
import { estimateAppReplication } from './estimator.ts';

/** Promotion makes the replica serve: it connects to, and is reached through, what it needs. */
const promotionWaits: PatternOption['waitsForDependencies'] = {
	kinds: ['restore'],
	why: 'the replica is promoted to serving only once the tiers it depends on are up; resizing it may start at once',
};

export const appReplicationModule: PatternModule = {
	definition: appReplication,
	estimator: estimateAppReplication,
	options: [
		{
			variant: 'full',
			for: ['stateful-vm'],
			createdAtFailover: false,
			standby: 'hot-standby',
			waitsForDependencies: promotionWaits,
		},
		{
			variant: 'one-replica',
			for: ['stateful-vm'],
			createdAtFailover: false,
			standby: 'warm-standby',
			waitsForDependencies: promotionWaits,
		},
		{
			variant: 'smaller-vms',
			for: ['stateful-vm'],
			createdAtFailover: false,
			standby: 'warm-standby',
			waitsForDependencies: promotionWaits,
		},
	],
	treeOutcome: { note: 'Add backups against corruption.' },
	// It prices transfer between the regions, or works only between pairs.
	calculatorAnswers: ['sourceRegion', 'targetRegion'],
	drillCleanUp:
		'if the drill made a replica writable, rebuild it as a replica; delete any VM started only for the drill.',
};
