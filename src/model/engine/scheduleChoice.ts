/**
 * Schedules decide. A tier's option is judged where the plan runs it: in the schedule, after the
 * steps every tier shares (a decision to fail over that another tier needs) and the tiers it
 * waits for. An option faster than the schedule lets it be is money for nothing: among a tier's
 * acceptable options, the plan keeps the cheapest of those that give the best result for the
 * whole plan (fewest targets missed, then fewest at risk), each tier judged when it is back.
 */
import { formatMinutes, formatUsd } from '../facts/format.ts';
import type { Range, RtoStep } from '../kit/types.ts';
import type { TierSchedule } from './dependencyOrder.ts';
import type { Evaluation } from './evaluate.ts';
import { judgeTarget, statusRank, type TargetStatus } from './targetStatus.ts';

export interface ScheduledTier {
	chosen: Evaluation;
	/** Options this tier may take instead: each meets its own targets and constraints. */
	acceptable: readonly Evaluation[];
}

/**
 * A plan's result, lower is better: targets missed, then how far beyond (the sum, over missed
 * targets, of typical beyond target as a share of the target), then targets at risk; over every
 * tier's RTO (when it is back in the schedule) and RPO.
 */
export interface ScheduleScore {
	missed: number;
	beyond: number;
	atRisk: number;
}

export function scheduleScore(
	choice: readonly Evaluation[],
	recoveredBy: readonly Range[],
): ScheduleScore {
	const judged = choice.flatMap((e, i) => [
		judgeTarget(recoveredBy[i] ?? e.rto.total, e.targets.rtoMinutes),
		e.targetStatus.rpo,
	]);
	const statuses: TargetStatus[] = judged.map((j) => j.status);
	const beyond = judged
		.filter((j) => j.status === 'missed')
		.reduce((sum, j) => sum + -j.marginMinutes / Math.max(j.targetMinutes, 1 / 60), 0);
	return {
		missed: statuses.filter((s) => s === 'missed').length,
		beyond: Math.round(beyond * 1000) / 1000,
		atRisk: statuses.filter((s) => s === 'at-risk').length,
	};
}

export function compareScores(a: ScheduleScore, b: ScheduleScore): number {
	return a.missed - b.missed || a.beyond - b.beyond || a.atRisk - b.atRisk;
}

/**
 * Each tier, in turn, takes the cheapest acceptable option that leaves the plan's score no
 * worse than the best its options reach, the other tiers' choices held; repeated until nothing
 * changes (each change lowers the score or the cost, so it settles; eight rounds at most).
 */
export function chooseInSchedule(
	tiers: readonly ScheduledTier[],
	recoveredBy: (choice: readonly Evaluation[]) => Range[],
	budgetUsd?: number,
): Evaluation[] {
	const withinBudget = (trial: readonly Evaluation[]) =>
		budgetUsd === undefined ||
		Math.round(trial.reduce((sum, e) => sum + e.cost.monthlyUsd, 0) * 100) <=
			Math.round(budgetUsd * 100);
	const choice = tiers.map((t) => t.chosen);
	for (let round = 0; round < 8; round++) {
		let changed = false;
		tiers.forEach((t, i) => {
			if (t.acceptable.length < 2) return;
			const scored = t.acceptable.flatMap((option) => {
				const trial = choice.map((e, j) => (j === i ? option : e));
				if (option.key !== choice[i]?.key && !withinBudget(trial)) return [];
				return [{ option, score: scheduleScore(trial, recoveredBy(trial)) }];
			});
			const best = [...scored].sort(
				(a, b) =>
					compareScores(a.score, b.score) ||
					a.option.cost.monthlyUsd - b.option.cost.monthlyUsd ||
					a.option.key.localeCompare(b.option.key),
			)[0];
			const current = choice[i];
			if (best === undefined || current === undefined || best.option.key === current.key) return;
			const currentScore = scored.find((s) => s.option.key === current.key)?.score;
			// Change only for a better plan, or the same plan for less.
			if (
				currentScore !== undefined &&
				(compareScores(best.score, currentScore) < 0 ||
					best.option.cost.monthlyUsd < current.cost.monthlyUsd)
			) {
				choice[i] = best.option;
				changed = true;
			}
		});
		if (!changed) break;
	}
	return choice;
}

/**
 * Why a tier is later in the plan than on its own: the shared steps its option does not need
 * (a decision another tier's option needs), and the tiers it waits for. Empty when it is not.
 */
export function lateReason(
	own: Evaluation,
	recoveredBy: Range,
	sharedBefore: readonly RtoStep[],
	waitsFor: { tier: string; finish: Range }[],
): string {
	const ownStatus = own.targetStatus.rto.status;
	const inPlan = judgeTarget(recoveredBy, own.targets.rtoMinutes);
	if (statusRank(inPlan.status) <= statusRank(ownStatus)) return '';
	const ownKeys = new Set(own.rto.steps.map((s) => `${s.key}:${s.label}`));
	const imposed = sharedBefore.filter((s) => !ownKeys.has(`${s.key}:${s.label}`));
	const reasons = [
		...imposed.map(
			(s) =>
				`the shared step “${s.label}” (${formatMinutes(s.minutes.typical)}, up to ${formatMinutes(s.minutes.high)}), which another tier’s option needs`,
		),
		...waitsFor.map(
			(w) =>
				`its declared dependency on ${w.tier} (up after ${formatMinutes(w.finish.typical)}, up to ${formatMinutes(w.finish.high)})`,
		),
	];
	return reasons.length === 0
		? ''
		: `On its own this option’s RTO is ${own.targetStatus.rto.status === 'met' ? 'met' : 'at risk'}; in the plan it waits for ${reasons.join(' and ')}.`;
}

/**
 * The dependencies that make a tier late: those it waits for, when they (not the tier's own
 * preparation) decide when it serves.
 */
export function heldBackBy(
	schedule: readonly TierSchedule[],
	tier: string,
	dependsOn: readonly string[],
): { tier: string; finish: Range }[] {
	if (schedule.find((s) => s.tier === tier)?.heldBack !== true) return [];
	return schedule
		.filter((s) => dependsOn.includes(s.tier))
		.map((s) => ({ tier: s.tier, finish: s.finish }));
}

/** "Chosen in the plan's schedule in place of X (US$… a month less): …" */
export function chosenInScheduleText(c: { from: Evaluation; extraUsd: number }): string {
	const usd = `${formatUsd(Math.abs(c.extraUsd))} a month ${c.extraUsd < 0 ? 'less' : 'more'}`;
	return c.extraUsd < 0
		? `Chosen in place of ${c.from.name} (${usd}): in the plan’s schedule that faster option would leave this tier no better off.`
		: `Chosen in place of ${c.from.name} (${usd}): in the plan’s schedule it brings a tier’s target from missed or at risk to a better status.`;
}
