/**
 * The plan's composite figures from the options chosen for its tiers: the steps counted once
 * for the whole workload, the RTO along the dependency order, when each tier is back, the RPO
 * and the cost.
 */
import { schedule, startGroups } from './dependencyOrder.ts';
import { phaseTiming, tierPhases, type TierPhases } from './dependencyWait.ts';
import { rtoEstimate, RPO_STATISTIC, type Evaluation } from './evaluate.ts';
import type { Plan, PlanRto } from './plan.ts';
import type { RoutingCost } from '../kit/routingCost.ts';
import { pricesAsOf } from '../kit/pricesAsOf.ts';
import { addRanges, maxRanges, round, roundRange } from '../kit/range.ts';
import { sharedAfterSteps, sharedBeforeSteps, type PeopleKind } from '../kit/sharedSteps.ts';
import type { CostKind, Range, RtoStep } from '../kit/types.ts';
import type { Workload } from '../schema/workload.ts';

/** The people steps the chosen options need: counted once for the whole workload. */
export function peopleNeeded(tiers: readonly { recommended: Evaluation }[]): Set<PeopleKind> {
	return new Set(tiers.flatMap((t) => t.recommended.peopleSteps));
}

/**
 * The steps counted once for the whole workload, before and after the tiers' own recovery, for
 * the options chosen. A provider's declare step (a grace period) stands in for the team's decision.
 */
export function sharedStepsOf(
	workload: Workload,
	tiers: readonly { recommended: Evaluation }[],
): { before: RtoStep[]; after: RtoStep[] } {
	const needs = peopleNeeded(tiers);
	const imposed = tiers
		.map((t) => t.recommended.rto.steps.find((s) => s.kind === 'declare' && s.tier === undefined))
		.filter((s): s is RtoStep => s !== undefined)
		.sort((a, b) => b.minutes.typical - a.minutes.typical)[0];
	const shared = sharedBeforeSteps(workload.operations, needs);
	const before =
		imposed !== undefined && !shared.some((s) => s.label === imposed.label)
			? [...shared.filter((s) => s.kind !== 'declare'), imposed]
			: shared;
	return { before, after: sharedAfterSteps(workload.routing, workload.operations, needs) };
}

export function compositeRto(
	workload: Workload,
	tiers: readonly { tier: string; recommended: Evaluation }[],
): PlanRto {
	const { before, after } = sharedStepsOf(workload, tiers);
	const phases = new Map(
		tiers.map((t) => [t.tier, tierPhases(t.recommended.rto.steps, t.recommended)]),
	);
	const stepsTotal = (steps: readonly RtoStep[]) => addRanges(...steps.map((s) => s.minutes));
	const none: TierPhases = { prepare: [], serve: [] };
	const plan = schedule(workload.tiers, (name) => phaseTiming(phases.get(name) ?? none));
	const beforeTotal = stepsTotal(before);
	// The path's first tier runs all its steps; a tier held back by the one before it on the
	// path adds only its serving steps (its preparation ran meanwhile).
	const criticalSteps = plan.criticalPath.flatMap((name, i) => {
		const p = phases.get(name) ?? none;
		return i === 0 ? [...p.prepare, ...p.serve] : p.serve;
	});
	const pathTotal = stepsTotal(criticalSteps);
	// Each bound of the recovery phase is its own longest path: stretch the last step of the
	// typical path so the low and high totals match.
	const adjusted = criticalSteps.map((s, i) =>
		i === criticalSteps.length - 1
			? {
					...s,
					minutes: {
						low: s.minutes.low + (plan.total.low - pathTotal.low),
						typical: s.minutes.typical,
						high: s.minutes.high + (plan.total.high - pathTotal.high),
					},
				}
			: s,
	);
	const hasDependencies = workload.tiers.some((t) => (t.dependsOn ?? []).length > 0);
	const criticalTier = plan.criticalPath[plan.criticalPath.length - 1] ?? '';
	const estimate = rtoEstimate(
		[...before, ...adjusted, ...after],
		[
			hasDependencies
				? 'Each tier prepares from the declaration and serves once the tiers it depends on are up; the longest chain is the critical path.'
				: 'Tiers recover in parallel after the disaster is declared; the slowest tier is the critical path.',
			...(tiers.find((t) => t.tier === criticalTier)?.recommended.rto.assumptions ?? []),
		],
	);
	const offset = (r: Range): Range => roundRange(addRanges(beforeTotal, r));
	return {
		...estimate,
		criticalTier,
		criticalPath: plan.criticalPath,
		order: startGroups(workload.tiers),
		schedule: plan.tiers.map((t) => ({
			...t,
			start: offset(t.start),
			serveFrom: offset(t.serveFrom),
			finish: offset(t.finish),
		})),
	};
}

export function compositeRpo(
	tiers: readonly { tier: string; recommended: Evaluation }[],
): Plan['rpo'] {
	const worst = [...tiers].sort(
		(a, b) =>
			b.recommended.rpo.minutes[RPO_STATISTIC] - a.recommended.rpo.minutes[RPO_STATISTIC] ||
			a.tier.localeCompare(b.tier),
	)[0];
	return {
		minutes: roundRange(maxRanges(tiers.map((t) => t.recommended.rpo.minutes))),
		statistic: RPO_STATISTIC,
		drivingTier: worst?.tier ?? '',
		driver: worst?.recommended.rpo.driver ?? '',
	};
}

export function compositeCost(
	tiers: readonly { recommended: Evaluation }[],
	routing: RoutingCost,
): Plan['cost'] {
	const lines = [
		...tiers.flatMap((t) => t.recommended.cost.lines),
		...routing.lines.map((l) => ({ ...l, monthlyUsd: round(l.monthlyUsd) })),
	];
	const byKind: Record<CostKind, number> = {
		compute: 0,
		storage: 0,
		licence: 0,
		transfer: 0,
		drills: 0,
		routing: 0,
	};
	for (const l of lines) byKind[l.kind] = round(byKind[l.kind] + l.monthlyUsd);
	return {
		lines,
		byKind,
		monthlyUsd: round(
			tiers.reduce((sum, t) => sum + t.recommended.cost.monthlyUsd, 0) + routing.monthlyUsd,
		),
		failedOverDayUsd: round(
			tiers.reduce((sum, t) => sum + t.recommended.cost.failedOverDayUsd, 0) +
				routing.failedOverDayUsd,
		),
		failedOverDayLines:
			routing.failedOverDayLine === undefined
				? []
				: [
						{
							...routing.failedOverDayLine,
							monthlyUsd: round(routing.failedOverDayLine.monthlyUsd),
						},
					],
		pricesAsOf: pricesAsOf(),
	};
}

/** When each tier is back, after the tiers it waits for and the shared steps after recovery. */
export function recoveredByOf(
	workload: Workload,
	tiers: readonly { tier: string; recommended: Evaluation }[],
	rto: PlanRto,
): Range[] {
	const afterSteps = addRanges(...sharedStepsOf(workload, tiers).after.map((s) => s.minutes));
	return tiers.map((t) => {
		const slot = rto.schedule.find((s) => s.tier === t.tier);
		return roundRange(addRanges(slot?.finish ?? rto.total, afterSteps));
	});
}

/** When each tier is back (typical minutes) with a choice of options, for the upgrade search. */
export function typicalRecoveredBy(
	workload: Workload,
): (choice: readonly Evaluation[]) => number[] {
	return (choice) => {
		const tiers = choice.map((recommended, i) => ({
			tier: workload.tiers[i]?.name ?? '',
			recommended,
		}));
		return recoveredByOf(workload, tiers, compositeRto(workload, tiers)).map((r) => r.typical);
	};
}
