/** What recommend() returns: the plan, per tier and composite. */
import type { Evaluation, RPO_STATISTIC } from './evaluate.ts';
import type { PlanDisruption } from './disruptionCost.ts';
import type { MeasuredTimeline } from './measuredTimeline.ts';
import type { Trap } from './traps.ts';
import type { OrderUpgrade } from './upgradeForOrder.ts';
import type { TierSchedule } from './dependencyOrder.ts';
import type { CostKind, CostLine, Range, RtoEstimate } from '../kit/types.ts';
import type { PricesAsOf } from '../kit/pricesAsOf.ts';
import type { TargetHow, TransferKind } from '../regions/index.ts';
import type { Workload } from '../schema/workload.ts';
import type { TargetsJudged } from './targetStatus.ts';
import type { PlanFailback } from './failback.ts';
import type { CorruptionRecovery } from './corruptionRecovery.ts';

export interface TierPlan {
	tier: string;
	kind: 'stateless' | 'stateful';
	data: string;
	/** The pattern the plan uses for this tier: the best viable, or the nearest when none is. */
	recommended: Evaluation;
	/** The recommended option meets the tier's targets (it may still be over budget). */
	meetsTargets: boolean;
	/** The recommended option meets the targets only above the budget. */
	overBudget: boolean;
	/** When the option that meets the targets is over budget: the best option within it. */
	withinBudget?: Evaluation;
	/** Other viable options, best first. */
	alternatives: Evaluation[];
	/** Options ruled out, with reasons; nearest first. */
	rejected: Evaluation[];
	/** When nothing meets the targets: the closest options, with what they miss. */
	nearest: Evaluation[];
	/** Minutes from the disruption until this tier is back, after the tiers it depends on. */
	recoveredBy: Range;
	/** It is back within its own RTO target once it has waited for its dependencies. */
	meetsInOrder: boolean;
	/** RTO (when it is back in the plan's schedule) and RPO: met, at risk or missed, with margins. */
	targetStatus: TargetsJudged;
	/** When the tier's RTO is worse in the plan than on its own: the step or dependency that makes it late. */
	lateBecause?: string;
	/**
	 * When judging the tier in the plan's schedule changed its option (scheduleChoice.ts): the
	 * option it had on its own, and the monthly difference (negative: the plan saves).
	 */
	chosenInSchedule?: { from: Evaluation; extraUsd: number };
	/**
	 * When the tier has a faster option than its own targets need, so that a tier that waits for
	 * it is back in time in dependency order: the option it had, the extra cost, and for whom.
	 */
	upgradedFor?: OrderUpgrade;
	/** When the workload names the option this tier runs: what the engine would pick, and the difference. */
	pinned?: PinnedChoice;
}

/** A tier whose option the workload names (pinnedChoice.ts). */
export interface PinnedChoice {
	/** The option key the workload gave for the tier. */
	key: string;
	/** The tier's option in the plan the engine builds when no tier is pinned. */
	enginePick: Evaluation;
	/**
	 * When a rule rules the option out for the tier (a support rule, a retired service, a missing
	 * prerequisite): the rules' reasons. The tier's RTO and RPO are then judged missed.
	 */
	ruledOut?: string;
	/**
	 * The pinned option minus the engine's pick: minutes until the tier is back in the plan's
	 * schedule (typical), RPO minutes at worst, US$ a month. Positive: the pinned option is
	 * slower, loses more data or costs more.
	 */
	difference: { rtoMinutes: number; rpoMinutes: number; monthlyUsd: number };
}

export type PlanStatus = 'meets' | 'over-budget' | 'none-meets';

export interface PlanRto extends RtoEstimate {
	/** The last tier back: the end of the critical path. */
	criticalTier: string;
	/** The tiers along the longest path, first to start first. */
	criticalPath: string[];
	/** Start groups: tiers that need nothing first, then those whose dependencies are up. */
	order: string[][];
	/** When each tier starts and is back, in minutes after the disruption. */
	schedule: TierSchedule[];
}

export interface Plan {
	modelVersion: number;
	workload: Workload;
	status: PlanStatus;
	headline: string;
	/** The regions the plan assumes, when the workload names its source region; shown below the headline. */
	regions?: {
		source: string;
		target: string;
		how: TargetHow;
		transfer: TransferKind;
		/** Whether the target stays in the source's geography (the data-residency boundary). */
		sameGeography: boolean;
		/** Published median round trip, source to target, where the latency page lists it. */
		latencyMs?: number;
		/** For `any`: why the rule picked the target, naming the runner-up. */
		why?: string;
		text: string;
	};
	tiers: TierPlan[];
	rto: PlanRto;
	rpo: {
		minutes: Range;
		/** Which end of each option's range is compared with the target. */
		statistic: typeof RPO_STATISTIC;
		drivingTier: string;
		driver: string;
	};
	cost: {
		lines: CostLine[];
		byKind: Record<CostKind, number>;
		monthlyUsd: number;
		failedOverDayUsd: number;
		/**
		 * The plan-wide part of a day failed over, in the calculator's shape (a day's quantity):
		 * the data transfer of serving users from the secondary. Each tier's part is its option's.
		 */
		failedOverDayLines: CostLine[];
		/** Where the prices come from and their date (the snapshot's, or the estimates'). */
		pricesAsOf: PricesAsOf;
	};
	budget?: { limitUsd: number; overByUsd: number };
	/** With the workload's downtimeCostPerHourUsd: what a disruption costs, and break-evens. */
	disruption?: PlanDisruption;
	traps: Trap[];
	/** The drill's measured step times beside the planned ones, when the workload has any. */
	measured?: MeasuredTimeline;
	/** The plan's RTO and RPO against the targets: the worst tier's, met, at risk or missed. */
	targetStatus: TargetsJudged;
	/** Coming back to the primary: the runbook's failback steps, an estimate of time, the daily cost. */
	failback: PlanFailback;
	/** With corruptionProtection: each tier's RPO and RTO when restoring from its corruption layer. */
	corruptionRecovery: CorruptionRecovery[];
}
