/**
 * `npm run bench:model`: the median time of recommend() on a 10-tier workload. Vitest 5
 * replaced `vitest bench` with a per-test bench fixture, so this is a plain timing loop:
 * warm up, then time each call and report the median.
 */
import { parseWorkload, recommend, referenceWorkloadInput } from '../src/model/index.ts';

export function tenTierWorkload() {
	const tiers = Array.from({ length: 10 }, (_, i) => ({
		...(referenceWorkloadInput.tiers[i % 2] ?? {}),
		name: `tier-${i + 1}`,
	}));
	const parsed = parseWorkload({ ...referenceWorkloadInput, tiers });
	if (!parsed.ok) throw new Error('invalid bench workload');
	return parsed.workload;
}

export function medianRecommendMs(runs = 300): number {
	const workload = tenTierWorkload();
	for (let i = 0; i < 50; i++) recommend(workload);
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		recommend(workload);
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	process.stdout.write(
		`recommend(), 10 tiers: median ${medianRecommendMs().toFixed(3)} ms over 300 runs\n`,
	);
}
