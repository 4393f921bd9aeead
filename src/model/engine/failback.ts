/**
 * Failback as a line of the plan, not only a runbook section: what coming back to the primary
 * takes, from the runbook's own failback steps for each tier's pattern, and an estimate of its
 * time from the plan's own recovery steps. Labelled as an estimate with its assumption.
 */
import { getPattern } from '../patterns/patternRegistry.ts';
import { addRanges, roundRange } from '../kit/range.ts';
import { formatMinutes, formatRange, formatUsd } from '../facts/format.ts';
import type { Range, RtoStep } from '../kit/types.ts';
import type { Evaluation } from './evaluate.ts';

export interface PlanFailback {
	/** Estimate: the plan's recovery steps once more, without detecting or declaring. */
	minutes: Range;
	/** What each day in the secondary adds until failback completes, US$. */
	failedOverDayUsd: number;
	/** The runbook's failback steps, per tier, by title. */
	steps: { tier: string; titles: string[] }[];
	assumption: string;
	text: string;
}

export const FAILBACK_ASSUMPTION =
	'Estimate: a planned failback runs the plan’s recovery steps again in the other direction, in the same start order, with no one detecting or deciding; replication back to the primary (reprotection) must have finished first and is not counted.';

export function planFailback(
	tiers: readonly { tier: string; recommended: Evaluation }[],
	steps: readonly RtoStep[],
	failedOverDayUsd: number,
): PlanFailback {
	const planned = steps.filter((s) => s.kind !== 'detect' && s.kind !== 'declare');
	const minutes = roundRange(addRanges(...planned.map((s) => s.minutes)));
	const perTier = tiers.map((t) => ({
		tier: t.tier,
		titles: getPattern(t.recommended.patternId).failback.map((s) => s.title),
	}));
	const text = `Failback: about ${formatMinutes(minutes.typical)} (range ${formatRange(minutes, formatMinutes)}) in a planned window, with the runbook’s steps (${perTier
		.map((t) => `${t.tier}: ${t.titles.join(', ').replace(/\{fact:[^}]+\}/g, '')}`)
		.join('; ')}); each day in the secondary until then adds about ${formatUsd(failedOverDayUsd)}.`;
	return {
		minutes,
		failedOverDayUsd,
		steps: perTier,
		assumption: FAILBACK_ASSUMPTION,
		text,
	};
}
