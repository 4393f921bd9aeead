/** Time to move data at a throughput: the one formula behind copies, restores and shipping. */
import { factSpread } from '../facts/factRegistry.ts';
import type { Range } from './types.ts';

export const MIB_PER_GIB = 1024;
export const GB_PER_GIB = 1.073741824;

/** Minutes to move `gib` GiB at `mbPerSecond` MB/s (MiB, as Azure's disk throughput counts). */
export function copyMinutes(gib: number, mbPerSecond: number): number {
	if (gib <= 0) return 0;
	return (gib * MIB_PER_GIB) / mbPerSecond / 60;
}

/** Low / typical / high minutes at the throughput range of a fact (high throughput = low time). */
export function copyRange(gib: number, throughputFactId: string): Range {
	const t = factSpread(throughputFactId);
	return {
		low: copyMinutes(gib, t.high),
		typical: copyMinutes(gib, t.typical),
		high: copyMinutes(gib, t.low),
	};
}
