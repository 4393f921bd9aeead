/** Application backups shipped to the secondary and restored there at failover. */
import { backupRetentionDays } from '../../kit/retention.ts';
import { formatMinutes } from '../../facts/format.ts';
import { copyRange } from '../../kit/copyTime.ts';
import { inParallel, tailNote, TAIL_FACT } from '../../kit/scaling.ts';
import {
	bootStep,
	failedOverDay,
	provisionStep,
	round1,
	step,
	storageLine,
	transferLine,
	type Estimator,
} from '../../kit/estimateParts.ts';
import { chooseInterval, intervalRpo, LOG_BACKUP_INTERVALS } from '../../kit/intervals.ts';
import type { Rejection } from '../../kit/types.ts';

export const estimateAppBackupShipping: Estimator = (ctx) => {
	const blockers: Rejection[] =
		ctx.tier.data === 'vm-plain'
			? [
					{
						kind: 'prerequisite',
						reason:
							'Needs an application with native backup and restore; you said the data store has neither.',
					},
				]
			: [];
	const interval = chooseInterval(
		ctx.tier.rpoMinutes ?? ctx.workload.rpoMinutes,
		LOG_BACKUP_INTERVALS,
		ctx.changeGiB,
	);
	const rpo = intervalRpo(interval, ctx.changeGiB, 'ops.copy-throughput');
	// Kept as long as the workload's protection asks (the container's immutability period is the same).
	const retention = backupRetentionDays(ctx.workload);
	return {
		steps: [
			provisionStep(ctx),
			bootStep(ctx),
			step(
				ctx,
				'restore',
				'Restore the backup chain',
				inParallel(copyRange(ctx.tier.dataGiB, 'ops.app-restore-throughput'), ctx.dataCopies),
				`${round1(ctx.tier.dataGiB)} GiB ÷ restore throughput: the time grows with the data; ${tailNote(ctx.dataCopies, 'restore')}${ctx.dataCopies < ctx.n ? ` (one data set shared by ${ctx.n} VMs)` : ''}`,
				['ops.app-restore-throughput', TAIL_FACT],
			),
		],
		rpo: {
			minutes: rpo,
			// The application decides what an incremental backup is: a database's log backup, a
			// file server's changed files; the wording fits both.
			driver: `Incremental application backups (a database’s log backups, a file server’s changed files) every ${formatMinutes(interval)}, plus the time to ship them.`,
			formula: `${interval} min + ${round1((ctx.changeGiB * interval) / 1440)} GiB ÷ copy throughput`,
			factIds: ['ops.copy-throughput', ...ctx.changeFactIds],
			bounded: false,
		},
		lines: [
			storageLine(
				ctx,
				'Shipped backups in the secondary',
				ctx.tier.dataGiB + retention * ctx.changeGiB,
				ctx.dataCopies,
				ctx.prices.blobPerGibMonth,
				`full backup + ${retention} days of logs${ctx.dataCopies < ctx.n ? ', one data set' : ''}`,
			),
			transferLine(ctx, 'Shipped backups across regions', ctx.dataCopies),
		],
		drillUnits: ctx.n,
		...failedOverDay(ctx, 0, true),
		blockers,
		assumptions: [
			`Log or incremental backups every ${formatMinutes(interval)}: the longest standard interval within your RPO target, or the shortest allowed when none is.`,
			'Backups are copied as files (AzCopy or backup to a remote Blob URL).',
		],
	};
};
