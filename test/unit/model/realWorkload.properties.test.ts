/** Properties of the real-workload fields: dependencies, standby size, targets, automation, budget. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateName, evaluateCandidate, recommend, type Workload } from '~/model/index.ts';
import { candidatesFor } from '~/model/engine/candidates.ts';
import { evaluateTiers, planFromEvaluations } from '~/model/engine/recommend.ts';
import { numbers, valid, workloadArb } from './arbitraries.ts';

const RUNS = 60;

/** The same workload with one tier changed. */
function withTier(w: Workload, i: number, change: Partial<Workload['tiers'][number]>): Workload {
	return { ...w, tiers: w.tiers.map((t, j) => (j === i ? { ...t, ...change } : t)) };
}

const pick = fc.nat();

/** The plan with each tier's own choice, before any upgrade for dependency order. */
const ownChoices = (w: Workload) =>
	planFromEvaluations(w, evaluateTiers(w), { upgradeForOrder: false });

describe('a real workload, for any valid input', () => {
	it('adding a dependency never shortens the end-to-end RTO', () => {
		fc.assert(
			fc.property(workloadArb, pick, pick, (input, a, b) => {
				const w = valid(input);
				if (w.tiers.length < 2) return;
				const later = 1 + (a % (w.tiers.length - 1));
				const earlier = b % later;
				const tier = w.tiers[later]!;
				const dep = w.tiers[earlier]!.name;
				if ((tier.dependsOn ?? []).includes(dep)) return;
				const more = withTier(w, later, { dependsOn: [...(tier.dependsOn ?? []), dep] });
				// With each tier's own choice: a dependency may now lead the plan to buy a faster
				// option (upgradeForOrder.ts), which is allowed to shorten the total.
				const before = ownChoices(w).rto.total;
				const after = ownChoices(more).rto.total;
				expect(after.typical).toBeGreaterThanOrEqual(before.typical);
				expect(after.high).toBeGreaterThanOrEqual(before.high);
			}),
			{ numRuns: RUNS },
		);
	});

	it('a larger drCapacityPercent never lowers any option’s cost', () => {
		fc.assert(
			fc.property(workloadArb, pick, fc.integer({ min: 1, max: 100 }), (input, i, more) => {
				const w = valid(input);
				const at = i % w.tiers.length;
				const tier = w.tiers[at]!;
				if (more <= tier.drCapacityPercent) return;
				const bigger = withTier(w, at, { drCapacityPercent: more });
				for (const c of candidatesFor(tier)) {
					const a = evaluateCandidate(w, tier, c).cost;
					const b = evaluateCandidate(bigger, bigger.tiers[at]!, c).cost;
					expect(b.monthlyUsd, candidateName(c)).toBeGreaterThanOrEqual(a.monthlyUsd);
					expect(b.failedOverDayUsd, candidateName(c)).toBeGreaterThanOrEqual(a.failedOverDayUsd);
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it('a tighter per-tier target never makes that tier cheaper, while something meets it', () => {
		fc.assert(
			fc.property(
				workloadArb,
				pick,
				fc.double({ min: 0.1, max: 0.9, noNaN: true }),
				(input, i, f) => {
					const w = valid(input);
					const at = i % w.tiers.length;
					const t = w.tiers[at]!;
					const loose = recommend(w).tiers[at]!;
					const targets = loose.recommended.targets;
					const tight = withTier(w, at, {
						rtoMinutes: Math.max(1, targets.rtoMinutes * f),
						rpoMinutes: targets.rpoMinutes * f,
					});
					const tighter = recommend(tight).tiers[at]!;
					if (!tighter.meetsTargets || !loose.meetsTargets || tighter.overBudget) return;
					expect(t.name).toBe(tighter.tier);
					expect(tighter.recommended.cost.monthlyUsd).toBeGreaterThanOrEqual(
						loose.recommended.cost.monthlyUsd,
					);
				},
			),
			{ numRuns: RUNS },
		);
	});

	it('automation never lengthens any option’s RTO', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const w = valid(input);
				const people: Workload = { ...w, operations: { ...w.operations, trigger: 'people' } };
				const auto: Workload = { ...w, operations: { ...w.operations, trigger: 'automation' } };
				for (const tier of w.tiers) {
					for (const c of candidatesFor(tier)) {
						const a = evaluateCandidate(people, tier, c).rto.total;
						const b = evaluateCandidate(auto, tier, c).rto.total;
						expect(b.typical).toBeLessThanOrEqual(a.typical);
						expect(b.low).toBeLessThanOrEqual(a.low);
						expect(b.high).toBeLessThanOrEqual(a.high);
					}
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it('a budget never changes a plan that fits within it', () => {
		fc.assert(
			fc.property(workloadArb, fc.double({ min: 0, max: 10, noNaN: true }), (input, extra) => {
				const rest = { ...valid(input) };
				delete rest.budgetUsd;
				const free = recommend(rest);
				// Plans that meet and plans where nothing meets alike: the nearest plan is the cheapest
				// among those with the best end-to-end result, searched without the budget first.
				const budget = free.cost.monthlyUsd + extra;
				const limited = recommend({ ...rest, budgetUsd: budget });
				expect(limited.tiers.map((t) => t.recommended.key)).toEqual(
					free.tiers.map((t) => t.recommended.key),
				);
				expect(limited.cost.monthlyUsd).toBe(free.cost.monthlyUsd);
				if (free.status === 'meets') expect(limited.status).toBe('meets');
			}),
			{ numRuns: RUNS },
		);
	});

	it('an option over the budget is not viable and says by how much', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const plan = recommend(valid(input));
				for (const t of plan.tiers)
					for (const e of [t.recommended, ...t.alternatives, ...t.rejected]) {
						const budget = e.rejections.find((r) => r.kind === 'budget');
						if (budget === undefined) continue;
						expect(e.viable).toBe(false);
						expect(budget.byUsd).toBeGreaterThan(0);
						expect(budget.reason).toMatch(/over your budget/);
					}
				for (const [path, n] of numbers(plan)) expect(Number.isFinite(n), path).toBe(true);
			}),
			{ numRuns: RUNS },
		);
	});
});
