/** Azure Backup with Cross Region Restore: restore from the vault's copy in the paired region. */
import { backupRetentionDays } from '../../kit/retention.ts';
import { factNumber } from '../../facts/factRegistry.ts';
import { backupInstanceLine } from '../../kit/backupFee.ts';
import { copyRange } from '../../kit/copyTime.ts';
import { inParallel, tailNote, TAIL_FACT } from '../../kit/scaling.ts';
import {
	bootStep,
	failedOverDay,
	pairBlocker,
	provisionStep,
	sameRegionBlocker,
	round1,
	step,
	storageLine,
	withFacts,
	type Estimator,
} from '../../kit/estimateParts.ts';

/**
 * Azure Disk Backup: incremental snapshots of each disk, kept in the source region. Estimated so
 * a plan can show it beside the options that survive a regional outage; it never is one.
 */
const estimateDiskBackup: Estimator = (ctx) => {
	const interval = factNumber('disk-backup.min-interval') * 60;
	const retention = backupRetentionDays(ctx.workload);
	return {
		steps: [
			provisionStep(ctx, 'Create disks and VMs from the disk snapshots', {
				disksPerVm: ctx.tier.disksPerVm,
			}),
			bootStep(ctx),
		],
		rpo: {
			minutes: { low: interval, typical: interval, high: interval * 2 },
			driver: `The latest disk snapshot, at best every ${interval / 60} h.`,
			formula: `${interval / 60} h shortest Disk Backup schedule (high: one backup missed)`,
			factIds: ['disk-backup.min-interval'],
			bounded: true,
		},
		lines: [
			withFacts(
				storageLine(
					ctx,
					'Incremental disk snapshots in the source region',
					ctx.tier.dataGiB + retention * ctx.changeGiB,
					ctx.n,
					ctx.prices.snapshotPerGibMonth,
					`data + ${retention} days of changes`,
					'source',
				),
				'disk-backup.tier',
			),
		],
		drillUnits: ctx.n,
		...failedOverDay(ctx, 0, true),
		blockers: [
			sameRegionBlocker(
				ctx,
				(region) =>
					`Azure Disk Backup snapshots stay in ${region}: no copy survives a regional outage.`,
			),
		],
		assumptions: [
			'Disk Backup: one policy per disk at its shortest schedule; snapshots never leave the source region and carry no protected-instance fee.',
		],
	};
};

export const estimateAzureBackup: Estimator = (ctx, variant) => {
	if (variant === 'disk-backup') return estimateDiskBackup(ctx, variant);
	const retention = backupRetentionDays(ctx.workload);
	const low = factNumber('backup.standard-interval') * 60;
	const lag = factNumber('backup.replication-lag') * 60;
	const worst = factNumber('backup.secondary-rpo') * 60;
	// Microsoft documents the worst case; the typical assumes half the worst replication lag.
	const typical = low + lag / 2;
	return {
		steps: [
			step(
				ctx,
				'restore',
				'Cross Region Restore from the vault',
				inParallel(copyRange(ctx.tier.dataGiB, 'ops.vault-restore-throughput'), ctx.n),
				`${round1(ctx.tier.dataGiB)} GiB per VM ÷ vault restore throughput: the time grows with each VM’s data; one restore job per VM, ${tailNote(ctx.n, 'restore job')}`,
				['ops.vault-restore-throughput', 'backup.vault-restore', TAIL_FACT],
			),
			bootStep(ctx),
		],
		rpo: {
			minutes: { low, typical, high: worst },
			driver: 'The last daily backup that has replicated to the paired region.',
			formula: `Worst case (documented): ${low / 60} h backup interval + up to ${lag / 60} h replication = ${worst / 60} h; typical (estimate): half that replication lag, ${typical / 60} h`,
			factIds: ['backup.secondary-rpo', 'backup.standard-interval', 'backup.replication-lag'],
			bounded: true,
		},
		lines: [
			backupInstanceLine(ctx, 'Backup protected instances'),
			storageLine(
				ctx,
				'GRS vault storage',
				ctx.tier.dataGiB + retention * ctx.changeGiB,
				ctx.n,
				ctx.prices.backupPerGibMonth,
				`data + ${retention} days of changes`,
				'source',
			),
		],
		drillUnits: ctx.n,
		...failedOverDay(ctx, 0, true),
		blockers: pairBlocker(ctx, 'Azure Backup with Cross Region Restore', 'restores'),
		assumptions: [
			'Standard daily policy; Enhanced policy does not shorten the cross-region RPO.',
			'Geo-replication transfer is included in the GRS storage price.',
		],
	};
};
