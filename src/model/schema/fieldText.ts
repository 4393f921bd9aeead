/**
 * A workload field's text and value, both ways: the one converter for form controls and link
 * parameters. Each input kind of a field's question (its type, range, options and optionality,
 * from the schema) has one `{ parse, format }`. Parsing reports a problem as a message to follow
 * the field's name ("must be …", "is required: …"), naming the accepted range or values.
 * Formatting writes what parsing reads back; a form and a link differ only in separators (a
 * list's ", " or ",", the drill's lines or ";").
 */
import { measuredFromText, measuredToText, type Measured } from './measuredTimes.ts';
import { questionFor, rangeOf, type WizardQuestion } from './wizardQuestions.ts';
import { rangeText } from './workload.ts';

export type FieldText =
	| { ok: true; value: string | number | boolean | string[] | number[] | Measured }
	/** An optional field left empty: it has no value. */
	| { ok: true; value: undefined }
	| { ok: false; message: string };

/** Where a value's text goes: a form control, or a link parameter (compact separators). */
export type TextFor = 'form' | 'link';

interface FieldCodec {
	/** `unreadable`: a number control whose text the browser could not read as a number. */
	parse(text: string, q: WizardQuestion, unreadable: boolean): FieldText;
	/** The value's text, or undefined when the field has no value to write. */
	format(value: unknown, where: TextFor): string | undefined;
}

const TRUE = new Set(['1', 'true', 'on']);
const FALSE = new Set(['0', 'false', 'off']);
const SHOWN = 20;

function accepted(q: WizardQuestion): string {
	const range = rangeOf(q);
	return range !== undefined ? rangeText(range) : 'a number';
}

const plainText = (value: unknown): string | undefined =>
	typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
		? String(value)
		: undefined;

const text: FieldCodec = {
	// An optional text field left empty (a tier's vmSize) has no value.
	parse: (raw, q) => ({
		ok: true,
		value: q.optional === true && raw.trim() === '' ? undefined : raw,
	}),
	format: plainText,
};

const CODECS: Record<WizardQuestion['input'], FieldCodec> = {
	text,
	// `key=minutes`, one a line in a form, `;` between them in a link.
	lines: {
		parse(raw) {
			if (raw.trim() === '') return { ok: true, value: undefined };
			const read = measuredFromText(raw);
			return read.ok
				? { ok: true, value: read.measured }
				: { ok: false, message: read.errors.join('; ') };
		},
		format(value, where) {
			if (value === null || typeof value !== 'object') return undefined;
			const lines = measuredToText(value as Measured);
			if (lines === '') return undefined;
			return where === 'link' ? lines.replaceAll('\n', ';') : lines;
		},
	},
	// Names separated by commas (a tier's dependsOn), or numbers where the list has a range (a
	// tier's data disk sizes); the schema judges each entry.
	list: {
		parse(raw, q) {
			const entries = raw
				.split(',')
				.map((v) => v.trim())
				.filter((v) => v !== '');
			if (entries.length === 0) return { ok: true, value: undefined };
			if (q.range === undefined) return { ok: true, value: entries };
			const numbers = entries.map(Number);
			const bad = entries.find((_, i) => !Number.isFinite(numbers[i]));
			return bad === undefined
				? { ok: true, value: numbers }
				: {
						ok: false,
						message: `must be numbers separated by commas, each ${accepted(q)}; “${bad.slice(0, SHOWN)}” is not a number`,
					};
		},
		format(value, where) {
			if (
				!Array.isArray(value) ||
				!value.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
			)
				return undefined;
			return value.join(where === 'link' ? ',' : ', ');
		},
	},
	// A region is any text here; the schema checks it against the region table.
	region: {
		parse(raw) {
			const t = raw.trim();
			return { ok: true, value: t === '' ? undefined : t.slice(0, 80) };
		},
		format: plainText,
	},
	checkbox: {
		parse(raw) {
			const t = raw.trim();
			if (TRUE.has(t)) return { ok: true, value: true };
			if (FALSE.has(t)) return { ok: true, value: false };
			return { ok: false, message: 'must be on or off (1 or 0)' };
		},
		format: (value) => (typeof value === 'boolean' ? (value ? '1' : '0') : undefined),
	},
	select: {
		parse(raw, q) {
			const t = raw.trim();
			const values = (q.options ?? []).map((o) => o.value);
			if (values.includes(t)) return { ok: true, value: t };
			if (t === '' && q.optional === true) return { ok: true, value: undefined };
			return { ok: false, message: `must be one of ${values.join(', ')}` };
		},
		format: plainText,
	},
	number: {
		parse(raw, q, unreadable) {
			const t = raw.trim();
			if (unreadable && t === '')
				return {
					ok: false,
					message: `must be ${accepted(q)}; what was typed is not a number this form can read`,
				};
			if (t === '')
				return q.optional === true
					? { ok: true, value: undefined }
					: { ok: false, message: `is required: ${accepted(q)}` };
			const n = Number(t);
			if (!Number.isFinite(n))
				return {
					ok: false,
					message: `must be ${accepted(q)}; “${t.slice(0, SHOWN)}” is not a number`,
				};
			return { ok: true, value: n };
		},
		format: plainText,
	},
};

const codecOf = (field: string): { codec: FieldCodec; q: WizardQuestion | undefined } => {
	const q = questionFor(field);
	return { codec: q === undefined ? text : CODECS[q.input], q };
};

/**
 * Reads one field's text. `unreadable` marks a number control whose text the browser could not
 * read as a number (it then reports an empty value): the message says so rather than call the
 * field empty. A field no question asks about keeps its text.
 */
export function valueFromText(field: string, raw: string, unreadable = false): FieldText {
	const { codec, q } = codecOf(field);
	return q === undefined ? { ok: true, value: raw } : codec.parse(raw, q, unreadable);
}

/** One field's value as text for a form control or a link; undefined when it has none. */
export function textFromValue(
	field: string,
	value: unknown,
	where: TextFor = 'form',
): string | undefined {
	return codecOf(field).codec.format(value, where);
}
