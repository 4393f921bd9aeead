/** Disk copy: snapshots copied to the secondary after each change; disks and VMs made from them. */
import {
	bootStep,
	failedOverDay,
	noDataRpo,
	provisionStep,
	storageLine,
	type Estimator,
} from '../../kit/estimateParts.ts';

export const estimateDiskCopy: Estimator = (ctx) => ({
	steps: [
		provisionStep(ctx, 'Create disks and VMs from copied snapshots', {
			disksPerVm: ctx.tier.disksPerVm,
		}),
		bootStep(ctx),
	],
	rpo: noDataRpo(),
	lines: [
		storageLine(
			ctx,
			'Copied snapshots in the secondary',
			ctx.tier.dataGiB,
			ctx.n,
			ctx.prices.snapshotPerGibMonth,
			'data per VM',
		),
	],
	drillUnits: ctx.n,
	...failedOverDay(ctx, 0, true),
	blockers: [],
	assumptions: [
		'Disks are copied after every change; changes between copies are lost.',
		'The source snapshots are deleted once copied: each copy after a release is a full one, so none is kept in the source region.',
	],
});
