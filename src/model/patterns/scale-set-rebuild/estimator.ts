/** Scale set rebuild: cold from zero, a standby pool of deallocated VMs, or hot instances. */
import { factSpread } from '../../factRegistry.ts';
import {
	computeLine,
	failedOverDay,
	line,
	noDataRpo,
	provisionStep,
	step,
	storageLine,
	type Estimator,
} from '../../estimate/estimateParts.ts';
import { constant } from '../../estimate/range.ts';
import type { CostLine, Rejection, RtoStep } from '../../estimate/types.ts';

export const estimateScaleSetRebuild: Estimator = (ctx, variant) => {
	const blockers: Rejection[] = ctx.workload.configAsCode
		? []
		: [
				{
					kind: 'prerequisite',
					reason:
						'Needs configuration as code that rebuilds the VMs; you said the VMs cannot be rebuilt from code.',
				},
			];
	const hot = Math.min(2, ctx.n);
	const steps: RtoStep[] =
		variant === 'hot'
			? ctx.n > hot
				? [
						step(
							ctx,
							'provision',
							`Serve on ${hot} running instances while the rest scale out`,
							constant(0),
							`${hot} instances already serve (reduced capacity); the other ${ctx.n - hot} are built in the background.`,
							[],
						),
					]
				: [
						step(
							ctx,
							'provision',
							'Instances already running',
							constant(0),
							'Every instance already runs in the secondary.',
							[],
						),
					]
			: variant === 'standby-pool'
				? [
						step(
							ctx,
							'boot',
							'Start standby pool VMs',
							factSpread('ops.boot'),
							'Estimate: deallocated, already configured VMs start and join the set.',
							['ops.boot', 'vmss.standby-pools'],
						),
					]
				: [
						provisionStep(ctx, 'Scale the set out from zero'),
						step(
							ctx,
							'provision',
							'Run configuration as code',
							factSpread('ops.configure'),
							'Estimate: the configuration run on each new instance, in parallel.',
							['ops.configure'],
						),
					];
	const lines: CostLine[] =
		variant === 'hot'
			? [
					computeLine(ctx, `${hot} running instance(s)`, hot),
					storageLine(
						ctx,
						'OS disks of running instances',
						ctx.tier.dataGiB,
						hot,
						ctx.prices.diskPerGibMonth,
						'disk per VM',
					),
				]
			: variant === 'standby-pool'
				? [
						storageLine(
							ctx,
							'Disks of deallocated pool VMs',
							ctx.tier.dataGiB,
							ctx.n,
							ctx.prices.diskPerGibMonth,
							'disk per VM',
						),
					]
				: [
						line(
							ctx,
							'compute',
							'No instances running',
							0,
							'A cold set runs nothing until failover.',
							[],
						),
					];
	return {
		steps,
		rpo: noDataRpo(),
		lines,
		drillUnits: ctx.n,
		...failedOverDay(ctx, variant === 'hot' ? hot : 0),
		blockers,
		assumptions: [
			'The image and every artefact the recipe needs are available in the secondary region.',
			'Target capacity is available (reserve it for a short RTO).',
		],
	};
};
