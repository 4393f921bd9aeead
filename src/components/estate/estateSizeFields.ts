/**
 * The estate page's fourth step, the worker's side: a size the model's table does not know
 * (Standard_DC4as_v5, say) stops the workloads that use it until the reader gives its vCPUs and
 * memory, and optionally an hourly price per VM. The worker turns what was typed into answers to
 * plan with (readSizeAnswer: the workload file's ranges, each bad value a message naming the field
 * and its range) and writes a group of fields for each size the report asks about
 * (EstateReport.sizeQuestions), holding what was typed. The page's side, which loads no model,
 * is estateSizeDom.ts.
 */
import type { EstateSizeQuestion, SizeAnswer } from '~/model/engine/estate/index.ts';
import { readSizeAnswer, SIZE_ANSWER_FIELDS } from '~/model/schema/import/sizeAnswer.ts';
import { html, type SafeHtml } from '../widgets/html.ts';
import { sizeAnswerInput } from '../import/sizeAnswerInput.ts';
import { typedFor, type SizeAnswerKey, type SizeIssue, type SizeTexts } from './estateSizeDom.ts';

export type { SizeIssue, SizeTexts } from './estateSizeDom.ts';

const fieldId = (index: number, key: SizeAnswerKey) => `est-size-${index}-${key}`;

function listed(names: readonly string[], most = 3): string {
	return names.length <= most
		? names.join(', ')
		: `${names.slice(0, most).join(', ')} and ${names.length - most} more`;
}

/** One group of fields per size, each holding what was typed for it before. */
export function sizeQuestionsHtml(
	questions: readonly EstateSizeQuestion[],
	typed: SizeTexts,
): SafeHtml {
	return html`${questions.map((q, i) => {
		const texts = typedFor(typed, q.vmSize) ?? {};
		const vms = `${q.vms.length} VM${q.vms.length === 1 ? '' : 's'}`;
		return html`<fieldset
			class="import-question estate-size"
			data-size-question="${q.vmSize}"
			data-answered="${q.answer === undefined ? 'no' : 'yes'}"
		>
			<legend>
				<code>${q.vmSize}</code>: ${vms} (${listed(q.vms)}) in
				${q.workloads.length === 1 ? 'workload' : 'workloads'} ${listed(q.workloads)}
			</legend>
			${SIZE_ANSWER_FIELDS.map((f) => {
				const id = fieldId(i, f.key);
				return html`<p class="estate-size-field">
					<label for="${id}">${f.label}</label>
					${sizeAnswerInput(id, f, texts[f.key] ?? '', html`data-size-field="${f.key}"`)}
					<span class="import-issue" id="${id}-issue" data-size-issue="${f.key}" hidden></span>
				</p>`;
			})}
		</fieldset>`;
	})}`;
}

/**
 * The answers to plan with, from what was typed (by size name, any case), and a message naming
 * the field and its range for each value that cannot be used. A size with nothing typed stays a
 * question; one with only some fields is not used until complete.
 */
export function answersFromTexts(texts: SizeTexts): {
	sizes: Record<string, SizeAnswer>;
	issues: SizeIssue[];
} {
	const sizes: Record<string, SizeAnswer> = {};
	const issues: SizeIssue[] = [];
	for (const [vmSize, text] of Object.entries(texts)) {
		const read = readSizeAnswer(vmSize, text);
		if (read.kind === 'answer') sizes[vmSize] = read.answer;
		if (read.kind === 'invalid') issues.push(...read.errors.map((e) => ({ vmSize, ...e })));
	}
	return { sizes, issues };
}
