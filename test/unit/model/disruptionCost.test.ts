import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	breakEvenPerYear,
	disruptionCost,
	disruptionLines,
	formatPerYear,
	parseWorkload,
	recommend,
	type WorkloadInput,
} from '~/model/index.ts';
import { numbers, shopWorkload, valid, workloadArb } from './arbitraries.ts';

const input: WorkloadInput = shopWorkload(240, 60);
const plan = () => {
	const r = parseWorkload(input);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return recommend(r.workload);
};

describe('breakEvenPerYear', () => {
	it('is the extra cost a year over the downtime cost the option saves per disruption', () => {
		// US$100 a month more, saving 30 min at US$12,000 an hour: 1,200 ÷ 6,000 = 0.2 a year.
		expect(breakEvenPerYear(100, 12_000, 30)).toBeCloseTo(0.2);
	});
	it('is 0 for an option that is not dearer, and undefined when nothing is saved', () => {
		expect(breakEvenPerYear(0, 1000, 10)).toBe(0);
		expect(breakEvenPerYear(-5, 1000, 10)).toBe(0);
		expect(breakEvenPerYear(50, 1000, 0)).toBeUndefined();
		expect(breakEvenPerYear(50, 0, 10)).toBeUndefined();
	});
	it('property: finite and positive when the option is dearer and saves time', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.01, max: 1e6, noNaN: true }),
				fc.double({ min: 0.01, max: 1e7, noNaN: true }),
				fc.double({ min: 1 / 60, max: 43_200, noNaN: true }),
				(extra, perHour, saved) => {
					const n = breakEvenPerYear(extra, perHour, saved);
					expect(n).toBeDefined();
					expect(Number.isFinite(n)).toBe(true);
					expect(n).toBeGreaterThan(0);
				},
			),
		);
	});
});

describe('disruptionCost', () => {
	it('prices a disruption as downtime cost × RTO, typical and high, for the plan and each option', () => {
		const p = plan();
		const d = disruptionCost(p, 6000);
		expect(d.disruptionCostUsd.typicalUsd).toBeCloseTo((6000 * p.rto.total.typical) / 60, 1);
		expect(d.disruptionCostUsd.highUsd).toBeCloseTo((6000 * p.rto.total.high) / 60, 1);
		for (const t of d.tiers) {
			const tier = p.tiers.find((x) => x.tier === t.tier)!;
			expect(t.recommended.key).toBe(tier.recommended.key);
			expect(t.options.length).toBe(1 + tier.alternatives.length + tier.rejected.length);
			for (const o of t.options)
				expect(o.disruptionCostUsd.typicalUsd).toBeCloseTo((6000 * o.rtoMinutes.typical) / 60, 1);
		}
	});

	it('gives each faster alternative the break-even from the plan RTO it saves', () => {
		const p = plan();
		const d = disruptionCost(p, 6000);
		const faster = d.tiers.flatMap((t) => t.fasterAlternatives);
		expect(faster.length).toBeGreaterThan(0);
		for (const a of faster) {
			expect(a.tierRtoSavedMinutes).toBeGreaterThan(0);
			expect(a.planRtoSavedMinutes).toBeLessThanOrEqual(a.tierRtoSavedMinutes + 0.01);
			// The break-even keeps four significant figures (207.9 a year, not 207.87).
			if (a.breakEvenPerYear !== undefined && a.extraMonthlyUsd > 0)
				expect(
					a.breakEvenPerYear / ((a.extraMonthlyUsd * 12) / ((6000 * a.planRtoSavedMinutes) / 60)),
				).toBeCloseTo(1, 3);
			else if (a.extraMonthlyUsd > 0) expect(a.planRtoSavedMinutes).toBe(0);
		}
	});

	it('with the reader’s frequency, says what each option saves or costs a year, net', () => {
		const d = disruptionCost(plan(), 6000, 0.5);
		expect(d.expectedUsdPerYear).toBeCloseTo(d.disruptionCostUsd.typicalUsd * 0.5, 1);
		for (const a of d.tiers.flatMap((t) => t.fasterAlternatives))
			expect(a.netUsdPerYear).toBeCloseTo(
				(0.5 * 6000 * a.planRtoSavedMinutes) / 60 - a.extraMonthlyUsd * 12,
				0,
			);
		expect(disruptionLines(d).join('\n')).toMatch(/At your 0\.5 disruptions a year: about US\$/);
	});

	it('reads as sentences: cost of a disruption, then a break-even per faster option', () => {
		const lines = disruptionLines(disruptionCost(plan(), 6000));
		expect(lines[0]).toMatch(/^A regional disruption costs about US\$[\d,]+ at the typical RTO/);
		expect(lines.slice(1).every((l) => /^(app|sql): /.test(l))).toBe(true);
	});

	it('formats break-even frequencies as a reader says them', () => {
		expect(formatPerYear(0)).toBe('any number of disruptions');
		expect(formatPerYear(0.25)).toBe('1 disruption every 4 years');
		expect(formatPerYear(2.5)).toBe('2.5 disruptions a year');
	});

	it('property: every figure is finite and not negative except net savings', () => {
		fc.assert(
			fc.property(
				workloadArb,
				fc.double({ min: 0, max: 10_000_000, noNaN: true }),
				(w, perHour) => {
					const d = disruptionCost(recommend(valid(w)), perHour, 1);
					for (const [path, n] of numbers(d)) {
						expect(Number.isFinite(n), path).toBe(true);
						if (!/netUsdPerYear|extraMonthlyUsd/.test(path))
							expect(n, path).toBeGreaterThanOrEqual(0);
					}
				},
			),
			{ numRuns: 40 },
		);
	}, 30_000);
});

describe('the workload’s downtime cost in the plan', () => {
	it('adds plan.disruption only when the workload gives a downtime cost', () => {
		expect(plan().disruption).toBeUndefined();
		const r = parseWorkload({ ...input, downtimeCostPerHourUsd: 6000, disruptionsPerYear: 0.2 });
		if (!r.ok) throw new Error(JSON.stringify(r.issues));
		const p = recommend(r.workload);
		expect(p.disruption).toEqual(disruptionCost(p, 6000, 0.2));
	});

	it('names the field and its range when the downtime cost or the frequency is out of range', () => {
		const r = parseWorkload({ ...input, downtimeCostPerHourUsd: -1, disruptionsPerYear: 1000 });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues).toEqual([
			{
				field: 'downtimeCostPerHourUsd',
				message: 'must be a number from 0 to 10,000,000 (US$ an hour)',
			},
			{
				field: 'disruptionsPerYear',
				message: 'must be a number from 0 to 100 (disruptions a year)',
			},
		]);
	});
});
