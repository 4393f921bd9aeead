import type { PatternModule } from '../patternModule.ts';
import { scaleSetRebuild } from './definition.ts';
import { estimateScaleSetRebuild } from './estimator.ts';

export const scaleSetRebuildModule: PatternModule = {
	definition: scaleSetRebuild,
	estimator: estimateScaleSetRebuild,
	options: [
		{
			variant: 'cold',
			for: ['stateless'],
			createdAtFailover: true,
			standby: 'pilot-light',
			traps: [
				{
					id: 'zero-metrics',
					text: 'a scale set at zero instances has no metrics, so autoscale will not start it; scale it out by hand or from a schedule or external metric.',
					factIds: ['vmss.zero-metrics'],
				},
			],
		},
		{
			variant: 'standby-pool',
			for: ['stateless'],
			createdAtFailover: false,
			standby: 'pilot-light',
		},
		{ variant: 'warm', for: ['stateless'], createdAtFailover: true, standby: 'warm-standby' },
		{
			variant: 'hot',
			for: ['stateless'],
			createdAtFailover: false,
			standby: 'hot-standby',
			// Behind the same router as active/active, with the same health probes: the router
			// moves users to the running instances on its own, so no one declares. The sources give
			// no warm-up for instances already running, so the two differ only in cost lines.
			peopleSteps: [],
		},
		{
			variant: 'active-active',
			for: ['stateless'],
			createdAtFailover: false,
			standby: 'active-active',
			peopleSteps: [],
		},
	],
	calculatorAnswers: ['configAsCode'],
	treeOutcome: {
		note: 'Hot or standby pool for a short RTO, cold otherwise.',
	},
	drillCleanUp:
		'scale the secondary scale set back to its standby size and delete instances started for the drill.',
};
