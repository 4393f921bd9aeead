/**
 * The decision engine: for each tier, every candidate pattern evaluated against the tier's
 * own targets, the viable ones ranked by cost, every rejected one with its reason (a missed
 * target, a hard constraint or the budget); then a composite plan whose RTO is the longest path
 * through the tiers' dependency order and whose cost is their sum. Deterministic.
 */
import { dependencyIssues } from './dependencyOrder.ts';
import { disruptionCost } from './disruptionCost.ts';
import { candidatesFor } from './candidates.ts';
import { tierScope } from './estimateTier.ts';
import { evaluateCandidate, RPO_STATISTIC, type Evaluation } from './evaluate.ts';
import { round } from '../kit/range.ts';
import { routingCost } from '../kit/routingCost.ts';
import type { Range } from '../kit/types.ts';
import { formatMinutes, formatTarget, formatUsd } from '../facts/format.ts';
import { planRegions, planRegionsText } from '../regions/index.ts';
import { measuredTimeline } from './measuredTimeline.ts';
import { trapsFor } from './traps.ts';
import { withBudget } from './budgetRejection.ts';
import { preferGenerallyAvailable } from './previewPreference.ts';
import { upgradeForOrder, upgradesNote } from './upgradeForOrder.ts';
import { chooseInSchedule, heldBackBy, lateReason } from './scheduleChoice.ts';
import { planFailback } from './failback.ts';
import { corruptionRecoveryOf } from './corruptionRecovery.ts';
import { withPinnedChoices } from './pinnedChoice.ts';
import type { Workload } from '../schema/workload.ts';
import {
	atRiskNote,
	judgeInPlan,
	SOFT_REJECTIONS as SOFT,
	worstJudgement,
	type TargetsJudged,
} from './targetStatus.ts';
import {
	compareRejected,
	compareViable,
	missesOnlySoft,
	missesOnlyTargets,
} from './optionRanking.ts';

export const MODEL_VERSION = 1;

export type { Plan, PlanRto, PlanStatus, TierPlan } from './plan.ts';
import type { Plan, PlanStatus, TierPlan } from './plan.ts';
import {
	compositeCost,
	compositeRpo,
	compositeRto,
	recoveredByOf,
	sharedStepsOf,
	typicalRecoveredBy,
} from './planComposites.ts';

function planTier(
	workload: Workload,
	tierIndex: number,
	evaluations: readonly Evaluation[],
	othersUsd: number,
): RankedTier {
	const tier = workload.tiers[tierIndex];
	if (tier === undefined) throw new Error(`No tier ${tierIndex}.`);
	const judged = preferGenerallyAvailable(
		evaluations.map((e) => withBudget(e, othersUsd, workload.budgetUsd)).sort(compareViable),
	);
	const viable = judged.filter((e) => e.viable).sort(compareViable);
	const rejected = judged.filter((e) => !e.viable).sort(compareRejected);
	const best = viable[0];
	// Meets the targets, but only above the budget: the cheapest such, and the best within it.
	const overBudget =
		best === undefined
			? rejected
					.filter((e) => e.rejections.every((r) => r.kind === 'budget'))
					.sort(compareViable)[0]
			: undefined;
	const withinBudget = overBudget === undefined ? undefined : rejected.filter(missesOnlyTargets)[0];
	const nearest =
		best === undefined && overBudget === undefined
			? rejected.filter((e) => e.rejections.every((r) => SOFT.has(r.kind))).slice(0, 3)
			: [];
	const recommended = best ?? overBudget ?? nearest[0] ?? rejected[0];
	if (recommended === undefined) throw new Error(`Tier "${tier.name}" has no candidate patterns.`);
	return {
		tier: tier.name,
		kind: tier.kind,
		data: tier.data,
		recommended,
		meetsTargets: best !== undefined || overBudget !== undefined,
		overBudget: overBudget !== undefined,
		...(withinBudget !== undefined ? { withinBudget } : {}),
		alternatives: viable.slice(1),
		rejected: rejected.filter((e) => e !== overBudget),
		nearest,
	};
}

/** The cheapest option that meets a tier's targets and constraints, budget aside. */
function cheapestMeeting(evaluations: readonly Evaluation[]): number | undefined {
	const costs = preferGenerallyAvailable([...evaluations].sort(compareViable))
		.filter((e) => e.viable)
		.map((e) => e.cost.monthlyUsd);
	return costs.length === 0 ? undefined : Math.min(...costs);
}

function headlineOf(workload: Workload, plan: Omit<Plan, 'headline'>): string {
	const { rto, rpo, cost, tiers } = plan;
	const perTier = workload.tiers.some(
		(t) => t.rtoMinutes !== undefined || t.rpoMinutes !== undefined,
	);
	const rtoTarget = perTier
		? 'each tier within its own target'
		: `target ${formatTarget(workload.rtoMinutes)}`;
	const rpoTarget = perTier
		? 'each tier within its own target'
		: `target ${formatTarget(workload.rpoMinutes)}`;
	const figures = `RTO about ${formatMinutes(rto.total.typical)}, RPO at worst about ${formatMinutes(rpo.minutes[RPO_STATISTIC])}`;
	const upgraded = upgradesNote(
		tiers.filter((t) => t.upgradedFor !== undefined).map((t) => t.tier),
	);
	if (plan.status === 'meets') {
		const risk = atRiskNote(plan.targetStatus);
		return `${risk === '' ? 'Meets your targets' : 'At risk'}: RTO about ${formatMinutes(rto.total.typical)} (${rtoTarget}), RPO at worst about ${formatMinutes(rpo.minutes[RPO_STATISTIC])} (${rpoTarget}), for about ${formatUsd(cost.monthlyUsd)} a month.${risk}${upgraded}`;
	}
	if (plan.status === 'over-budget') {
		const over = plan.budget?.overByUsd ?? 0;
		const within = tiers.filter((t) => t.overBudget && t.withinBudget !== undefined);
		return `Meets your targets but costs about ${formatUsd(cost.monthlyUsd)} a month, ${formatUsd(over)} over your budget. ${
			within.length > 0
				? `Within the budget, the nearest options miss a target: ${within.map((t) => `${t.tier}: ${t.withinBudget?.name ?? ''}`).join('; ')}. `
				: ''
		}${upgraded.trimStart()}${upgraded === '' ? '' : ' '}Loosen a target or raise the budget.`;
	}
	const missing = tiers.filter((t) => !t.meetsTargets).map((t) => t.tier);
	const late = tiers.filter((t) => t.meetsTargets && !t.meetsInOrder);
	if (missing.length === 0 && late.length > 0)
		return `Each tier meets its targets on its own, but in dependency order ${late
			.map(
				(t) =>
					`${t.tier} is back after about ${formatMinutes(t.recoveredBy.typical)} (target ${formatTarget(t.recommended.targets.rtoMinutes)})`,
			)
			.join(
				'; ',
			)}.${upgraded} Shorten the tiers it waits for, or loosen its target. The plan gives ${figures}, for about ${formatUsd(cost.monthlyUsd)} a month.`;
	return `No option meets your targets for ${missing.join(', ') || 'the whole workload'}. The nearest plan gives ${figures}, for about ${formatUsd(cost.monthlyUsd)} a month.${upgraded}`;
}

/** The plan's RTO and RPO status: the worst tier's, each target on its own. */
function planTargetStatus(tiers: readonly { targetStatus: TargetsJudged }[]): TargetsJudged {
	const rto = worstJudgement(tiers.map((t) => t.targetStatus.rto));
	const rpo = worstJudgement(tiers.map((t) => t.targetStatus.rpo));
	if (rto === undefined || rpo === undefined) throw new Error('A plan needs at least one tier.');
	return { rto, rpo };
}

/** Every candidate for every tier, evaluated, in the workload's tier order. */
export type TierEvaluations = readonly (readonly Evaluation[])[];

/**
 * The expensive half of recommend(): every candidate for every tier. A tier's evaluations read
 * the workload's own fields and that tier only, never another tier, so `reuse` can carry over
 * every tier but one from another evaluation of a workload that differs only in that tier.
 * Kept for one edit's budget: sensitivity's ~30 re-plans are 6.3 of a 9.7 ms edit (bench:model).
 */
export function evaluateTiers(
	workload: Workload,
	reuse?: { from: TierEvaluations; except: number },
): TierEvaluations {
	return workload.tiers.map((tier, i) => {
		const kept = reuse !== undefined && i !== reuse.except ? reuse.from[i] : undefined;
		if (kept !== undefined) return kept;
		const scope = tierScope(workload, tier);
		return candidatesFor(tier).map((c) => evaluateCandidate(workload, tier, c, scope));
	});
}

export function recommend(workload: Workload): Plan {
	return planFromEvaluations(workload, evaluateTiers(workload));
}

type RankedTier = Omit<TierPlan, 'recoveredBy' | 'meetsInOrder' | 'targetStatus'>;

/**
 * The tiers with upstream ones upgraded where a dependent misses its RTO target in dependency
 * order (see upgradeForOrder.ts). Only a tier whose choice is within budget and meets its targets
 * is changed, and only to another option that does too (an alternative).
 */
function inDependencyOrder(
	workload: Workload,
	ranked: readonly RankedTier[],
	fixedUsd: number,
): RankedTier[] {
	if (!workload.tiers.some((t) => (t.dependsOn ?? []).length > 0)) return [...ranked];
	const { choice, upgrades } = upgradeForOrder(
		ranked.map((t, i) => ({
			name: t.tier,
			dependsOn: workload.tiers[i]?.dependsOn,
			chosen: t.recommended,
			acceptable: t.meetsTargets && !t.overBudget ? [t.recommended, ...t.alternatives] : [],
			watched: t.meetsTargets,
		})),
		typicalRecoveredBy(workload),
		workload.budgetUsd === undefined ? undefined : workload.budgetUsd - fixedUsd,
	);
	return ranked.map((t, i) => {
		const upgrade = upgrades.get(i);
		const recommended = choice[i];
		if (upgrade === undefined || recommended === undefined) return t;
		return {
			...t,
			recommended,
			alternatives: [
				t.recommended,
				...t.alternatives.filter((a) => a.key !== recommended.key),
			].sort(compareViable),
			upgradedFor: upgrade,
		};
	});
}

/**
 * Each tier's option judged in the plan's schedule (scheduleChoice.ts): a faster option that
 * leaves the tier no better off once it waits for shared steps or dependencies gives way to the
 * cheapest that does as well.
 */
function inSchedule(
	workload: Workload,
	ranked: readonly RankedTier[],
	fixedUsd: number,
): RankedTier[] {
	const recoveredBy = (choice: readonly Evaluation[]) => {
		const tiers = choice.map((recommended, i) => ({
			tier: workload.tiers[i]?.name ?? '',
			recommended,
		}));
		return recoveredByOf(workload, tiers, compositeRto(workload, tiers));
	};
	const scheduled = ranked.map((t) => ({
		chosen: t.recommended,
		acceptable: t.overBudget
			? []
			: t.meetsTargets
				? [
						t.recommended,
						...t.alternatives,
						...t.rejected.filter(
							(e) => e.rejections.length > 0 && e.rejections.every((r) => r.kind === 'budget'),
						),
					]
				: // Nothing meets: the nearest options, the cheapest of the best end-to-end.
					[
						t.recommended,
						// A tier's budget mark is judged against the other tiers' cheapest options;
						// the schedule's search checks the whole plan against the budget instead,
						// so a budget never narrows the nearest options of a plan that fits it.
						...t.rejected.filter((e) => e !== t.recommended && missesOnlySoft(e)),
					],
	}));
	// The search without the budget first: a plan that fits the budget is the plan whatever the
	// budget (a budget never steers the search to another plan of the same result); the budget's
	// search only when that plan is over it.
	const budget = workload.budgetUsd === undefined ? undefined : workload.budgetUsd - fixedUsd;
	const free = chooseInSchedule(scheduled, recoveredBy);
	const freeCents = Math.round(free.reduce((sum, e) => sum + e.cost.monthlyUsd, 0) * 100);
	const choice =
		budget === undefined || freeCents <= Math.round(budget * 100)
			? free
			: chooseInSchedule(scheduled, recoveredBy, budget);
	return ranked.map((t, i) => {
		const picked = choice[i];
		if (picked === undefined || picked.key === t.recommended.key) return t;
		// The whole plan fits the budget (chooseInSchedule checked it): no budget mark stays on it.
		const rejections = picked.rejections.filter((r) => r.kind !== 'budget');
		const recommended = { ...picked, rejections, viable: rejections.length === 0 };
		// The upgrade no longer describes the tier's option: it is replaced by the schedule's choice.
		const kept: RankedTier = { ...t };
		delete kept.upgradedFor;
		const rest = {
			...kept,
			chosenInSchedule: {
				from: t.upgradedFor?.from ?? t.recommended,
				extraUsd: round(
					recommended.cost.monthlyUsd - (t.upgradedFor?.from ?? t.recommended).cost.monthlyUsd,
				),
			},
		};
		if (!t.meetsTargets)
			return {
				...rest,
				recommended,
				nearest: [recommended, ...t.nearest.filter((e) => e.key !== recommended.key)].slice(0, 3),
				rejected: [t.recommended, ...t.rejected.filter((e) => e.key !== recommended.key)].sort(
					compareRejected,
				),
			};
		return {
			...rest,
			recommended,
			alternatives: [
				t.recommended,
				...t.alternatives.filter((a) => a.key !== recommended.key),
			].sort(compareViable),
			rejected: t.rejected.filter((e) => e.key !== recommended.key),
		};
	});
}

/**
 * The plan from the tiers' evaluations: ranking, budget, dependency order, composites.
 * `upgradeForOrder: false` keeps each tier's own choice (to see what the upgrades changed);
 * `judgeInSchedule: false` keeps the upgrades but skips the schedule's judgement (scheduleChoice.ts).
 */
export function planFromEvaluations(
	workload: Workload,
	evaluations: TierEvaluations,
	options: { upgradeForOrder?: boolean; judgeInSchedule?: boolean } = {},
): Plan {
	// A tier that names its option keeps it; the others are planned around it (pinnedChoice.ts).
	return withPinnedChoices(workload, evaluations, (w, e) => planOf(w, e, options));
}

function planOf(
	workload: Workload,
	evaluations: TierEvaluations,
	{
		upgradeForOrder: upgrade = true,
		judgeInSchedule = true,
	}: { upgradeForOrder?: boolean; judgeInSchedule?: boolean },
): Plan {
	if (dependencyIssues(workload.tiers).length > 0)
		throw new Error('The tiers’ dependencies are invalid; parse the workload first.');
	const cheapest = evaluations.map(cheapestMeeting);
	// The router is paid whatever the tiers choose: it counts against the budget like the
	// other tiers' cheapest options.
	const routing = routingCost(workload);
	const ranked = workload.tiers.map((_, i) =>
		planTier(
			workload,
			i,
			evaluations[i] ?? [],
			round(
				routing.monthlyUsd +
					cheapest.reduce<number>((sum, c, j) => (j === i ? sum : sum + (c ?? 0)), 0),
			),
		),
	);
	const upgraded = upgrade ? inDependencyOrder(workload, ranked, routing.monthlyUsd) : ranked;
	const ordered =
		upgrade && judgeInSchedule ? inSchedule(workload, upgraded, routing.monthlyUsd) : upgraded;
	const rto = compositeRto(workload, ordered);
	const sharedBefore = sharedStepsOf(workload, ordered).before;
	const lateBecauseOf = (t: RankedTier, recoveredBy: Range): { lateBecause?: string } => {
		const deps = workload.tiers.find((x) => x.name === t.tier)?.dependsOn ?? [];
		const waitsFor = heldBackBy(rto.schedule, t.tier, deps);
		const reason = lateReason(t.recommended, recoveredBy, sharedBefore, waitsFor);
		return reason === '' ? {} : { lateBecause: reason };
	};
	const backBy = recoveredByOf(workload, ordered, rto);
	const tiers: TierPlan[] = ordered.map((t, i) => {
		const recoveredBy = backBy[i] ?? rto.total;
		return {
			...t,
			recoveredBy,
			meetsInOrder: recoveredBy.typical <= t.recommended.targets.rtoMinutes,
			targetStatus: {
				rto: judgeInPlan(recoveredBy, t.recommended.targetStatus.rto),
				rpo: t.recommended.targetStatus.rpo,
			},
			...lateBecauseOf(t, recoveredBy),
		};
	});
	const targetStatus = planTargetStatus(tiers);
	const rpo = compositeRpo(tiers);
	// Chosen options known: a tier serving from both regions adds the secondary's egress.
	const cost = compositeCost(
		tiers,
		routingCost(
			workload,
			tiers.some((t) => t.recommended.standby === 'active-active'),
		),
	);
	const measured = measuredTimeline(rto, workload.measured);
	const allMeet = tiers.every((t) => t.meetsTargets && t.meetsInOrder);
	const over = workload.budgetUsd !== undefined ? round(cost.monthlyUsd - workload.budgetUsd) : 0;
	const status: PlanStatus = !allMeet ? 'none-meets' : over > 0 ? 'over-budget' : 'meets';
	const regions = planRegions(workload);
	const partial: Omit<Plan, 'headline'> = {
		modelVersion: MODEL_VERSION,
		workload,
		status,
		...(regions !== undefined
			? {
					regions: {
						source: regions.source.name,
						target: regions.target.name,
						how: regions.how,
						transfer: regions.transfer,
						sameGeography: regions.sameGeography,
						...(regions.latencyMs === undefined ? {} : { latencyMs: regions.latencyMs }),
						...(regions.why === undefined ? {} : { why: regions.why }),
						text: planRegionsText(regions),
					},
				}
			: {}),
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
		targetStatus,
		failback: planFailback(tiers, rto.steps, cost.failedOverDayUsd),
		corruptionRecovery: corruptionRecoveryOf(
			workload,
			tiers.map((t) => t.recommended),
		),
	};
	const plan: Plan = { ...partial, headline: headlineOf(workload, partial) };
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
