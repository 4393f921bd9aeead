import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	comparePatterns,
	dominates,
	recommend,
	referenceWorkload,
	type ComparedOption,
} from '~/model/index.ts';
import { numbers, valid, workloadArb } from './arbitraries.ts';

const RUNS = 100;

const figures = (rto: number, rpo: number, cost: number, blocked = false) => ({
	rto: { low: rto, typical: rto, high: rto },
	rpo: { low: rpo, typical: rpo, high: rpo },
	monthlyUsd: cost,
	blockers: blocked ? [{ kind: 'retired' as const, reason: 'Retired.' }] : [],
});

describe('dominates', () => {
	it('needs no worse on all three and better on one', () => {
		expect(dominates(figures(60, 5, 10), figures(60, 5, 20))).toBe(true);
		expect(dominates(figures(60, 5, 10), figures(90, 15, 10))).toBe(true);
		expect(dominates(figures(60, 5, 10), figures(60, 5, 10))).toBe(false);
		expect(dominates(figures(60, 5, 30), figures(90, 15, 10))).toBe(false);
	});

	it('never lets an option ruled out by a hard constraint dominate', () => {
		expect(dominates(figures(1, 0, 0, true), figures(60, 5, 10))).toBe(false);
		expect(dominates(figures(1, 0, 0), figures(60, 5, 10, true))).toBe(true);
	});
});

describe('comparePatterns, for the reference workload (hand-checked)', () => {
	const comparison = comparePatterns(referenceWorkload);
	const plan = recommend(referenceWorkload);
	const tier = (name: string) => comparison.tiers.find((t) => t.tier === name);
	const byKey = (options: readonly ComparedOption[], key: string) =>
		options.find((o) => o.key === key);

	it('lists every candidate the plan evaluated, in the plan order, choice first', () => {
		expect(comparison.tiers.map((t) => t.tier)).toEqual(['web', 'database']);
		for (const [i, t] of comparison.tiers.entries()) {
			const p = plan.tiers[i]!;
			expect(t.options.map((o) => o.key)).toEqual([
				p.recommended.key,
				...p.alternatives.map((a) => a.key),
				...p.rejected.filter((r) => r.key !== p.recommended.key).map((r) => r.key),
			]);
			expect(t.options[0]?.recommended).toBe(true);
			expect(t.options.filter((o) => o.recommended)).toHaveLength(1);
		}
	});

	it('marks the slower, dearer, staler options as dominated, and not the retired ones as dominators', () => {
		const web = tier('web')!.options;
		// Cold scale-set rebuild: cheapest, RPO 0; the standby pool is dearer but faster, so
		// neither dominates the other.
		expect(byKey(web, 'scale-set-rebuild/cold')?.dominatedBy).toBeUndefined();
		expect(byKey(web, 'scale-set-rebuild/standby-pool')?.dominatedBy).toBeUndefined();
		// Captured images: same RTO and RPO as disk copy, but dearer.
		expect(byKey(web, 'captured-image')?.dominatedBy).toBe('disk-copy');
		// Site Recovery 2016 is retired: it is ruled out, so it dominates nothing even though
		// its figures are the best.
		const retired = byKey(web, 'site-recovery-2016')!;
		expect(retired.meetsTargets).toBe(false);
		expect(retired.blockers.map((b) => b.kind)).toEqual(['retired']);
		expect(web.some((o) => o.dominatedBy === 'site-recovery-2016')).toBe(false);

		const db = tier('database')!.options;
		const backup = byKey(db, 'azure-backup')!;
		expect(backup.meetsTargets).toBe(false);
		expect(backup.missed).toEqual(['rpo']);
		expect(backup.blockers).toEqual([]);
		// Two replica variants with identical figures: equal is not dominance.
		const full = byKey(db, 'app-replication/full')!;
		const one = byKey(db, 'app-replication/one-replica')!;
		expect([full.rto.typical, full.rpo.typical, full.monthlyUsd]).toEqual([
			one.rto.typical,
			one.rpo.typical,
			one.monthlyUsd,
		]);
		expect(full.dominatedBy).toBeUndefined();
		expect(one.dominatedBy).toBeUndefined();
	});

	it('carries the plan targets and agrees with the plan figures', () => {
		expect(comparison.targets).toEqual({ rtoMinutes: 240, rpoMinutes: 60 });
		for (const [i, t] of comparison.tiers.entries()) {
			const r = plan.tiers[i]!.recommended;
			const o = t.options[0]!;
			expect([o.rto, o.rpo, o.monthlyUsd]).toEqual([r.rto.total, r.rpo.minutes, r.cost.monthlyUsd]);
		}
	});
});

describe('comparePatterns, for any valid workload', () => {
	it('dominance is irreflexive and asymmetric, and names an option of the same tier', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				for (const t of comparePatterns(valid(input)).tiers) {
					for (const a of t.options) {
						expect(dominates(a, a)).toBe(false);
						for (const b of t.options) if (dominates(a, b)) expect(dominates(b, a)).toBe(false);
						if (a.dominatedBy !== undefined) {
							expect(a.dominatedBy).not.toBe(a.key);
							const by = t.options.find((o) => o.key === a.dominatedBy);
							expect(by).toBeDefined();
							expect(dominates(by!, a)).toBe(true);
						} else {
							expect(t.options.some((o) => dominates(o, a))).toBe(false);
						}
					}
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it('leaves at least one option undominated in every tier, and never the plan choice', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				for (const t of comparePatterns(valid(input)).tiers) {
					expect(t.options.length).toBeGreaterThan(0);
					expect(t.options.some((o) => o.dominatedBy === undefined)).toBe(true);
					expect(t.options.find((o) => o.recommended)?.dominatedBy).toBeUndefined();
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it('meets flags match the plan ranking: the options that meet come first, in plan order', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const w = valid(input);
				const plan = recommend(w);
				comparePatterns(w).tiers.forEach((t, i) => {
					const p = plan.tiers[i]!;
					const meeting = t.options.filter((o) => o.meetsTargets).map((o) => o.key);
					const viable = p.meetsTargets && !p.overBudget ? [p.recommended, ...p.alternatives] : [];
					expect(meeting).toEqual(viable.map((e) => e.key));
					expect(t.options.slice(0, meeting.length).every((o) => o.meetsTargets)).toBe(true);
					expect(t.meetsTargets).toBe(p.meetsTargets);
					for (const o of t.options) {
						expect(o.meetsTargets).toBe(o.missed.length === 0 && o.blockers.length === 0);
						const targets = o.evaluation.targets;
						expect(o.missed.includes('rpo')).toBe(o.rpo.typical > targets.rpoMinutes);
						expect(o.missed.includes('rto')).toBe(o.rto.typical > targets.rtoMinutes);
					}
				});
			}),
			{ numRuns: RUNS },
		);
	});

	it('never yields NaN or Infinity', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const c = comparePatterns(valid(input));
				for (const [path, n] of numbers({ targets: c.targets, tiers: c.tiers }))
					expect(Number.isFinite(n), path).toBe(true);
			}),
			{ numRuns: RUNS },
		);
	});
});
