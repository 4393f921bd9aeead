/**
 * The comparison: for each tier, every candidate the plan evaluated, side by side, in the
 * plan's own ranking order, with whether it meets the targets, what it misses, and whether
 * another option dominates it. Built from recommend()'s evaluations, never recomputed, so the
 * comparison page, the wizard and the CLI always agree.
 */
import { RPO_STATISTIC, type Evaluation } from './evaluate.ts';
import type { Range, Rejection } from '../kit/types.ts';
import { optionProtection } from './optionProtection.ts';
import type { Protection } from '../patterns/pattern.ts';
import type { PatternId } from '../patterns/ids.ts';
import { recommend, type Plan, type TierPlan } from './recommend.ts';
import type { Workload } from '../schema/workload.ts';
import { tierFieldNotes, type FieldNote } from './fieldNotes.ts';
import type { TargetsJudged } from './targetStatus.ts';

export type TargetKind = 'rto' | 'rpo' | 'budget';

export interface ComparedOption {
	key: string;
	patternId: PatternId;
	variant?: string;
	name: string;
	/** Position in the plan's ranking for the tier, from 0 (the plan's choice). */
	rank: number;
	/** True for the option the plan uses for this tier. */
	recommended: boolean;
	/** RTO in minutes, end to end for this tier alone. */
	rto: Range;
	/** RPO in minutes. */
	rpo: Range;
	monthlyUsd: number;
	/**
	 * Meets the RTO and RPO targets within the budget, and no hard constraint rules it out
	 * (the plan's "viable").
	 */
	meetsTargets: boolean;
	/** RTO and RPO against the tier's targets: met, at risk or missed, with the margins. */
	targetStatus: TargetsJudged;
	/** What it misses: the RTO or the RPO (typical beyond the target), or the budget. */
	missed: TargetKind[];
	/** Hard constraints that rule it out whatever the targets (retired, not applicable…). */
	blockers: Rejection[];
	/**
	 * The key of another option for the same tier that is at least as good on typical RTO,
	 * typical RPO and monthly cost and strictly better on one; the best-ranked such option.
	 */
	dominatedBy?: string;
	/**
	 * What it protects against, one entry per threat in THREATS order: covered, partly or not,
	 * and why (text that may cite facts as {fact:id}).
	 */
	protects: Protection[];
	evaluation: Evaluation;
}

export interface TierComparison {
	tier: string;
	kind: TierPlan['kind'];
	data: string;
	meetsTargets: boolean;
	recommendedKey: string;
	options: ComparedOption[];
	/** Fields the tier gives that do not apply to it, and what was priced instead (fieldNotes.ts). */
	notes: FieldNote[];
}

export interface Comparison {
	plan: Plan;
	targets: { rtoMinutes: number; rpoMinutes: number; budgetUsd?: number };
	tiers: TierComparison[];
}

type Figures = Pick<ComparedOption, 'rto' | 'rpo' | 'monthlyUsd' | 'blockers'>;

/**
 * Whether `a` dominates `b`: `a` is at least as good on typical RTO, worst-case RPO (the
 * statistic targets are judged on) and monthly cost, and strictly better on at least one. An option ruled out by a hard constraint is not
 * a real alternative, so it dominates nothing.
 */
export function dominates(a: Figures, b: Figures): boolean {
	if (a.blockers.length > 0) return false;
	const noWorse =
		a.rto.typical <= b.rto.typical &&
		a.rpo[RPO_STATISTIC] <= b.rpo[RPO_STATISTIC] &&
		a.monthlyUsd <= b.monthlyUsd;
	const better =
		a.rto.typical < b.rto.typical ||
		a.rpo[RPO_STATISTIC] < b.rpo[RPO_STATISTIC] ||
		a.monthlyUsd < b.monthlyUsd;
	return noWorse && better;
}

function option(e: Evaluation, rank: number, recommendedKey: string): ComparedOption {
	return {
		key: e.key,
		patternId: e.patternId,
		...(e.variant !== undefined ? { variant: e.variant } : {}),
		name: e.name,
		rank,
		recommended: e.key === recommendedKey,
		rto: e.rto.total,
		rpo: e.rpo.minutes,
		monthlyUsd: e.cost.monthlyUsd,
		meetsTargets: e.viable,
		targetStatus: e.targetStatus,
		missed: [
			...(e.meetsRto ? [] : ['rto' as const]),
			...(e.meetsRpo ? [] : ['rpo' as const]),
			...(e.rejections.some((r) => r.kind === 'budget') ? ['budget' as const] : []),
		],
		blockers: e.rejections.filter(
			(r) => r.kind !== 'rto' && r.kind !== 'rpo' && r.kind !== 'budget',
		),
		protects: optionProtection(e),
		evaluation: e,
	};
}

/** One tier's options in the plan's order: its choice, the alternatives, then the rejected. */
export function compareTier(t: TierPlan, workload?: Workload): TierComparison {
	const ranked = [
		t.recommended,
		...t.alternatives,
		...t.rejected.filter((e) => e.key !== t.recommended.key),
	];
	const options = ranked.map((e, i) => option(e, i, t.recommended.key));
	const withDominance = options.map((o) => {
		const by = options.find((other) => other !== o && dominates(other, o));
		return by === undefined ? o : { ...o, dominatedBy: by.key };
	});
	return {
		tier: t.tier,
		kind: t.kind,
		data: t.data,
		meetsTargets: t.meetsTargets,
		recommendedKey: t.recommended.key,
		options: withDominance,
		notes: workload === undefined ? [] : tierFieldNotes(workload, t.tier),
	};
}

/** The comparison for a plan already made. */
export function comparisonOf(plan: Plan): Comparison {
	const w = plan.workload;
	return {
		plan,
		targets: {
			rtoMinutes: w.rtoMinutes,
			rpoMinutes: w.rpoMinutes,
			...(w.budgetUsd !== undefined ? { budgetUsd: w.budgetUsd } : {}),
		},
		tiers: plan.tiers.map((t) => compareTier(t, w)),
	};
}

/** Every pattern for every tier of a workload, evaluated by the decision engine. */
export function comparePatterns(workload: Workload): Comparison {
	return comparisonOf(recommend(workload));
}
