/** The data store's own replication to running replicas: full, one replica, or smaller VMs. */
import { factNumber, factSpread } from '../../facts/factRegistry.ts';
import {
	computeLine,
	step,
	storageLine,
	transferLine,
	type Estimator,
} from '../../kit/estimateParts.ts';
import { scaleRange } from '../../kit/range.ts';
import type { Rejection, RtoStep } from '../../kit/types.ts';

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
	const steps: RtoStep[] = [
		step(
			ctx,
			'restore',
			'Promote a replica',
			factSpread('ops.promote'),
			'Estimate: forced failover of an asynchronous replica.',
			['ops.promote'],
		),
	];
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
			storageLine(
				ctx,
				'Replica data disks',
				ctx.tier.dataGiB,
				replicas,
				// A running replica keeps the tier's disk type unless the tier names its replicas'.
				ctx.tier.replicaDiskType === undefined ? ctx.diskPrice : ctx.replicaDiskPrice,
				'data per VM',
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
