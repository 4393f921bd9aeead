/**
 * The decision engine: for each tier, every candidate pattern evaluated, the viable ones
 * ranked (targets met first, then cost), every rejected one with its reason; then a composite
 * plan whose RTO is the critical path of the tiers and whose cost is their sum. Deterministic.
 */
import { disruptionCost, type PlanDisruption } from './disruptionCost.ts';
import { candidatesFor } from './estimate/candidates.ts';
import { evaluateCandidate, rtoEstimate, type Evaluation } from './estimate/evaluate.ts';
import { addRanges, maxRanges, round, roundRange } from './estimate/range.ts';
import { sharedAfterSteps, sharedBeforeSteps } from './estimate/sharedSteps.ts';
import type { CostKind, CostLine, Range, RtoEstimate, RtoStep } from './estimate/types.ts';
import { formatMinutes, formatTarget, formatUsd } from './format.ts';
import { measuredTimeline, type MeasuredTimeline } from './measuredTimes.ts';
import { trapsFor, type Trap } from './traps.ts';
import type { Workload } from './workload.ts';

export const MODEL_VERSION = 1;

export interface TierPlan {
	tier: string;
	kind: 'stateless' | 'stateful';
	data: string;
	/** The pattern the plan uses for this tier: the best viable, or the nearest when none is. */
	recommended: Evaluation;
	meetsTargets: boolean;
	/** Other viable options, best first. */
	alternatives: Evaluation[];
	/** Options ruled out, with reasons; nearest first. */
	rejected: Evaluation[];
	/** When nothing meets the targets: the closest options, with what they miss. */
	nearest: Evaluation[];
}

export type PlanStatus = 'meets' | 'over-budget' | 'none-meets';

export interface Plan {
	modelVersion: number;
	workload: Workload;
	status: PlanStatus;
	headline: string;
	tiers: TierPlan[];
	rto: RtoEstimate & { criticalTier: string };
	rpo: { minutes: Range; drivingTier: string; driver: string };
	cost: {
		lines: CostLine[];
		byKind: Record<CostKind, number>;
		monthlyUsd: number;
		failedOverDayUsd: number;
	};
	budget?: { limitUsd: number; overByUsd: number };
	/** With the workload's downtimeCostPerHourUsd: what a disruption costs, and break-evens. */
	disruption?: PlanDisruption;
	traps: Trap[];
	/** The drill's measured step times beside the planned ones, when the workload has any. */
	measured?: MeasuredTimeline;
}

function compareViable(a: Evaluation, b: Evaluation): number {
	return (
		a.cost.monthlyUsd - b.cost.monthlyUsd ||
		a.rto.total.typical - b.rto.total.typical ||
		a.rpo.minutes.typical - b.rpo.minutes.typical ||
		a.key.localeCompare(b.key)
	);
}

/** Options blocked by a hard constraint come after those that only miss a target. */
function compareRejected(a: Evaluation, b: Evaluation): number {
	const hard = (e: Evaluation) =>
		e.rejections.some((r) => r.kind !== 'rto' && r.kind !== 'rpo') ? 1 : 0;
	return hard(a) - hard(b) || a.shortfall - b.shortfall || compareViable(a, b);
}

function planTier(workload: Workload, tierIndex: number): TierPlan {
	const tier = workload.tiers[tierIndex];
	if (tier === undefined) throw new Error(`No tier ${tierIndex}.`);
	const evaluations = candidatesFor(tier).map((c) => evaluateCandidate(workload, tier, c));
	const viable = evaluations.filter((e) => e.viable).sort(compareViable);
	const rejected = evaluations.filter((e) => !e.viable).sort(compareRejected);
	const best = viable[0];
	const nearest =
		best === undefined
			? rejected
					.filter((e) => e.rejections.every((r) => r.kind === 'rto' || r.kind === 'rpo'))
					.slice(0, 3)
			: [];
	const fallback = nearest[0] ?? rejected[0];
	const recommended = best ?? fallback;
	if (recommended === undefined) throw new Error(`Tier "${tier.name}" has no candidate patterns.`);
	return {
		tier: tier.name,
		kind: tier.kind,
		data: tier.data,
		recommended,
		meetsTargets: best !== undefined,
		alternatives: viable.slice(1),
		rejected,
		nearest,
	};
}

function compositeRto(workload: Workload, tiers: TierPlan[]): Plan['rto'] {
	const before = sharedBeforeSteps(workload.operations);
	const after = sharedAfterSteps(workload.routing, workload.operations);
	const sharedKinds = new Set([...before, ...after].map((s) => s.kind));
	const tierSteps = tiers.map((t) => ({
		tier: t.tier,
		steps: t.recommended.rto.steps.filter((s) => s.tier !== undefined || !sharedKinds.has(s.kind)),
	}));
	const stepsTotal = (steps: readonly RtoStep[]) => addRanges(...steps.map((s) => s.minutes));
	const tierTotal = (steps: readonly RtoStep[]) => stepsTotal(steps).typical;
	const critical = [...tierSteps].sort(
		(a, b) => tierTotal(b.steps) - tierTotal(a.steps) || a.tier.localeCompare(b.tier),
	)[0];
	const criticalSteps = critical?.steps ?? [];
	// Each bound of the recovery phase is the slowest tier at that bound: tiers recover in parallel.
	const phase = maxRanges(tierSteps.map((t) => stepsTotal(t.steps)));
	const criticalTotal = stepsTotal(criticalSteps);
	// Stretch the critical tier's steps so low and high match the parallel phase's bounds.
	const adjusted = criticalSteps.map((s, i) =>
		i === criticalSteps.length - 1
			? {
					...s,
					minutes: {
						low: s.minutes.low + (phase.low - criticalTotal.low),
						typical: s.minutes.typical,
						high: s.minutes.high + (phase.high - criticalTotal.high),
					},
				}
			: s,
	);
	const estimate = rtoEstimate(
		[...before, ...adjusted, ...after],
		[
			'Tiers recover in parallel after the disaster is declared; the slowest tier is the critical path.',
			...(critical !== undefined
				? (tiers.find((t) => t.tier === critical.tier)?.recommended.rto.assumptions ?? [])
				: []),
		],
	);
	return { ...estimate, criticalTier: critical?.tier ?? '' };
}

function compositeRpo(tiers: TierPlan[]): Plan['rpo'] {
	const worst = [...tiers].sort(
		(a, b) =>
			b.recommended.rpo.minutes.typical - a.recommended.rpo.minutes.typical ||
			a.tier.localeCompare(b.tier),
	)[0];
	return {
		minutes: roundRange(maxRanges(tiers.map((t) => t.recommended.rpo.minutes))),
		drivingTier: worst?.tier ?? '',
		driver: worst?.recommended.rpo.driver ?? '',
	};
}

function compositeCost(tiers: TierPlan[]): Plan['cost'] {
	const lines = tiers.flatMap((t) => t.recommended.cost.lines);
	const byKind: Record<CostKind, number> = {
		compute: 0,
		storage: 0,
		licence: 0,
		transfer: 0,
		drills: 0,
	};
	for (const l of lines) byKind[l.kind] = round(byKind[l.kind] + l.monthlyUsd);
	return {
		lines,
		byKind,
		monthlyUsd: round(tiers.reduce((sum, t) => sum + t.recommended.cost.monthlyUsd, 0)),
		failedOverDayUsd: round(tiers.reduce((sum, t) => sum + t.recommended.cost.failedOverDayUsd, 0)),
	};
}

export function recommend(workload: Workload): Plan {
	const tiers = workload.tiers.map((_, i) => planTier(workload, i));
	const rto = compositeRto(workload, tiers);
	const rpo = compositeRpo(tiers);
	const cost = compositeCost(tiers);
	const measured = measuredTimeline(rto, workload.measured);
	const allMeet = tiers.every((t) => t.meetsTargets) && rto.total.typical <= workload.rtoMinutes;
	const over = workload.budgetUsd !== undefined ? round(cost.monthlyUsd - workload.budgetUsd) : 0;
	const status: PlanStatus = !allMeet ? 'none-meets' : over > 0 ? 'over-budget' : 'meets';
	const headline =
		status === 'meets'
			? `Meets your targets: RTO about ${formatMinutes(rto.total.typical)} (target ${formatTarget(workload.rtoMinutes)}), RPO about ${formatMinutes(rpo.minutes.typical)} (target ${formatTarget(workload.rpoMinutes)}), for about ${formatUsd(cost.monthlyUsd)} a month.`
			: status === 'over-budget'
				? `Meets your targets but costs about ${formatUsd(cost.monthlyUsd)} a month, ${formatUsd(over)} over your budget. Loosen a target or raise the budget.`
				: `No option meets your targets for ${
						tiers
							.filter((t) => !t.meetsTargets)
							.map((t) => t.tier)
							.join(', ') || 'the whole workload'
					}. The nearest plan gives RTO about ${formatMinutes(rto.total.typical)} and RPO about ${formatMinutes(rpo.minutes.typical)}, for about ${formatUsd(cost.monthlyUsd)} a month.`;
	const plan: Plan = {
		modelVersion: MODEL_VERSION,
		workload,
		status,
		headline,
		tiers,
		rto,
		rpo,
		cost,
		...(workload.budgetUsd !== undefined
			? { budget: { limitUsd: workload.budgetUsd, overByUsd: Math.max(0, over) } }
			: {}),
		traps: trapsFor(
			workload,
			tiers.map((t) => t.recommended),
		),
		...(measured !== undefined ? { measured } : {}),
	};
	return workload.downtimeCostPerHourUsd === undefined
		? plan
		: {
				...plan,
				disruption: disruptionCost(
					plan,
					workload.downtimeCostPerHourUsd,
					workload.disruptionsPerYear,
				),
			};
}
