/** Arithmetic on low / typical / high ranges. */
import type { Range } from './types.ts';

export const ZERO: Range = { low: 0, typical: 0, high: 0 };

export function constant(n: number): Range {
	return { low: n, typical: n, high: n };
}

export function addRanges(...ranges: readonly Range[]): Range {
	return ranges.reduce(
		(sum, r) => ({
			low: sum.low + r.low,
			typical: sum.typical + r.typical,
			high: sum.high + r.high,
		}),
		ZERO,
	);
}

export function scaleRange(r: Range, factor: number): Range {
	return { low: r.low * factor, typical: r.typical * factor, high: r.high * factor };
}

/** The larger of each bound: several things in parallel finish when the slowest does. */
export function maxRanges(ranges: readonly Range[]): Range {
	return ranges.reduce(
		(m, r) => ({
			low: Math.max(m.low, r.low),
			typical: Math.max(m.typical, r.typical),
			high: Math.max(m.high, r.high),
		}),
		ZERO,
	);
}

/** Rounds to 0.01 so JSON outputs are stable and readable. */
export function roundRange(r: Range): Range {
	return { low: round(r.low), typical: round(r.typical), high: round(r.high) };
}

export function round(n: number, digits = 2): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}
