/** The data store's own replication to running replicas: full, one replica, or smaller VMs. */
import { factNumber, factSpread } from '../../facts/factRegistry.ts';
import { formatDecimal, formatMinutes } from '../../facts/format.ts';
import {
	computeLine,
	round1,
	step,
	transferLine,
	type EstimateContext,
	type Estimator,
} from '../../kit/estimateParts.ts';
import { diskLines } from '../../kit/diskLines.ts';
import { churnMBps } from '../../kit/prices.ts';
import { addRanges, scaleRange } from '../../kit/range.ts';
import { inParallel, tailNote, TAIL_FACT } from '../../kit/scaling.ts';
import type { Rejection, RtoStep } from '../../kit/types.ts';

/**
 * Promoting a replica: the forced failover itself, plus replaying the log it has received and
 * not yet applied (sql.ag-failover-time: redo queue ÷ redo rate). The queue is what the data
 * store writes during the replication lag, so the step grows with the write rate, not with the
 * size of the database. Replicas of separate data sets are promoted in parallel.
 */
function promoteStep(ctx: EstimateContext): RtoStep {
	const lag = factSpread('ops.replication-lag');
	const redo = factSpread('ops.redo-rate');
	const write = churnMBps(ctx.tier);
	const replay = {
		low: (lag.low * write) / redo.high / 60,
		typical: (lag.typical * write) / redo.typical / 60,
		high: (lag.high * write) / redo.low / 60,
	};
	return step(
		ctx,
		'restore',
		'Promote a replica',
		inParallel(addRanges(factSpread('ops.promote'), replay), ctx.dataCopies),
		`Estimate: forced failover of an asynchronous replica and repointing clients, plus replaying the log it has not yet applied: ${lag.typical} s of lag (${lag.high} s at worst) × ${formatDecimal(write, 2)} MB/s written ÷ ${redo.typical} MB/s redo (${redo.low} MB/s at worst) = ${formatMinutes(replay.typical)}, at worst ${formatMinutes(replay.high)}. The ${round1(ctx.tier.dataGiB)} GiB of data is not replayed, so its size adds nothing; ${tailNote(ctx.dataCopies, 'replica')}. Assumption: the replica keeps its data in memory (SAP HANA’s preload of column tables, for example); one that loads it after takeover adds time that grows with its memory.`,
		[
			'ops.promote',
			'sql.ag-failover-time',
			'ops.replication-lag',
			'ops.redo-rate',
			...ctx.changeFactIds,
			TAIL_FACT,
		],
	);
}

export const estimateAppReplication: Estimator = (ctx, variant) => {
	const blockers: Rejection[] =
		ctx.tier.data !== 'vm-replication'
			? [
					{
						kind: 'prerequisite',
						reason:
							'Needs a data store with native cross-region replication; you said it has none.',
					},
				]
			: [];
	const replicas = variant === 'one-replica' ? 1 : ctx.needed;
	const share = variant === 'smaller-vms' ? factNumber('ops.small-replica-share') / 100 : 1;
	const steps: RtoStep[] = [promoteStep(ctx)];
	if (variant === 'smaller-vms') {
		steps.push(
			step(
				ctx,
				'provision',
				`Resize ${replicas} replica VM(s), one at a time`,
				scaleRange(factSpread('ops.resize'), replicas),
				`${replicas} × resize-and-restart, in sequence`,
				['ops.resize'],
			),
		);
	}
	const lag = factSpread('ops.replication-lag');
	return {
		steps,
		rpo: {
			minutes: scaleRange(lag, 1 / 60),
			driver: 'The asynchronous replication lag at the moment of failure.',
			formula: 'Estimate of the lag under normal load; it grows under peaks.',
			factIds: ['ops.replication-lag'],
			bounded: false,
		},
		lines: [
			computeLine(
				ctx,
				variant === 'smaller-vms'
					? 'Replica VMs at a smaller size'
					: `${replicas} replica VM(s) running`,
				replicas,
				share,
				variant === 'smaller-vms' ? 'ops.small-replica-share' : undefined,
			),
			...diskLines(
				ctx,
				'Replica VM disks',
				replicas,
				// A running replica keeps the tier's disk type unless the tier names its replicas'.
				ctx.tier.replicaDiskType === undefined ? ctx.diskTypes.disk : ctx.diskTypes.replica,
			),
			transferLine(ctx, 'Replication traffic across regions', ctx.dataCopies),
		],
		drillUnits: 0,
		failedOverDayUsd: Math.max(0, ctx.needed - replicas * share) * ctx.hourlyServing.usd * 24,
		failedOverDayFormula: `(${ctx.needed} needed − ${replicas} × ${share * 100}%) VM(s) × (${ctx.hourlyServing.formula}) × 24 h`,
		blockers,
		assumptions: [
			variant === 'one-replica'
				? 'One replica serves after failover, at reduced capacity and without redundancy.'
				: 'Replicas run all the time and serve as soon as one is promoted.',
			'Drills promote a test copy of a replica; no extra compute is counted.',
		],
	};
};
