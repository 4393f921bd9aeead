import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	judgeTarget,
	planAtAGlance,
	recommend,
	targetStatus,
	targetStatusText,
	type Evaluation,
	type Plan,
	type Workload,
} from '~/model/index.ts';
import { hardRejections } from '~/model/engine/targetStatus.ts';
import { evaluateTiers, planFromEvaluations } from '~/model/engine/recommend.ts';
import { compareScores, scheduleScore } from '~/model/engine/scheduleChoice.ts';
import { referenceWith, valid, workloadArb } from './arbitraries.ts';

const range = (low: number, typical: number, high: number) => ({ low, typical, high });

describe('one rule for both targets', () => {
	it('judges the issue’s cases: a 2 to 7 min range against 5 min, a 30 s lag against 30 s', () => {
		// RTO: typical 5 within, worst 7 beyond: at risk, not "meets".
		expect(targetStatus(range(2, 5, 7), 5)).toBe('at-risk');
		// RPO: a typical lag of 30 s against a 30 s target is within; only the worst is beyond.
		expect(targetStatus(range(0.25, 0.5, 5), 0.5)).toBe('at-risk');
		// 29 min with a range up to 1 h 2 min against 30 min: at risk, with its margins.
		const j = judgeTarget(range(15, 29, 62), 30);
		expect(j).toMatchObject({ status: 'at-risk', marginMinutes: 1, worstMarginMinutes: -32 });
		expect(targetStatusText('RTO', j)).toBe(
			'RTO at risk: typical 29 min within the 30 min target, worst 1 h 2 min (32 min beyond)',
		);
		expect(targetStatus(range(1, 2, 3), 3)).toBe('met');
		expect(targetStatus(range(1, 4, 5), 3)).toBe('missed');
	});

	it('for any range and target: met iff the worst is within, missed iff the typical is beyond', () => {
		fc.assert(
			fc.property(
				fc.tuple(fc.nat(5000), fc.nat(5000), fc.nat(5000)).map((xs) => xs.sort((a, b) => a - b)),
				fc.integer({ min: 1, max: 6000 }),
				([low, typical, high], target) => {
					const s = targetStatus(range(low, typical, high), target);
					expect(s === 'met').toBe(high <= target);
					expect(s === 'missed').toBe(typical > target);
				},
			),
		);
	});

	it('every option’s RTO and RPO follow the same rule from its own ranges', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const plan = recommend(valid(input));
				for (const t of plan.tiers)
					for (const e of [t.recommended, ...t.alternatives, ...t.rejected]) {
						const rto = targetStatus(e.rto.total, e.targets.rtoMinutes);
						const rpo = targetStatus(e.rpo.minutes, e.targets.rpoMinutes);
						// An option a rule rules out is missed on both, whatever its ranges say.
						const out = hardRejections(e.rejections).length > 0;
						expect(e.targetStatus.rto.status).toBe(out ? 'missed' : rto);
						expect(e.targetStatus.rpo.status).toBe(out ? 'missed' : rpo);
						expect(e.targetStatus.rto.ruledOut !== undefined).toBe(out);
						expect(e.meetsRto).toBe(rto !== 'missed');
						expect(e.meetsRpo).toBe(rpo !== 'missed');
					}
				// The plan's status is its worst tier's, for each target.
				const rank = { met: 0, 'at-risk': 1, missed: 2 } as const;
				const worst = (k: 'rto' | 'rpo') =>
					Math.max(...plan.tiers.map((t) => rank[t.targetStatus[k].status]));
				expect(rank[plan.targetStatus.rto.status]).toBe(worst('rto'));
				expect(rank[plan.targetStatus.rpo.status]).toBe(worst('rpo'));
			}),
			{ numRuns: 60 },
		);
	});

	it('gives the wizard one row per target for the plan and each tier, with words for each', () => {
		const plan = recommend(referenceWith({}));
		const rows = planAtAGlance(plan);
		expect(rows).toHaveLength(2 + 2 * plan.tiers.length);
		expect(rows[0]?.scope).toBe('plan');
		for (const r of rows) expect(r.text).toMatch(/^(RTO|RPO) (met|at risk|missed)/);
	});
});

/** The plan with exactly this choice of options, one per tier, and nothing else to pick from. */
function planWith(
	w: Workload,
	evaluations: readonly (readonly Evaluation[])[],
	choice: Evaluation[],
) {
	return planFromEvaluations(
		w,
		evaluations.map((_, i) => [choice[i] as Evaluation]),
		{ upgradeForOrder: false },
	);
}

/** Options the plan could have taken for a tier: alternatives, or the nearest when none meets. */
function othersFor(t: Plan['tiers'][number]): Evaluation[] {
	if (t.overBudget) return [];
	if (t.meetsTargets) return t.alternatives;
	return t.rejected.filter((e) => e.rejections.every((r) => r.kind === 'rto' || r.kind === 'rpo'));
}

describe('schedules decide', () => {
	it('for any workload: no other option for a tier gives a better plan, nor the same for less', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const w = valid(input);
				const evaluations = evaluateTiers(w);
				const plan = recommend(w);
				const choice = plan.tiers.map((t) => t.recommended);
				const score = scheduleScore(
					choice,
					plan.tiers.map((t) => t.recoveredBy),
				);
				plan.tiers.forEach((t, i) => {
					for (const option of othersFor(t).slice(0, 6)) {
						const trial = choice.map((e, j) => (j === i ? option : e));
						const cost = trial.reduce((sum, e) => sum + e.cost.monthlyUsd, 0);
						if (w.budgetUsd !== undefined && cost > w.budgetUsd + 0.005) continue;
						const other = planWith(w, evaluations, trial);
						const otherScore = scheduleScore(
							trial,
							other.tiers.map((x) => x.recoveredBy),
						);
						const better = compareScores(otherScore, score);
						expect(
							better,
							`${t.tier}: ${option.key} beats ${t.recommended.key}`,
						).toBeGreaterThanOrEqual(0);
						if (better === 0)
							expect(option.cost.monthlyUsd).toBeGreaterThanOrEqual(t.recommended.cost.monthlyUsd);
					}
				});
			}),
			{ numRuns: 40 },
		);
	});

	it('does not pay for active/active on a tier that the shared decision makes late anyway', () => {
		// The reference workload's web tier: active/active is met on its own (no people), but the
		// database's option needs a decision to fail over, which web waits for in the plan.
		const w = referenceWith({});
		const plan = recommend(w);
		const web = plan.tiers.find((t) => t.tier === 'web');
		expect(web?.recommended.key).not.toMatch(/active-active/);
		const activeActive = web?.alternatives.find((a) => a.key.includes('active-active'));
		if (activeActive !== undefined) {
			expect(activeActive.cost.monthlyUsd).toBeGreaterThan(web?.recommended.cost.monthlyUsd ?? 0);
		}
	});
});
