import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { FIXED_PROPERTY_SEED, propertySeedFrom } from '../../support/propertySeed.ts';

describe('the fast-check seed of a test run', () => {
	it('is fixed unless FC_SEED asks for a random one or names one', () => {
		expect(propertySeedFrom(undefined)).toBe(FIXED_PROPERTY_SEED);
		expect(propertySeedFrom('')).toBe(FIXED_PROPERTY_SEED);
		expect(propertySeedFrom('random', () => 42)).toBe(42);
		expect(propertySeedFrom('-1931048334')).toBe(-1_931_048_334);
		expect(() => propertySeedFrom('often')).toThrow(
			/FC_SEED must be empty, "random" or an integer/,
		);
	});

	it('reaches every property of this file through fast-check’s global settings', () => {
		expect(fc.readConfigureGlobal().seed).toBe(inject('propertySeed'));
		// Two runs of one property on the global seed draw the same values.
		const draw = () => fc.sample(fc.integer(), { numRuns: 5 });
		expect(draw()).toEqual(draw());
	});
});
