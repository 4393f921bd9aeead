/** Site Recovery Azure-to-Azure: continuous replication, failover job, recovery points. */
import { factNumber, factSpread } from '../../facts/factRegistry.ts';
import { churnMBps } from '../../kit/prices.ts';
import {
	bootStep,
	failedOverDay,
	licenceLine,
	round1,
	step,
	storageLine,
	withFacts,
	transferLine,
	sameRegionBlocker,
	type EstimateContext,
	type Estimator,
} from '../../kit/estimateParts.ts';
import { diskLines } from '../../kit/diskLines.ts';
import { inParallel, tailNote, TAIL_FACT, waves } from '../../kit/scaling.ts';
import type { Rejection, RtoStep } from '../../kit/types.ts';

/**
 * The failover job for the tier's VMs, all in one recovery-plan group: they fail over in
 * parallel, their disks prepared from the replicas together, so the job grows only by the
 * slowest of them. A tier beyond a plan's VM limit needs several plans, started together.
 */
function failoverJobStep(ctx: EstimateContext): RtoStep {
	const perPlan = factNumber('asr.plan-max-vms');
	const plans = waves(ctx.n, perPlan);
	const disks = ctx.n * ctx.tier.disksPerVm;
	const where =
		plans === 1
			? ctx.n === 1
				? '1 VM in its recovery-plan group'
				: `${ctx.n} VMs in 1 recovery-plan group, failed over in parallel`
			: `${ctx.n} VMs in ${plans} recovery plans of up to ${perPlan} VMs, started together, each VM in its plan’s first group`;
	return step(
		ctx,
		'restore',
		'Site Recovery failover job',
		inParallel(factSpread('ops.asr-failover'), disks),
		`Estimate: typical from Microsoft’s example job; high set to the RTO SLA. ${where}; the job prepares each VM’s disks from its replicas: ${tailNote(disks, 'disk')}.`,
		['ops.asr-failover', 'asr.example-failover-job', 'asr.rto-sla', 'asr.plan-max-vms', TAIL_FACT],
	);
}

export const estimateSiteRecoveryA2a: Estimator = (ctx, variant) => {
	const zoneToZone = variant === 'zone-to-zone';
	const churn = churnMBps(ctx.tier);
	const normal = factNumber('asr.churn-per-vm');
	// High Churn reaches its enhanced limit on VMs with enough memory and premium-class disks.
	const enhanced =
		ctx.tier.memoryGiB >= 256 &&
		(ctx.tier.diskType === 'premium-ssd' ||
			ctx.tier.diskType === 'premium-ssd-v2' ||
			ctx.tier.diskType === 'ultra');
	const high = factNumber(enhanced ? 'asr.enhanced-churn' : 'asr.churn-per-vm-high');
	const blockers: Rejection[] = [];
	const assumptions: string[] = [
		'Failover to "Latest processed" recovery point.',
		ctx.tier.replicaDiskType === undefined
			? `Replica disks are ${ctx.replicaDiskPrice.meter.sku} until failover (the default, as the plan’s Terraform creates them; set replicaDiskType to change it); at failover the VMs get ${ctx.diskPrice.meter.sku} disks.`
			: `Replica disks are ${ctx.replicaDiskPrice.meter.sku} until failover (your replicaDiskType); at failover the VMs get ${ctx.diskPrice.meter.sku} disks.`,
		'The cache storage account holds each change only until the next recovery point is processed; its storage transactions are not priced.',
	];
	if (zoneToZone) {
		blockers.push(
			sameRegionBlocker(
				ctx,
				(region) =>
					`Zone-to-zone Site Recovery protects against a zone outage only: the copy stays in ${region}, so no replica survives a regional outage.`,
			),
		);
		assumptions.push(
			'Zone-to-zone: replica disks in another zone of the source region, priced per instance like region-to-region, with no transfer between regions.',
		);
	}
	if (churn > high) {
		blockers.push({
			kind: 'limit',
			reason: `Churn of ${round1(churn)} MB/s per VM exceeds Site Recovery’s ${high} MB/s High Churn limit${enhanced ? '' : ` (${factNumber('asr.enhanced-churn')} MB/s needs at least 256 GB of memory and Premium SSD, Premium SSD v2 or Ultra disks)`}.`,
		});
	} else if (churn > normal) {
		assumptions.push(
			`Churn of ${round1(churn)} MB/s per VM needs the High Churn option (up to ${high} MB/s${enhanced ? ' with 256 GB of memory or more, premium-class disks, a recent Mobility service and both regions on Microsoft’s list' : ''}), chosen when replication is enabled.`,
		);
	}
	const app = ctx.workload.appConsistency && ctx.tier.kind === 'stateful';
	const interval = app
		? factNumber('asr.app-point-min-interval') * 60
		: factNumber('asr.crash-point-interval');
	const retention = factNumber('asr.default-retention');
	return {
		steps: [failoverJobStep(ctx), bootStep(ctx)],
		rpo: {
			minutes: { low: interval, typical: interval, high: interval * 2 },
			driver: app
				? 'The latest app-consistent recovery point, at most hourly.'
				: `The latest crash-consistent recovery point, made every ${interval} min.`,
			formula: app
				? `${interval} min app-consistent interval`
				: `${interval} min crash-consistent interval (high: one point missed under load)`,
			factIds: [app ? 'asr.app-point-min-interval' : 'asr.crash-point-interval'],
			bounded: true,
		},
		lines: [
			zoneToZone
				? withFacts(
						licenceLine(ctx, 'Site Recovery protected instances (zone-to-zone)', {
							...ctx.prices.asrInstance,
							usd: ctx.prices.asrInstance.usd * factNumber('asr.z2z-price'),
						}),
						'asr.z2z-price',
					)
				: licenceLine(ctx, 'Site Recovery protected instances', ctx.prices.asrInstance),
			...diskLines(ctx, 'Replica managed disks', ctx.n, ctx.diskTypes.replica),
			storageLine(
				ctx,
				'Recovery point snapshots',
				retention * ctx.changeGiB,
				ctx.n,
				ctx.prices.snapshotPerGibMonth,
				`${retention} day(s) of changes`,
			),
			withFacts(
				storageLine(
					ctx,
					'Cache storage account in the source region (estimate)',
					(ctx.changeGiB * factNumber('asr.crash-point-interval')) / (24 * 60),
					ctx.n,
					ctx.prices.blobPerGibMonth,
					`changes held for one ${factNumber('asr.crash-point-interval')} min recovery-point interval, without transactions`,
					'source',
				),
				'asr.cache-account',
			),
			...(zoneToZone ? [] : [transferLine(ctx)]),
		],
		drillUnits: ctx.n,
		...failedOverDay(ctx, 0, true, true),
		blockers,
		assumptions,
	};
};
