/** Copies made every so often: which standard interval fits an RPO target, and its RPO. */
import { copyRange } from './copyTime.ts';
import type { Range } from './types.ts';

export const SNAPSHOT_INTERVALS = [15, 30, 60, 120, 240, 480, 720, 1440] as const;
export const LOG_BACKUP_INTERVALS = [5, 15, 30, 60, 240, 1440] as const;

/**
 * The longest standard interval whose worst-case RPO (interval plus the slowest copy time)
 * fits the target, or the shortest on offer when none fits.
 */
export function chooseInterval(
	targetMinutes: number,
	options: readonly number[],
	changeGiBPerDay = 0,
	throughputFactId = 'ops.copy-throughput',
): number {
	const fitting = options.filter(
		(o) => intervalRpo(o, changeGiBPerDay, throughputFactId).high <= targetMinutes,
	);
	return fitting.length > 0 ? Math.max(...fitting) : Math.min(...options);
}

/** RPO of a copy every `interval` minutes: the interval plus the time to copy its changes. */
export function intervalRpo(
	intervalMinutes: number,
	changeGiBPerDay: number,
	throughputFactId: string,
): Range {
	const copy = copyRange((changeGiBPerDay * intervalMinutes) / 1440, throughputFactId);
	return {
		low: intervalMinutes + copy.low,
		typical: intervalMinutes + copy.typical,
		high: intervalMinutes + copy.high,
	};
}
