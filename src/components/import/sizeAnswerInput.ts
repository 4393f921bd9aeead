/**
 * The number input of one field of an unknown VM size's answer (vCPUs, memory, hourly price), as
 * the import page and the estate page both ask it: the field's range from the workload file as
 * the input's min, max and step, and what the reader typed. Each page adds its own data
 * attributes (what its script reads) and its own marks of a bad value.
 */
import type { SIZE_ANSWER_FIELDS } from '~/model/schema/import/sizeAnswer.ts';
import { RANGES } from '~/model/schema/workloadValues.ts';
import { html, type SafeHtml } from '../widgets/html.ts';

export function sizeAnswerInput(
	id: string,
	field: (typeof SIZE_ANSWER_FIELDS)[number],
	value: string,
	attributes: SafeHtml,
): SafeHtml {
	const range = RANGES[field.range];
	return html`<input
		id="${id}"
		type="number"
		inputmode="decimal"
		min="${range.min}"
		max="${range.max}"
		step="${range.integer ? 1 : 'any'}"
		autocomplete="off"
		${attributes}
		value="${value}"
	/>`;
}
