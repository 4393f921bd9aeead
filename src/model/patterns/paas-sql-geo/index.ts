import type { PatternModule, PatternOption } from '../patternModule.ts';
import { paasSqlGeo } from './definition.ts';
import { estimatePaasSqlGeo } from './estimator.ts';

/** A failover group's failover makes the secondary serve: it waits for what the tier needs. */
const failoverWaits: PatternOption['waitsForDependencies'] = {
	kinds: ['restore'],
	why: 'the failover group makes the secondary serve, so it fails over once the tiers it depends on are up',
};

export const paasSqlGeoModule: PatternModule = {
	definition: paasSqlGeo,
	estimator: estimatePaasSqlGeo,
	options: [
		{
			variant: 'failover-group',
			for: ['paas'],
			createdAtFailover: false,
			standby: 'hot-standby',
			waitsForDependencies: failoverWaits,
			traps: [
				{
					id: 'sql-policy',
					text: 'use the customer-managed failover policy; the Microsoft-managed one waits at least {fact:sql.managed-failover-grace-period}.',
					factIds: ['sql.managed-failover-grace-period'],
				},
			],
		},
		{
			variant: 'failover-group-microsoft',
			for: ['paas'],
			createdAtFailover: false,
			standby: 'hot-standby',
			waitsForDependencies: failoverWaits,
			// Microsoft decides: no one on the team declares, but the grace period runs first.
			declareStep: {
				label: 'Wait out the Microsoft-managed grace period',
				factId: 'sql.managed-failover-grace-period',
				formula:
					'The Microsoft-managed policy fails over only after its grace period, at least {fact:sql.managed-failover-grace-period}, and only once Microsoft declares a wide outage: often several hours.',
			},
		},
		{ variant: 'geo-restore', for: ['paas'], createdAtFailover: false, standby: 'backup-restore' },
	],
	treeOutcome: { note: 'Failover group, customer-managed.' },
	drillCleanUp: (variant) =>
		variant === 'geo-restore'
			? 'delete the database restored for the drill: it bills as a database until deleted.'
			: 'if the drill failed the group over, fail it back in a quiet window; delete any database copy made for the drill.',
};
