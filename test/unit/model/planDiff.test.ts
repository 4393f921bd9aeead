import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	diffPlans,
	parseWorkload,
	planDiffText,
	recommend,
	relativeChange,
	SAME_PLANS_MESSAGE,
	type WorkloadInput,
} from '~/model/index.ts';
import { shopWorkload, valid, workloadArb } from './arbitraries.ts';

const base: WorkloadInput = shopWorkload(120, 15);
const plan = (input: WorkloadInput) => {
	const r = parseWorkload(input);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return recommend(r.workload);
};

describe('relativeChange', () => {
	it('is the change over the larger of the two, from 0 to 1', () => {
		expect(relativeChange(100, 150)).toBeCloseTo(50 / 150);
		expect(relativeChange(150, 100)).toBeCloseTo(50 / 150);
		expect(relativeChange(0, 0)).toBe(0);
		expect(relativeChange(0, 7)).toBe(1);
	});
});

describe('diffPlans', () => {
	it('finds nothing between a plan and itself, and says so', () => {
		const a = plan(base);
		const d = diffPlans(a, plan(base));
		expect(d).toMatchObject({ same: true, tiers: [], trapsAdded: [], trapsRemoved: [] });
		expect(planDiffText(d)).toBe(SAME_PLANS_MESSAGE);
	});

	it('names the pattern, RPO, cost and trap changes of a tier whose RPO target tightened', () => {
		const a = plan(base);
		const b = plan({ ...base, rpoMinutes: 1 });
		const d = diffPlans(a, b);
		expect(d.same).toBe(false);
		const sql = d.tiers.find((t) => t.tier === 'sql');
		const [before, after] = [a, b].map((p) => p.tiers.find((t) => t.tier === 'sql')!.recommended);
		expect(sql?.pattern).toEqual({
			from: { key: before!.key, name: before!.name },
			to: { key: after!.key, name: after!.name },
		});
		expect(sql?.rpoMinutes).toEqual({
			from: before!.rpo.minutes.typical,
			to: after!.rpo.minutes.typical,
		});
		expect(sql?.monthlyUsd).toEqual({ from: before!.cost.monthlyUsd, to: after!.cost.monthlyUsd });
		// Site Recovery's retention trap goes with Site Recovery.
		expect(before!.patternId).toBe('site-recovery-a2a');
		expect(sql?.trapsRemoved.some((t) => t.includes('recovery points'))).toBe(true);
		expect(d.monthlyUsd).toEqual({ from: a.cost.monthlyUsd, to: b.cost.monthlyUsd });
	});

	it('lists the largest change first, by relative change of cost, RTO or RPO', () => {
		const a = plan(base);
		const b = plan({
			...base,
			tiers: [
				{ ...base.tiers[0]!, vmCount: 30 },
				{ ...base.tiers[1]!, vmCount: 3 },
			],
		});
		const d = diffPlans(a, b);
		expect(d.tiers.map((t) => t.tier).sort()).toEqual(['app', 'sql']);
		for (const t of d.tiers) {
			const [x, y] = [a, b].map((p) => p.tiers.find((u) => u.tier === t.tier)!.recommended);
			expect(t.size).toBeCloseTo(
				Math.max(
					relativeChange(x!.cost.monthlyUsd, y!.cost.monthlyUsd),
					relativeChange(x!.rto.total.typical, y!.rto.total.typical),
					relativeChange(x!.rpo.minutes.typical, y!.rpo.minutes.typical),
				),
			);
		}
		expect(d.tiers[0]!.size).toBeGreaterThan(d.tiers[1]!.size);
	});

	it('counts an added or removed tier as the largest change', () => {
		const b = plan({
			...base,
			tiers: [base.tiers[1]!, { ...base.tiers[0]!, name: 'web', vmCount: 1 }],
		});
		const d = diffPlans(plan(base), b);
		expect(d.tiers.slice(0, 2).map((t) => [t.tier, t.change, t.size])).toEqual([
			['app', 'removed', 1],
			['web', 'added', 1],
		]);
		expect(planDiffText(d)).toMatch(/Tier web \(change 100%\):\n {2}New tier, planned with /);
	});

	it('property: a plan diffed with itself is empty', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const w = valid(input);
				const d = diffPlans(recommend(w), recommend(w));
				expect(d.same).toBe(true);
				expect(d.tiers).toEqual([]);
			}),
			{ numRuns: 40 },
		);
	}, 30_000);

	it('property: every tier size is from 0 to 1, sorted largest first, and the diff is not same when a figure moved', () => {
		fc.assert(
			fc.property(workloadArb, workloadArb, (x, y) => {
				const [a, b] = [recommend(valid(x)), recommend(valid(y))];
				const d = diffPlans(a, b);
				for (const t of d.tiers) expect(t.size >= 0 && t.size <= 1).toBe(true);
				const sizes = d.tiers.map((t) => t.size);
				expect(sizes).toEqual([...sizes].sort((p, q) => q - p));
				if (a.cost.monthlyUsd !== b.cost.monthlyUsd) expect(d.same).toBe(false);
			}),
			{ numRuns: 30 },
		);
	}, 30_000);
});
