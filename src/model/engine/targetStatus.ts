/**
 * One rule for both targets. An RTO or RPO estimate is a range (low, typical, high); against its
 * target it is:
 * - `met`: the whole range is within the target (the high end too);
 * - `at-risk`: the typical value is within the target, the high end beyond it;
 * - `missed`: the typical value is beyond the target.
 * The same ranges feed RTO and RPO, and the engine prefers met to at risk to missed, then cost.
 */
import { formatMinutes, formatMinutesApart, formatTarget } from '../facts/format.ts';
import { round } from '../kit/range.ts';
import type { Range, Rejection } from '../kit/types.ts';

export type TargetStatus = 'met' | 'at-risk' | 'missed';

export const TARGET_STATUSES: readonly TargetStatus[] = ['met', 'at-risk', 'missed'];

/** Words a reader sees for each status. */
export const TARGET_STATUS_LABEL: Record<TargetStatus, string> = {
	met: 'met',
	'at-risk': 'at risk',
	missed: 'missed',
};

/** One target judged against one estimate range. */
export interface TargetJudgement {
	status: TargetStatus;
	targetMinutes: number;
	typicalMinutes: number;
	worstMinutes: number;
	/** Target minus typical: minutes to spare at the typical value (negative when missed). */
	marginMinutes: number;
	/** Target minus high: minutes to spare at worst (negative when the worst case is beyond). */
	worstMarginMinutes: number;
	/**
	 * Set when the option cannot be used for the tier at all (a support rule, a retired service,
	 * a missing prerequisite): why, in a few words. The status is then `missed`, whatever the
	 * estimate's margins say.
	 */
	ruledOut?: string;
}

/** met / at-risk / missed for one range against one target. */
export function targetStatus(range: Range, targetMinutes: number): TargetStatus {
	if (range.typical > targetMinutes) return 'missed';
	return range.high > targetMinutes ? 'at-risk' : 'met';
}

export function judgeTarget(range: Range, targetMinutes: number): TargetJudgement {
	return {
		status: targetStatus(range, targetMinutes),
		targetMinutes,
		typicalMinutes: range.typical,
		worstMinutes: range.high,
		marginMinutes: round(targetMinutes - range.typical),
		worstMarginMinutes: round(targetMinutes - range.high),
	};
}

/**
 * Missing a target or the budget, or being set aside for a generally available option
 * (previewPreference.ts), still lets an option run; any other rejection rules it out.
 */
export const SOFT_REJECTIONS: ReadonlySet<Rejection['kind']> = new Set([
	'rto',
	'rpo',
	'budget',
	'preview',
]);

/**
 * How far out of reach a rejected option is, for the order of last resorts: 0 it only misses a
 * target or the budget; 1 a step the reader can take (a prerequisite, a limit, a region, a
 * consistency need); 2 not supported for the tier; 3 retired or not applicable at all. A tier
 * nothing can plan falls back on the lowest, never on a retired service before a supported one.
 */
export function rejectionRank(rejections: readonly Rejection[]): number {
	return Math.max(
		0,
		...rejections.map((r) =>
			SOFT_REJECTIONS.has(r.kind)
				? 0
				: r.kind === 'not-supported'
					? 2
					: r.kind === 'retired' || r.kind === 'not-applicable'
						? 3
						: 1,
		),
	);
}

/** The rejections that rule an option out for good (a support rule, a retired service…). */
export function hardRejections(rejections: readonly Rejection[]): Rejection[] {
	return rejections.filter((r) => !SOFT_REJECTIONS.has(r.kind));
}

/**
 * The few words a ruled-out option's RTO and RPO status give ("not supported for db" when a
 * support rule rejects it), or undefined when nothing rules it out.
 */
export function ruledOutWords(tier: string, rejections: readonly Rejection[]): string | undefined {
	const hard = hardRejections(rejections);
	if (hard.length === 0) return undefined;
	return hard.some((r) => r.kind === 'not-supported')
		? `not supported for ${tier}`
		: `ruled out for ${tier}`;
}

/** The judgement of an option that cannot be used: missed, with why, its margins kept. */
export function ruledOutJudgement(j: TargetJudgement, why: string): TargetJudgement {
	return { ...j, status: 'missed', ruledOut: why };
}

/**
 * A tier's RTO judged when it is back in the plan's schedule, against the target its option
 * was judged on; still missed when that option is ruled out.
 */
export function judgeInPlan(recoveredBy: Range, own: TargetJudgement): TargetJudgement {
	const j = judgeTarget(recoveredBy, own.targetMinutes);
	return own.ruledOut === undefined ? j : ruledOutJudgement(j, own.ruledOut);
}

/** 0 for met, 1 for at risk, 2 for missed: lower is better. */
export function statusRank(status: TargetStatus): number {
	return TARGET_STATUSES.indexOf(status);
}

/** The worse of several statuses (met when there are none). */
export function worstStatus(statuses: readonly TargetStatus[]): TargetStatus {
	return statuses.reduce<TargetStatus>(
		(worst, s) => (statusRank(s) > statusRank(worst) ? s : worst),
		'met',
	);
}

/** The worse of several judgements: the higher status, then the smaller margin at worst. */
export function worstJudgement(
	judgements: readonly TargetJudgement[],
): TargetJudgement | undefined {
	return [...judgements].sort(
		(a, b) =>
			statusRank(b.status) - statusRank(a.status) ||
			a.marginMinutes - b.marginMinutes ||
			a.worstMarginMinutes - b.worstMarginMinutes,
	)[0];
}

/**
 * One sentence: the status and its margin. "RTO met: 1 h 2 min at worst, 58 min to spare";
 * "RTO at risk: typical 29 min within the 30 min target, worst 1 h 2 min (32 min beyond)";
 * "RPO missed: typical 1 h, 45 min beyond the 15 min target".
 */
export function targetStatusText(which: 'RTO' | 'RPO', j: TargetJudgement): string {
	const target = formatTarget(j.targetMinutes);
	if (j.ruledOut !== undefined)
		return `${which} missed: ${j.ruledOut}, so its estimate of ${formatMinutes(j.typicalMinutes)} against ${target} does not count`;
	if (j.status === 'met')
		return `${which} met: ${formatMinutes(j.worstMinutes)} at worst against ${target}, ${formatMinutes(j.worstMarginMinutes)} to spare`;
	if (j.status === 'at-risk') {
		const [typical, shownTarget] = formatMinutesApart(j.typicalMinutes, j.targetMinutes);
		return `${which} at risk: typical ${typical} within the ${shownTarget} target, worst ${formatMinutes(j.worstMinutes)} (${formatMinutes(-j.worstMarginMinutes)} beyond)`;
	}
	const [typical, shownTarget] = formatMinutesApart(j.typicalMinutes, j.targetMinutes);
	return `${which} missed: typical ${typical}, ${formatMinutes(-j.marginMinutes)} beyond the ${shownTarget} target`;
}

/** Short, for a table cell: "RTO met, 58 min to spare", "RPO at risk, 5 min beyond at worst", "RTO missed by 45 min". */
export function targetMarginText(which: 'RTO' | 'RPO', j: TargetJudgement): string {
	if (j.ruledOut !== undefined) return `${which} missed: ${j.ruledOut}`;
	if (j.status === 'met') return `${which} met, ${formatMinutes(j.worstMarginMinutes)} to spare`;
	if (j.status === 'at-risk')
		return `${which} at risk, ${formatMinutes(-j.worstMarginMinutes)} beyond at worst`;
	return `${which} missed by ${formatMinutes(-j.marginMinutes)}`;
}

/** Both targets of a plan, a tier or an option. */
export interface TargetsJudged {
	rto: TargetJudgement;
	rpo: TargetJudgement;
}

/** The worse of an RTO and an RPO status: what an option or tier is, overall. */
export function overallStatus(t: TargetsJudged): TargetStatus {
	return worstStatus([t.rto.status, t.rpo.status]);
}

/** One row of "Plan at a glance": a target, its status, its margin, in words. */
export interface GlanceRow {
	/** `plan` for the whole workload, or the tier's name. */
	scope: string;
	target: 'rto' | 'rpo';
	judgement: TargetJudgement;
	text: string;
}

/**
 * For the wizard's "Plan at a glance" and any summary: the plan's RTO and RPO, then each tier's,
 * each with met / at risk / missed and its margin. The tier's RTO is judged when it is back in
 * the plan's schedule (after the tiers it waits for), not on its own.
 */
export function planAtAGlance(plan: {
	targetStatus: TargetsJudged;
	tiers: readonly { tier: string; targetStatus: TargetsJudged }[];
}): GlanceRow[] {
	const rows = (scope: string, t: TargetsJudged): GlanceRow[] => [
		{ scope, target: 'rto', judgement: t.rto, text: targetStatusText('RTO', t.rto) },
		{ scope, target: 'rpo', judgement: t.rpo, text: targetStatusText('RPO', t.rpo) },
	];
	return [
		...rows('plan', plan.targetStatus),
		...plan.tiers.flatMap((t) => rows(t.tier, t.targetStatus)),
	];
}

/**
 * For a headline: nothing when both targets are met; otherwise a sentence naming each target at
 * risk and its worst case.
 */
export function atRiskNote(t: TargetsJudged): string {
	const parts = (['RTO', 'RPO'] as const)
		.map((which) => ({ which, j: which === 'RTO' ? t.rto : t.rpo }))
		.filter(({ j }) => j.status === 'at-risk')
		.map(({ which, j }) => targetStatusText(which, j));
	return parts.length === 0 ? '' : ` ${parts.join('; ')}.`;
}
