import { describe, expect, it } from 'vitest';
import { RANGES, rangeText, referenceWorkloadInput } from '~/model/index.ts';
import { readWorkloadForm } from '~/components/widgets/workloadForm.ts';

describe('reading a workload form', () => {
	it('reports unreadable and out-of-range fields together, each against its field', () => {
		const read = readWorkloadForm(
			[
				['rtoMinutes', ''],
				['tiers.0.vmCount', '-3'],
			],
			referenceWorkloadInput,
			[],
			['rtoMinutes'],
		);
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.issues.map((i) => i.field)).toEqual(['rtoMinutes', 'tiers.0.vmCount']);
		expect(read.issues[0]?.message).toMatch(/not a number/);
		expect(read.issues[1]?.message).toBe(`must be ${rangeText(RANGES.vmCount)}`);
	});
});
