/**
 * How a failover step grows with the tier. Operations started together (VMs failed over or
 * created, disks prepared, restore jobs) finish when the slowest does: each doubling of their
 * number adds a little (ops.parallel-tail, an estimate). A limit on how many run at once (VMs per
 * recovery plan, VMs per image replica) splits them into waves that run one after another.
 */
import { factSpread } from '../facts/factRegistry.ts';
import { formatMinutes } from '../facts/format.ts';
import { addRanges, scaleRange } from './range.ts';
import type { Range } from './types.ts';

export const TAIL_FACT = 'ops.parallel-tail';

/** Minutes the slowest of `count` operations started together adds: per doubling of the count. */
export function parallelTail(count: number): Range {
	return scaleRange(factSpread(TAIL_FACT), count > 1 ? Math.log2(count) : 0);
}

/** How many waves `count` operations take when at most `perWave` run at once. */
export function waves(count: number, perWave: number): number {
	return Math.max(1, Math.ceil(count / Math.max(1, perWave)));
}

/**
 * A step's minutes for `count` operations started together: the single operation's range,
 * plus the tail of the slowest.
 */
export function inParallel(single: Range, count: number): Range {
	return addRanges(single, parallelTail(count));
}

/**
 * The note a step gives on how it scaled: "40 VMs in parallel: +3 min for the slowest (estimate:
 * about 30 s per doubling of their number)", or that there is one.
 */
export function tailNote(count: number, what: string): string {
	if (count <= 1) return `one ${what}, nothing waits for a slower one`;
	const tail = parallelTail(count);
	const per = factSpread(TAIL_FACT).typical;
	return `${count} ${what}s in parallel: +${formatMinutes(tail.typical)} for the slowest (estimate: about ${formatMinutes(per)} per doubling of their number)`;
}
