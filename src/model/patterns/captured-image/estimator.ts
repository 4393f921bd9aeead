/** Captured image: VMs created at failover from an image replicated to the secondary. */
import { factNumber } from '../../facts/factRegistry.ts';
import { GB_PER_GIB } from '../../kit/copyTime.ts';
import {
	bootStep,
	failedOverDay,
	line,
	meterOf,
	noDataRpo,
	priceIds,
	provisionStep,
	round1,
	transferKindText,
	type Estimator,
} from '../../kit/estimateParts.ts';

export const estimateCapturedImage: Estimator = (ctx) => {
	const replicas = factNumber('gallery.replicas-production');
	const perReplica = factNumber('gallery.vms-per-replica');
	return {
		steps: [
			provisionStep(ctx, 'Create VMs from the replicated image', {
				disksPerVm: ctx.tier.disksPerVm,
				perWave: {
					vms: replicas * perReplica,
					why: `${replicas} image replicas, one per ${perReplica} VMs created at once${ctx.n > replicas * perReplica ? `; ${Math.ceil(ctx.n / perReplica)} replicas would create them in one` : ''}`,
					factIds: ['gallery.replicas-production', 'gallery.vms-per-replica'],
				},
			}),
			bootStep(ctx),
		],
		rpo: noDataRpo(),
		lines: [
			line(
				ctx,
				'storage',
				`Image replicas in the secondary (${replicas})`,
				ctx.tier.dataGiB * replicas * ctx.prices.snapshotPerGibMonth.usd,
				`${round1(ctx.tier.dataGiB)} GiB image × ${replicas} replicas × US$${ctx.prices.snapshotPerGibMonth.usd}/GiB a month`,
				[
					'gallery.replicas-production',
					'gallery.billing',
					...priceIds(ctx.prices.snapshotPerGibMonth),
				],
				meterOf(ctx, ctx.prices.snapshotPerGibMonth, ctx.tier.dataGiB * replicas),
			),
			line(
				ctx,
				'transfer',
				'One new image version a month',
				ctx.tier.dataGiB * GB_PER_GIB * ctx.prices.transferPerGb.usd,
				`${round1(ctx.tier.dataGiB)} GiB × ${GB_PER_GIB.toFixed(3)} GB/GiB × US$${ctx.prices.transferPerGb.usd}/GB${transferKindText(ctx.prices)}`,
				priceIds(ctx.prices.transferPerGb),
				meterOf(ctx, ctx.prices.transferPerGb, ctx.tier.dataGiB * GB_PER_GIB, 'between'),
			),
		],
		drillUnits: ctx.n,
		...failedOverDay(ctx, 0, true),
		blockers: [],
		assumptions: [
			'All VMs of the tier share one image of the given disk size.',
			'A new image version is published monthly.',
		],
	};
};
