/**
 * Text to a workload value: the one converter for form controls and link parameters. A
 * field's question (its input type, range, options and optionality, from the schema) says how
 * its text is read; a problem comes back as a message to follow the field's name ("must be …",
 * "is required: …"), naming the accepted range or values.
 */
import { measuredFromText, type Measured } from './measuredTimes.ts';
import { questionFor, rangeOf, type WizardQuestion } from './wizardQuestions.ts';
import { rangeText } from './workload.ts';

export type FieldText =
	| { ok: true; value: string | number | boolean | string[] | Measured }
	/** An optional field left empty: it has no value. */
	| { ok: true; value: undefined }
	| { ok: false; message: string };

const TRUE = new Set(['1', 'true', 'on']);
const FALSE = new Set(['0', 'false', 'off']);
const SHOWN = 20;

function accepted(q: WizardQuestion): string {
	const range = rangeOf(q);
	return range !== undefined ? rangeText(range) : 'a number';
}

/**
 * Reads one field's text. `unreadable` marks a number control whose text the browser could not
 * read as a number (it then reports an empty value): the message says so rather than call the
 * field empty. A field no question asks about keeps its text.
 */
export function valueFromText(field: string, raw: string, unreadable = false): FieldText {
	const q = questionFor(field);
	if (q === undefined) return { ok: true, value: raw };
	// An optional text field left empty (a tier's vmSize) has no value.
	if (q.input === 'text')
		return { ok: true, value: q.optional === true && raw.trim() === '' ? undefined : raw };
	const text = raw.trim();
	if (q.input === 'lines') {
		if (text === '') return { ok: true, value: undefined };
		const read = measuredFromText(raw);
		return read.ok
			? { ok: true, value: read.measured }
			: { ok: false, message: read.errors.join('; ') };
	}
	if (q.input === 'list') {
		// Names separated by commas (a tier's dependsOn); the schema judges each name.
		const names = text
			.split(',')
			.map((v) => v.trim())
			.filter((v) => v !== '');
		return { ok: true, value: names.length === 0 ? undefined : names };
	}
	// A region is any text here; the schema checks it against the region table.
	if (q.input === 'region') return { ok: true, value: text === '' ? undefined : text.slice(0, 80) };
	if (q.input === 'checkbox') {
		if (TRUE.has(text)) return { ok: true, value: true };
		if (FALSE.has(text)) return { ok: true, value: false };
		return { ok: false, message: 'must be on or off (1 or 0)' };
	}
	if (q.input === 'select') {
		const values = (q.options ?? []).map((o) => o.value);
		if (values.includes(text)) return { ok: true, value: text };
		if (text === '' && q.optional === true) return { ok: true, value: undefined };
		return { ok: false, message: `must be one of ${values.join(', ')}` };
	}
	if (unreadable && text === '') {
		return {
			ok: false,
			message: `must be ${accepted(q)}; what was typed is not a number this form can read`,
		};
	}
	if (text === '') {
		return q.optional === true
			? { ok: true, value: undefined }
			: { ok: false, message: `is required: ${accepted(q)}` };
	}
	const n = Number(text);
	if (!Number.isFinite(n)) {
		return {
			ok: false,
			message: `must be ${accepted(q)}; “${text.slice(0, SHOWN)}” is not a number`,
		};
	}
	return { ok: true, value: n };
}
