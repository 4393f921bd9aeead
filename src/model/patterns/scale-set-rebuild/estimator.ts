/** Scale set rebuild: cold from zero, a standby pool of deallocated VMs, or hot instances. */
import { factNumber, factSpread } from '../../facts/factRegistry.ts';
import {
	computeLine,
	failedOverDay,
	line,
	noDataRpo,
	provisionStep,
	step,
	vmHoursMeter,
	type Estimator,
} from '../../kit/estimateParts.ts';
import { diskLines } from '../../kit/diskLines.ts';
import { constant } from '../../kit/range.ts';
import { inParallel, tailNote, TAIL_FACT } from '../../kit/scaling.ts';
import type { CostLine, Rejection, RtoStep } from '../../kit/types.ts';

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
	const needed = ctx.needed;
	const minimum = Math.min(factNumber('vmss.standby-min-instances'), needed);
	const scaleOut = (from: number): RtoStep[] => [
		provisionStep(
			ctx,
			from === 0 ? 'Scale the set out from zero' : `Scale out from ${from} to ${needed} instances`,
			{ vms: needed - from },
		),
		step(
			ctx,
			'provision',
			'Run configuration as code',
			inParallel(factSpread('ops.configure'), needed - from),
			`Estimate: the configuration run on each new instance, in parallel; ${tailNote(needed - from, 'instance')}.`,
			['ops.configure', TAIL_FACT],
		),
	];
	// Instances that serve in the second region carry the licences of a serving VM.
	const runningLines = (count: number, what: string): CostLine[] => [
		computeLine(
			ctx,
			`${count} ${what}`,
			count,
			1,
			undefined,
			variant === 'active-active' ? ctx.hourlyServing : ctx.hourly,
		),
		...diskLines(ctx, 'Disks of running instances', count, ctx.diskTypes.disk),
	];
	const running =
		variant === 'hot' || variant === 'active-active' ? needed : variant === 'warm' ? minimum : 0;
	const steps: RtoStep[] =
		variant === 'active-active'
			? [
					step(
						ctx,
						'provision',
						'Nothing to start: the other region already serves',
						constant(0),
						`${needed} instances serve in the other region all the time; the router stops sending users to the failed one.`,
						[],
					),
				]
			: variant === 'hot'
				? [
						step(
							ctx,
							'provision',
							'Instances already running',
							constant(0),
							`${needed} instances, the capacity needed at failover, already run in the secondary; the router’s health probes move users to them, as for active/active.`,
							[],
						),
					]
				: variant === 'warm'
					? needed > minimum
						? [
								step(
									ctx,
									'provision',
									`Serve on ${minimum} running instances`,
									constant(0),
									`${minimum} instances take traffic at once, at reduced capacity; the next step brings the set to ${needed}.`,
									[],
								),
								...scaleOut(minimum),
							]
						: [
								step(
									ctx,
									'provision',
									'Instances already running',
									constant(0),
									`The ${minimum} running instances are the capacity needed at failover.`,
									[],
								),
							]
					: variant === 'standby-pool'
						? [
								step(
									ctx,
									'boot',
									'Start standby pool VMs',
									inParallel(factSpread('ops.boot'), needed),
									`Estimate: deallocated, already configured VMs start and join the set; ${tailNote(needed, 'VM')}.`,
									['ops.boot', 'vmss.standby-pools', TAIL_FACT],
								),
							]
						: scaleOut(0);
	const lines: CostLine[] =
		variant === 'active-active'
			? runningLines(needed, 'instances serving in the second region')
			: variant === 'hot'
				? runningLines(needed, 'instances running, waiting')
				: variant === 'warm'
					? runningLines(minimum, 'running instances (scaled out at failover)')
					: variant === 'standby-pool'
						? diskLines(ctx, 'Disks of deallocated pool VMs', needed, ctx.diskTypes.disk)
						: [
								line(
									ctx,
									'compute',
									'No instances running',
									0,
									'A cold set runs nothing until failover.',
									// The meter quotes the hourly price: its facts say whose it is.
									ctx.hourly.factIds,
									vmHoursMeter(ctx, ctx.hourly, 0),
								),
							];
	return {
		steps,
		rpo: noDataRpo(),
		lines,
		// A drill uses the instances already running in the secondary and starts only the rest
		// of the capacity needed (none for hot or active/active, which take one region out of
		// rotation); a set that runs nothing starts the whole tier, as other patterns' drills do.
		drillUnits: running > 0 ? Math.max(0, needed - running) : ctx.n,
		...failedOverDay(ctx, running, true),
		blockers,
		assumptions: [
			'The image and every artefact the recipe needs are available in the secondary region.',
			'Target capacity is available (reserve it for a short RTO).',
		],
	};
};
