import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	formatDecimal,
	formatMinutes,
	formatMinutesApart,
	formatMinutesExact,
	formatTarget,
	parseWorkload,
	recommend,
	referenceWorkloadInput,
} from '~/model/index.ts';

describe('formatDecimal', () => {
	it('reads in US English with the digits asked for, rounding half away from zero', () => {
		expect(formatDecimal(1234.5678, 1)).toBe('1,234.6');
		expect(formatDecimal(0.95, 1)).toBe('1');
		expect(formatDecimal(-0.04, 1)).toBe('-0');
		expect(formatDecimal(9.995, 2)).toBe('10');
		expect(formatDecimal(0.5, 2, 2)).toBe('0.50');
		expect(formatDecimal(2.675, 2)).toBe('2.68');
		expect(formatDecimal(1e21, 0)).toBe('1,000,000,000,000,000,000,000');
	});
});

describe('durations to the second', () => {
	it('read exactly', () => {
		expect(formatMinutesExact(15 + 4 / 60)).toBe('15 min 4 s');
		expect(formatMinutesExact(120.3)).toBe('2 h 0 min 18 s');
		expect(formatMinutesExact(0.5)).toBe('30 s');
		expect(formatMinutesExact(Infinity)).toBe('unbounded');
	});

	it('two different durations never read the same', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 43_200 * 60 }),
				fc.integer({ min: 1, max: 600 }),
				(seconds, extra) => {
					const [a, b] = formatMinutesApart((seconds + extra) / 60, seconds / 60);
					expect(a).not.toBe(b);
				},
			),
		);
		expect(formatMinutesApart(90, 60)).toEqual([formatMinutes(90), formatMinutes(60)]);
	});

	it('a target missed by seconds says so without contradicting itself', () => {
		// Example b: disk copies reach an RPO a few seconds over its 15-minute target.
		const b = JSON.parse(
			readFileSync(new URL('../../../examples/b-sql-vm-app-tier.json', import.meta.url), 'utf8'),
		) as unknown;
		const plans = [
			b,
			...[5, 10, 15, 30, 60].map((rpo) => ({ ...referenceWorkloadInput, rpoMinutes: rpo })),
		].map((input) => {
			const parsed = parseWorkload(input);
			if (!parsed.ok) throw new Error('invalid');
			return recommend(parsed.workload);
		});
		const reasons = plans.flatMap((p) =>
			p.tiers.flatMap((t) => t.rejected.flatMap((r) => r.rejections.map((x) => x.reason))),
		);
		for (const reason of reasons) {
			const m = /^Typical \w+ of (.+) misses your (.+) target by/.exec(reason);
			if (m !== null) expect(m[1], reason).not.toBe(m[2]);
		}
	});
});

describe('formatTarget', () => {
	it('shows a target as typed: whole minutes as usual, fractions to the second', () => {
		expect(formatTarget(60)).toBe('1 h');
		expect(formatTarget(2.5)).toBe('2 min 30 s');
		expect(formatTarget(0.1)).toBe('6 s');
	});
});
