/** What bench/model.ts and bench/run.ts share: the median, and the 10-tier bench workload. */
import { parseWorkload, referenceWorkloadInput, type Workload } from '../src/model/index.ts';

/** The median of the known values; null when there are none. */
export function median(values: readonly (number | null)[]): number | null {
	const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
	if (known.length === 0) return null;
	const mid = Math.floor(known.length / 2);
	return known.length % 2 === 1
		? (known[mid] ?? null)
		: ((known[mid - 1] ?? 0) + (known[mid] ?? 0)) / 2;
}

/** Ten tiers: the reference workload's web and database tiers, alternating, renamed. */
export function tenTierWorkload(): Workload {
	const parsed = parseWorkload({
		...referenceWorkloadInput,
		tiers: Array.from({ length: 10 }, (_, i) => ({
			...(referenceWorkloadInput.tiers[i % 2] ?? {}),
			name: `tier-${i + 1}`,
		})),
	});
	if (!parsed.ok) throw new Error('The 10-tier bench workload does not parse.');
	return parsed.workload;
}
