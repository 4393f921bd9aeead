/**
 * Drill times back into the plan: a workload's `measured` block (minutes by step key) read
 * against the plan's timeline, and the `key=minutes` lines the wizard and share links use.
 */
import type { RtoEstimate } from '../kit/types.ts';
import { MEASURED_KEY_PATTERN, RANGES, rangeText } from './workload.ts';

export type Measured = Record<string, number>;

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

/** `key=minutes`, one a line, in key order as given. */
export function measuredToText(measured: Measured | undefined): string {
	return Object.entries(measured ?? {})
		.map(([k, v]) => `${k}=${v}`)
		.join('\n');
}

export type MeasuredText = { ok: true; measured: Measured } | { ok: false; errors: string[] };

/**
 * Reads `key=minutes` lines (blank lines ignored). Each bad line gets its own message naming
 * the line, the key and the accepted range.
 */
export function measuredFromText(text: string): MeasuredText {
	const range = RANGES.measuredMinutes;
	const measured = new Map<string, number>();
	const errors: string[] = [];
	text.split(/\r?\n|;/).forEach((raw, i) => {
		const line = raw.trim();
		if (line === '') return;
		const where = `line ${i + 1}`;
		const eq = line.indexOf('=');
		if (eq < 0) {
			errors.push(`${where}: “${line.slice(0, 40)}” must be key=minutes, such as detect=12`);
			return;
		}
		const key = line.slice(0, eq).trim();
		const value = line.slice(eq + 1).trim();
		if (!MEASURED_KEY_PATTERN.test(key)) {
			errors.push(`${where}: the step key must be 1 to 60 characters, such as detect or web/boot`);
			return;
		}
		const n = Number(value);
		if (value === '' || !Number.isFinite(n) || n < range.min || n > range.max) {
			errors.push(`${where}: ${key} must be ${rangeText(range)}; “${value.slice(0, 20)}” is not`);
			return;
		}
		if (measured.has(key)) {
			errors.push(`${where}: ${key} is given twice`);
			return;
		}
		measured.set(key, n);
	});
	return errors.length > 0
		? { ok: false, errors }
		: { ok: true, measured: Object.fromEntries(measured) };
}
