/** How figures read: one formatter for prose, widgets, CLI and exports. */
import type { Fact, FactUnit } from './fact.ts';

/**
 * One Intl.NumberFormat per option set, made once: `n.toLocaleString('en-US', options)` builds a
 * new formatter on every call, which made number formatting most of the time a plan takes.
 * The output is the same, by definition of toLocaleString.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(minDigits: number, maxDigits: number): Intl.NumberFormat {
	const key = `${minDigits}/${maxDigits}`;
	let f = formatters.get(key);
	if (f === undefined) {
		f = new Intl.NumberFormat('en-US', {
			minimumFractionDigits: minDigits,
			maximumFractionDigits: maxDigits,
		});
		formatters.set(key, f);
	}
	return f;
}

/** A number in US English with at most `maxDigits` decimals (at least `minDigits`): "1,234.5". */
export function formatDecimal(value: number, maxDigits = 2, minDigits = 0): string {
	return formatter(minDigits, maxDigits).format(value);
}

const number = (value: number, digits = 2): string => formatDecimal(value, digits);

const UNIT_TEXT: Partial<Record<FactUnit, (v: string, n: number) => string>> = {
	ms: (v) => `${v} ms`,
	s: (v) => `${v} s`,
	min: (v) => `${v} min`,
	h: (v, n) => `${v} ${n === 1 ? 'hour' : 'hours'}`,
	d: (v, n) => `${v} ${n === 1 ? 'day' : 'days'}`,
	'MB/s': (v) => `${v} MB/s`,
	GB: (v) => `${v} GB`,
	GiB: (v) => `${v} GiB`,
	TiB: (v) => `${v} TiB`,
	'GB/day': (v) => `${v} GB a day`,
	'Gbit/s': (v) => `${v} Gbit/s`,
	'USD/month': (v) => `US$${v} a month`,
	'USD/GB': (v) => `US$${v} per GB`,
	'USD/GiB-month': (v) => `US$${v} per GiB a month`,
	'USD/vCPU-hour': (v) => `US$${v} per vCPU-hour`,
	'USD/million': (v) => `US$${v} per million`,
	'h/month': (v) => `${v} hours a month`,
	'%': (v) => `${v}%`,
	x: (v) => `${v}×`,
	count: (v) => v,
};

export function formatValue(value: number | string, unit: FactUnit): string {
	if (typeof value === 'string') return value;
	const digits = unit.startsWith('USD') ? 3 : 2;
	const text = number(value, digits);
	return (UNIT_TEXT[unit] ?? ((v: string) => v))(text, value);
}

/** A fact's value with its unit, and its range when it has one. */
export function formatFact(fact: Pick<Fact, 'value' | 'unit' | 'range'>): string {
	const main = formatValue(fact.value, fact.unit);
	if (fact.range === undefined || typeof fact.value !== 'number') return main;
	return `${main} (range ${formatValue(fact.range.low, fact.unit)} to ${formatValue(fact.range.high, fact.unit)})`;
}

/** Minutes as a readable duration: "45 s", "12 min", "2 h 30 min", "3 d 4 h". */
export function formatMinutes(minutes: number): string {
	if (!Number.isFinite(minutes)) return 'unbounded';
	if (minutes <= 0) return '0 min';
	if (minutes < 1) return `${Math.max(1, Math.round(minutes * 60))} s`;
	if (minutes < 60) return `${Math.round(minutes)} min`;
	const totalMinutes = Math.round(minutes);
	if (totalMinutes < 48 * 60) {
		const h = Math.floor(totalMinutes / 60);
		const m = totalMinutes % 60;
		return m === 0 ? `${h} h` : `${h} h ${m} min`;
	}
	const totalHours = Math.round(minutes / 60);
	const d = Math.floor(totalHours / 24);
	const h = totalHours % 24;
	return h === 0 ? `${d} d` : `${d} d ${h} h`;
}

/**
 * Minutes to the second ("15 min 4 s", "2 h 0 min 18 s"), for where the rounded form would hide
 * a difference the reader must see, such as a figure just over its target.
 */
export function formatMinutesExact(minutes: number): string {
	if (!Number.isFinite(minutes)) return 'unbounded';
	const totalSeconds = Math.max(0, Math.round(minutes * 60));
	const h = Math.floor(totalSeconds / 3600);
	const m = Math.floor((totalSeconds % 3600) / 60);
	const s = totalSeconds % 60;
	const parts = [h > 0 ? `${h} h` : '', h > 0 || m > 0 ? `${m} min` : '', `${s} s`];
	return parts.filter((p) => p !== '').join(' ');
}

/** Two durations that read differently, even when they round to the same text. */
export function formatMinutesApart(a: number, b: number): [string, string] {
	const [x, y] = [formatMinutes(a), formatMinutes(b)];
	return x === y ? [formatMinutesExact(a), formatMinutesExact(b)] : [x, y];
}

/** A target as the reader typed it: whole minutes as usual, fractions to the second ("2 min 30 s"). */
export function formatTarget(minutes: number): string {
	return Number.isInteger(minutes) || minutes < 1
		? formatMinutes(minutes)
		: formatMinutesExact(minutes);
}

/** US dollars, whole above 100, cents below. */
export function formatUsd(amount: number): string {
	if (!Number.isFinite(amount)) return 'unknown';
	const digits = Math.abs(amount) >= 100 ? 0 : 2;
	return `US$${formatDecimal(amount, digits, digits)}`;
}

export function formatRange(
	range: { low: number; high: number },
	format: (n: number) => string,
): string {
	const low = format(range.low);
	const high = format(range.high);
	return low === high ? low : `${low} to ${high}`;
}
