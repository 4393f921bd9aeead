/**
 * The 10-tier workload the model benchmark times, and a plain timing loop over it (warm up,
 * time each call, report the median) for `npm run bench`'s report. `npm run bench:model` runs
 * the same workload through Vitest 5's bench fixture: test/bench/recommend.bench.ts.
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
