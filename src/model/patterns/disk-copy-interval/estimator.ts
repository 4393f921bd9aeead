/** Disk copies on an interval: the latest copied snapshots, with the data store's crash recovery. */
import { factNumber, factSpread } from '../../facts/factRegistry.ts';
import { formatMinutes } from '../../facts/format.ts';
import {
	failedOverDay,
	provisionStep,
	round1,
	step,
	storageLine,
	withFacts,
	transferLine,
	type Estimator,
} from '../../kit/estimateParts.ts';
import { chooseInterval, intervalRpo, SNAPSHOT_INTERVALS } from '../../kit/intervals.ts';
import { scaleRange } from '../../kit/range.ts';
import { inParallel, tailNote, TAIL_FACT } from '../../kit/scaling.ts';

export const estimateDiskCopyInterval: Estimator = (ctx) => {
	const app = ctx.workload.appConsistency;
	// Several disks stay consistent only through restore points, whose interval has a floor.
	const multiDisk = ctx.tier.disksPerVm > 1;
	const floorFact = app
		? 'disks.restore-point-app-interval'
		: multiDisk
			? 'disks.restore-point-crash-interval'
			: undefined;
	const floor = floorFact !== undefined ? factNumber(floorFact) * 60 : 0;
	const options = SNAPSHOT_INTERVALS.filter((i) => i >= floor);
	const interval = chooseInterval(
		ctx.tier.rpoMinutes ?? ctx.workload.rpoMinutes,
		options,
		ctx.changeGiB,
	);
	const rpo = intervalRpo(interval, ctx.changeGiB, 'ops.copy-throughput');
	const retention = factNumber('ops.snapshot-retention-days');
	return {
		steps: [
			provisionStep(ctx, 'Create disks and VMs from the latest copied snapshots', {
				disksPerVm: ctx.tier.disksPerVm,
			}),
			step(
				ctx,
				'boot',
				'Boot and run crash recovery',
				inParallel(scaleRange(factSpread('ops.boot'), 2), ctx.n),
				`Estimate: boot plus the data store’s crash recovery (twice a plain boot); ${tailNote(ctx.n, 'VM')}.`,
				['ops.boot', TAIL_FACT],
			),
		],
		rpo: {
			minutes: rpo,
			driver: `A copy every ${formatMinutes(interval)}${app ? ' (app-consistent restore points allow no shorter)' : multiDisk ? ' (restore points, which keep several disks consistent, allow no shorter)' : ''}, plus the time to copy that interval’s changes.`,
			formula: `${interval} min interval + ${round1((ctx.changeGiB * interval) / 1440)} GiB of changes ÷ copy throughput`,
			factIds: [
				'ops.copy-throughput',
				'disks.snapshot-copy',
				...(floorFact !== undefined ? [floorFact] : []),
				...ctx.changeFactIds,
			],
			bounded: false,
		},
		lines: [
			storageLine(
				ctx,
				'Snapshots in the secondary (full copy plus history)',
				ctx.tier.dataGiB + retention * ctx.changeGiB,
				ctx.n,
				ctx.prices.snapshotPerGibMonth,
				`data + ${retention} days of changes`,
			),
			withFacts(
				storageLine(
					ctx,
					'Source snapshots kept as the base of the next copy',
					ctx.tier.dataGiB,
					ctx.n,
					ctx.prices.snapshotPerGibMonth,
					'last copied snapshot per VM, in the source region',
					'source',
				),
				'disks.snapshot-copy',
			),
			transferLine(ctx, 'Copied changes across regions'),
		],
		drillUnits: ctx.n,
		...failedOverDay(ctx, 0, true),
		blockers: [],
		assumptions: [
			'The last copied snapshot stays in the source region, so the next copy sends only changes.',
			`Copies run every ${formatMinutes(interval)}: the longest standard interval within your RPO target, or the shortest allowed when none is.`,
			multiDisk
				? 'This VM has several disks: copies are taken as restore points, so all its disks share one moment.'
				: 'One disk per VM: each snapshot is crash-consistent on its own.',
		],
	};
};
