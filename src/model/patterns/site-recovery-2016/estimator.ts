/** Site Recovery as it stood in 2016: it could not protect Azure VMs across regions. */
import type { Estimator } from '../../kit/estimateParts.ts';
import { constant } from '../../kit/range.ts';

export const estimateSiteRecovery2016: Estimator = (ctx) => ({
	steps: [],
	rpo: {
		minutes: constant(0),
		driver: 'Not applicable.',
		formula: 'Not applicable.',
		factIds: [],
		bounded: false,
	},
	lines: [],
	drillUnits: 0,
	failedOverDayUsd: 0,
	failedOverDayFormula: 'Not applicable.',
	blockers: [
		{
			kind: 'retired',
			reason:
				'In 2016 Site Recovery could not replicate Azure VMs to another region; use Site Recovery Azure-to-Azure.',
		},
	],
	assumptions: [`Historical: shown for the ${ctx.tier.name} tier to explain what changed.`],
});
