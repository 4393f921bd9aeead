import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { upgradeText, type Plan, type Workload } from '~/model/index.ts';
import { evaluateTiers, planFromEvaluations } from '~/model/engine/recommend.ts';
import { referenceWith, valid, webAfterDatabase, workloadArb } from './arbitraries.ts';

const withoutUpgrades = (w: Workload) =>
	planFromEvaluations(w, evaluateTiers(w), { upgradeForOrder: false });

/** The upgrades alone, without the schedule's own judgement (tested in scheduleChoice.test.ts). */
const upgradeOnly = (w: Workload) =>
	planFromEvaluations(w, evaluateTiers(w), { judgeInSchedule: false });

const lateInOrder = (plan: Plan) =>
	plan.tiers.filter((t) => t.meetsTargets && !t.meetsInOrder).length;

describe('upgrading tiers for dependency order', () => {
	it('buys a faster database when web, which waits for it, would be back too late', () => {
		// 65 min: with RTO and RPO judged by one rule (targetStatus.ts) the database's own choice
		// is faster than it was, and a 90 min web target no longer needs an upgrade.
		const w = webAfterDatabase(65);
		const before = withoutUpgrades(w);
		const plan = upgradeOnly(w);
		// On its own choice the database is slow enough that web misses its target in order.
		expect(before.status).toBe('none-meets');
		expect(before.tiers.find((t) => t.tier === 'web')?.meetsInOrder).toBe(false);
		const database = plan.tiers.find((t) => t.tier === 'database');
		const web = plan.tiers.find((t) => t.tier === 'web');
		expect(plan.status).toBe('meets');
		expect(web?.meetsInOrder).toBe(true);
		expect(database?.upgradedFor).toBeDefined();
		const upgrade = database?.upgradedFor;
		if (database === undefined || upgrade === undefined) return;
		// A faster option than its own choice, which it kept as an alternative.
		expect(database.recommended.rto.total.typical).toBeLessThan(upgrade.from.rto.total.typical);
		expect(upgrade.from.key).toBe(before.tiers.find((t) => t.tier === 'database')?.recommended.key);
		expect(database.alternatives.map((a) => a.key)).toContain(upgrade.from.key);
		expect(database.recommended.viable).toBe(true);
		expect(database.meetsTargets).toBe(true);
		// It costs more, and the sentence names web, its target and when it is back.
		expect(plan.cost.monthlyUsd).toBeGreaterThan(before.cost.monthlyUsd);
		expect(upgrade.extraUsd).toBeGreaterThan(0);
		expect(upgrade.for.map((d) => d.tier)).toEqual(['web']);
		expect(upgrade.for[0]?.meets).toBe(true);
		expect(upgrade.for[0]?.afterMinutes).toBe(web?.recoveredBy.typical);
		expect(upgradeText(upgrade)).toMatch(
			/^Upgraded from .+ for US\$.+ a month more, because web waits for this tier and must be back within 1 h 5 min: in dependency order web is back after about .+ instead of .+\.$/,
		);
		expect(plan.headline).toMatch(/^(Meets your targets|At risk).*faster option for .*database/);
		// When a slightly faster web start lets the database take a mid-priced option, both tiers
		// change, for less than the cheapest database option that would do it alone.
		const webUpgrade = web?.upgradedFor;
		if (webUpgrade !== undefined) expect(webUpgrade.for.map((d) => d.tier)).toEqual(['web']);
		if (webUpgrade !== undefined)
			expect(upgradeText(webUpgrade)).toContain(
				'because this tier serves only once the tiers it waits for are up and must be back within 1 h 30 min',
			);
		if (webUpgrade === undefined) return;
		const dearer = database.alternatives.filter(
			(a) => a.rto.total.typical < database.recommended.rto.total.typical,
		);
		expect(dearer.length).toBeGreaterThan(0);
		for (const a of dearer)
			expect(a.cost.monthlyUsd - upgrade.from.cost.monthlyUsd).toBeGreaterThan(
				plan.cost.monthlyUsd - before.cost.monthlyUsd,
			);
	});

	it('does not buy an upgrade the budget cannot pay for, and still names the late tier', () => {
		const unlimited = upgradeOnly(webAfterDatabase(65));
		const before = withoutUpgrades(webAfterDatabase(65));
		// A budget a dollar short of the upgrade of the database.
		expect(unlimited.tiers.filter((t) => t.upgradedFor !== undefined)).toHaveLength(1);
		const budgetUsd = Math.ceil(unlimited.cost.monthlyUsd) - 1;
		expect(budgetUsd).toBeGreaterThan(before.cost.monthlyUsd);
		expect(budgetUsd).toBeLessThan(unlimited.cost.monthlyUsd);
		const w = webAfterDatabase(65, undefined, { budgetUsd });
		const plan = upgradeOnly(w);
		expect(plan.cost.monthlyUsd).toBeLessThanOrEqual(budgetUsd);
		expect(plan.tiers.find((t) => t.tier === 'web')?.meetsInOrder).toBe(false);
	});

	it('changes nothing when no faster option helps, and still names the late tier', () => {
		// The database's own 70 min target leaves it only its fastest options; web's 60 min
		// target cannot be met after it.
		const w = webAfterDatabase(60, 70);
		const plan = upgradeOnly(w);
		expect(plan).toEqual(withoutUpgrades(w));
		expect(plan.tiers.every((t) => t.upgradedFor === undefined)).toBe(true);
		expect(plan.tiers.find((t) => t.tier === 'web')?.meetsInOrder).toBe(false);
		expect(plan.headline).toMatch(/^Each tier meets its targets on its own, .*web is back after/);
	});

	it('leaves a workload without dependencies as each tier chose', () => {
		const w = referenceWith({});
		expect(upgradeOnly(w)).toEqual(withoutUpgrades(w));
	});

	it('for any workload: never more tiers late in order, and only options the tier could have had', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				holdsForUpgrades(valid(input));
			}),
			{ numRuns: 150 },
		);
	});

	it('the same for web waiting for the database under any targets and budget (many upgrade)', () => {
		const targets = fc.record({
			webRto: fc.integer({ min: 15, max: 600 }),
			databaseRto: fc.option(fc.integer({ min: 15, max: 600 }), { nil: undefined }),
			rpoMinutes: fc.integer({ min: 5, max: 1440 }),
			budgetUsd: fc.option(fc.integer({ min: 50, max: 2000 }), { nil: undefined }),
		});
		let upgraded = 0;
		fc.assert(
			fc.property(targets, ({ webRto, databaseRto, rpoMinutes, budgetUsd }) => {
				const w = webAfterDatabase(webRto, databaseRto, {
					rpoMinutes,
					...(budgetUsd !== undefined ? { budgetUsd } : {}),
				});
				if (holdsForUpgrades(w)) upgraded += 1;
			}),
			{ numRuns: 150 },
		);
		// The generator reaches the upgrade, or this property would test nothing.
		expect(upgraded).toBeGreaterThan(0);
	});
});

/** Checks the upgrades against each tier's own choice; true when the plan upgraded a tier. */
function holdsForUpgrades(w: Workload): boolean {
	const before = withoutUpgrades(w);
	const plan = upgradeOnly(w);
	expect(lateInOrder(plan)).toBeLessThanOrEqual(lateInOrder(before));
	// Money buys a tier back in time, never only a smaller delay.
	if (plan.tiers.some((t) => t.upgradedFor !== undefined))
		expect(lateInOrder(plan)).toBeLessThan(lateInOrder(before));
	plan.tiers.forEach((t, i) => {
		const own = before.tiers[i];
		if (own === undefined) throw new Error('tier lost');
		if (t.upgradedFor === undefined) {
			expect(t.recommended.key).toBe(own.recommended.key);
			return;
		}
		// One of its acceptable options: meets its own targets and constraints, within budget.
		expect(own.meetsTargets && !own.overBudget).toBe(true);
		expect([own.recommended, ...own.alternatives].map((e) => e.key)).toContain(t.recommended.key);
		expect(t.recommended.viable).toBe(true);
		expect(t.meetsTargets).toBe(true);
		expect(t.recommended.rto.total.typical).toBeLessThan(own.recommended.rto.total.typical);
		expect(t.upgradedFor.from.key).toBe(own.recommended.key);
		// The search's own timing agrees with the plan's, before and after.
		for (const d of t.upgradedFor.for) {
			const j = plan.tiers.findIndex((x) => x.tier === d.tier);
			expect(d.afterMinutes).toBe(plan.tiers[j]?.recoveredBy.typical);
			expect(d.beforeMinutes).toBe(before.tiers[j]?.recoveredBy.typical);
			expect(d.meets).toBe(plan.tiers[j]?.meetsInOrder);
		}
	});
	// An upgrade never takes a plan within its budget over it.
	if (w.budgetUsd !== undefined && before.cost.monthlyUsd <= w.budgetUsd)
		expect(plan.cost.monthlyUsd).toBeLessThanOrEqual(w.budgetUsd);
	const any = plan.tiers.some((t) => t.upgradedFor !== undefined);
	if (!any) expect(plan).toEqual(before);
	else expect(plan.cost.monthlyUsd).toBeGreaterThan(before.cost.monthlyUsd);
	return any;
}
