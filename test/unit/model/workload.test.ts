import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkload, referenceWorkloadInput } from '~/model/index.ts';

const bad = (patch: Record<string, unknown>) => {
	const r = parseWorkload({ ...referenceWorkloadInput, ...patch });
	if (r.ok) throw new Error('expected a rejection');
	return r.issues;
};
const tier = (patch: Record<string, unknown>) => ({
	tiers: [{ ...referenceWorkloadInput.tiers[0], ...patch }],
});

describe('parseWorkload', () => {
	it('accepts the reference workload and fills defaults', () => {
		const r = parseWorkload(referenceWorkloadInput);
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.workload.routing.ttlSeconds).toBe(300);
	});

	it.each([
		['negative', -1],
		['NaN', Number.NaN],
		['Infinity', Number.POSITIVE_INFINITY],
		['a string', '2'],
		['absurdly large', 1e12],
		['fractional', 1.5],
	])('rejects a VM count that is %s, naming the field and the range', (_what, value) => {
		expect(bad(tier({ vmCount: value }))).toEqual([
			{ field: 'tiers.0.vmCount', message: 'must be a whole number from 1 to 1,000 (VMs)' },
		]);
	});

	it('says a missing target is required, with its range', () => {
		const input: Record<string, unknown> = { ...referenceWorkloadInput };
		delete input['rtoMinutes'];
		const r = parseWorkload(input);
		expect(r.ok ? [] : r.issues).toEqual([
			{ field: 'rtoMinutes', message: 'is required: a number from 1 to 43,200 (minutes)' },
		]);
	});

	it('names unknown fields', () => {
		expect(bad({ rtoMinute: 5 })).toEqual([
			{ field: 'rtoMinute', message: 'is not a known field; remove it or check its spelling' },
		]);
	});

	it('checks combinations', () => {
		expect(bad(tier({ data: 'paas' }))[0]?.field).toBe('tiers.0.data');
		expect(bad({ sourceHasPair: false, targetRegion: 'pair' })[0]?.field).toBe('targetRegion');
		expect(
			bad({ tiers: [referenceWorkloadInput.tiers[0], referenceWorkloadInput.tiers[0]] })[0],
		).toEqual({ field: 'tiers.1.name', message: 'must be unique; "web" is used twice' });
	});

	it('never throws, whatever it is given', () => {
		fc.assert(
			fc.property(fc.anything(), (input) => {
				const r = parseWorkload(input);
				if (!r.ok) for (const i of r.issues) expect(i.message.length).toBeGreaterThan(0);
			}),
			{ numRuns: 300 },
		);
	});
});
