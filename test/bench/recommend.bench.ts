/**
 * `npm run bench:model`: Vitest 5's bench fixture (Tinybench) timing recommend() on a 10-tier
 * workload. Vitest prints the table (mean, p75, p99…); the median is written to
 * bench/out/recommend-bench.json for bench/run.ts. Not part of `npm test`: speed is measured
 * here, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseWorkload, recommend, referenceWorkloadInput } from '~/model/index.ts';

/** Ten tiers, alternating the reference workload's web and database tiers. */
const tiers = Array.from({ length: 10 }, (_, i) => ({
	...(referenceWorkloadInput.tiers[i % 2] ?? {}),
	name: `tier-${i + 1}`,
}));
const parsed = parseWorkload({ ...referenceWorkloadInput, tiers });
if (!parsed.ok) throw new Error('invalid bench workload');
const workload = parsed.workload;

test('recommend() on a 10-tier workload', async ({ bench }) => {
	const result = await bench('recommend, 10 tiers', () => {
		recommend(workload);
	}).run();
	const median = result.latency.p50;
	expect(median).toBeGreaterThan(0);
	mkdirSync('bench/out', { recursive: true });
	writeFileSync(
		'bench/out/recommend-bench.json',
		JSON.stringify({ medianMs: median, samples: result.latency.samplesCount }, null, '\t'),
	);
});
