/** GRS for VM disks (retired): storage account failover, VMs created on the replicated VHDs. */
import { factNumber, factSpread, getFact } from '../../facts/factRegistry.ts';
import {
	bootStep,
	failedOverDay,
	pairBlocker,
	provisionStep,
	step,
	storageLine,
	type Estimator,
} from '../../kit/estimateParts.ts';
import type { Rejection } from '../../kit/types.ts';

export const estimateGrsVmDisks: Estimator = (ctx) => {
	const blockers: Rejection[] = [
		{
			kind: 'retired',
			reason: `Needs unmanaged disks, retired on ${String(getFact('disks.unmanaged-retirement').value)}; managed disks offer LRS or ZRS only.`,
		},
	];
	if (ctx.tier.kind === 'stateful' && ctx.tier.disksPerVm > 1) {
		blockers.push({
			kind: 'consistency',
			reason: `Each of the ${ctx.tier.disksPerVm} disks per VM replicates on its own, so the secondary copies come from different moments and the database can recover with data newer than its log.`,
		});
	}
	if (ctx.workload.appConsistency && ctx.tier.kind === 'stateful') {
		blockers.push({
			kind: 'consistency',
			reason: 'Crash-consistent at best; you need application consistency.',
		});
	}
	blockers.push(...pairBlocker(ctx, 'GRS', 'fails over'));
	return {
		steps: [
			step(
				ctx,
				'restore',
				'Fail the storage account over',
				factSpread('storage.failover-time'),
				'About an hour, per Microsoft.',
				['storage.failover-time'],
			),
			provisionStep(ctx, 'Create VMs on the replicated VHDs'),
			bootStep(ctx),
		],
		rpo: {
			minutes: {
				low: factNumber('storage.grs-typical-lag'),
				typical: factNumber('storage.grs-typical-lag'),
				high: 60,
			},
			driver: 'GRS replication lag, which has no SLA for page blobs.',
			formula: 'Typically under 15 min; the 2016 advice said under an hour; no bound.',
			factIds: ['storage.grs-typical-lag', 'storage.grs-lag-sla'],
			bounded: false,
		},
		lines: [
			storageLine(
				ctx,
				'Geo-redundant copy of the disks',
				ctx.tier.dataGiB,
				ctx.n,
				ctx.diskPrice,
				'data per VM',
			),
		],
		drillUnits: 0,
		...failedOverDay(ctx, 0, true),
		blockers,
		assumptions: ['Shown for comparison only; this pattern cannot be deployed today.'],
	};
};
