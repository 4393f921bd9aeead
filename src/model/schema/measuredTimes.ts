/**
 * Drill times back into the plan: a workload's `measured` block (minutes by step key) read
 * against the plan's timeline, and the `key=minutes` lines the wizard and share links use.
 */
import { MEASURED_KEY_PATTERN, RANGES, rangeText } from './workload.ts';

export type Measured = Record<string, number>;

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
