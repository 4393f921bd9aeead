/** A drill's measured step times beside the plan's timeline (the plan's `measured`). */
import type { RtoEstimate } from '../kit/types.ts';
import type { Measured } from '../schema/measuredTimes.ts';

export interface MeasuredStep {
	key: string;
	label: string;
	tier?: string;
	plannedMinutes: number;
	/** Absent when the drill did not record this step. */
	measuredMinutes?: number;
}

export interface MeasuredTimeline {
	steps: MeasuredStep[];
	/** Sum of the measured steps when every step on the critical path was measured. */
	measuredTotalMinutes?: number;
	plannedTotalMinutes: number;
	/** Keys of critical-path steps the drill did not record. */
	missing: string[];
	/** Keys in the measured block that are not steps of this plan's timeline. */
	unmatched: string[];
	/** What the measured times change, and what they do not. */
	note: string;
}

/** The plan's timeline with the drill's times beside it; undefined when nothing was measured. */
export function measuredTimeline(
	rto: RtoEstimate,
	measured: Measured | undefined,
): MeasuredTimeline | undefined {
	if (measured === undefined || Object.keys(measured).length === 0) return undefined;
	const steps = rto.steps.map((s): MeasuredStep => {
		const m = Object.hasOwn(measured, s.key) ? measured[s.key] : undefined;
		return {
			key: s.key,
			label: s.label,
			...(s.tier !== undefined ? { tier: s.tier } : {}),
			plannedMinutes: s.minutes.typical,
			...(m !== undefined ? { measuredMinutes: m } : {}),
		};
	});
	const missing = steps.filter((s) => s.measuredMinutes === undefined).map((s) => s.key);
	const keys = new Set(rto.steps.map((s) => s.key));
	const unmatched = Object.keys(measured).filter((k) => !keys.has(k));
	const total = steps.reduce((sum, s) => sum + (s.measuredMinutes ?? 0), 0);
	return {
		steps,
		...(missing.length === 0 ? { measuredTotalMinutes: Math.round(total * 10) / 10 } : {}),
		plannedTotalMinutes: rto.total.typical,
		missing,
		unmatched,
		note: 'The plan’s RTO, and the choice of pattern, still use the planned estimates: measured times are shown beside them, not put in their place. To plan with your team’s measured times for detecting, declaring and validating, enter them as your team’s times (“Your team” in the wizard, `operations` in the workload JSON).',
	};
}
