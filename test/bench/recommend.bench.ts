import { bench } from 'vitest';
import { parseWorkload, recommend, referenceWorkloadInput } from '~/model/index.ts';

const tiers = Array.from({ length: 10 }, (_, i) => ({
	...(referenceWorkloadInput.tiers[i % 2] ?? {}),
	name: `tier-${i + 1}`,
}));
const parsed = parseWorkload({ ...referenceWorkloadInput, tiers });
if (!parsed.ok) throw new Error('invalid bench workload');
const workload = parsed.workload;

bench('recommend, 10-tier workload', () => {
	recommend(workload);
});
