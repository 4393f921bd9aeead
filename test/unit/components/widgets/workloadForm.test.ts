import { describe, expect, it } from 'vitest';
import { RANGES, rangeText, referenceWorkloadInput } from '~/model/index.ts';
import { convertField, readWorkloadForm } from '~/components/widgets/workloadForm.ts';

const rto = rangeText(RANGES.rtoMinutes);

describe('reading a workload form', () => {
	it('names the accepted range for empty, non-number and unreadable numbers', () => {
		expect(convertField('rtoMinutes', '')).toEqual({ issue: `is required: ${rto}` });
		expect(convertField('rtoMinutes', 'abc').issue).toBe(`must be ${rto}; “abc” is not a number`);
		expect(convertField('rtoMinutes', '1e400').issue).toMatch(/is not a number$/);
		// The browser reports "" for text it cannot read (validity.badInput): not "required".
		expect(convertField('rtoMinutes', '', true).issue).toBe(
			`must be ${rto}; what was typed is not a number this form can read`,
		);
		expect(convertField('rtoMinutes', '30', true)).toEqual({ value: 30 });
		expect(convertField('budgetUsd', '')).toEqual({});
	});

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
