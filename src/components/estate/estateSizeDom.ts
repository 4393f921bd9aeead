/**
 * The estate page's fourth step, the page's side (no model code: the worker validates and writes
 * the fields, estateSizeFields.ts): which sizes the fields show, what the reader typed in them,
 * and marking the fields a message is about. What was typed is kept by size name, so re-planning
 * (new tags, a new file with the same size) keeps the answers.
 */

// Types only: erased from the page's script, which loads no model code.
import type { SizeAnswerKey } from '~/model/schema/import/sizeAnswer.ts';

export type { SizeAnswerKey };

/** What the reader typed, by size name (as the export spells it), then by field. */
export type SizeTexts = Record<string, Partial<Record<SizeAnswerKey, string>>>;

export interface SizeIssue {
	vmSize: string;
	field: SizeAnswerKey;
	message: string;
}

/** What was typed for a size, its name matched in any case (as the planner matches it). */
export function typedFor(
	texts: SizeTexts,
	vmSize: string,
): Partial<Record<SizeAnswerKey, string>> | undefined {
	return Object.entries(texts).find(([k]) => k.toLowerCase() === vmSize.toLowerCase())?.[1];
}

/** The sizes a box of fields shows, in order: to tell whether a new report needs new fields. */
export function shownSizes(box: ParentNode): string[] {
	return [...box.querySelectorAll('[data-size-question]')].map(
		(el) => el.getAttribute('data-size-question') ?? '',
	);
}

/** What the reader typed in every size's fields, by size name. */
export function readSizeTexts(box: ParentNode): SizeTexts {
	const texts: SizeTexts = {};
	for (const group of box.querySelectorAll('[data-size-question]')) {
		const vmSize = group.getAttribute('data-size-question') ?? '';
		const text: Partial<Record<SizeAnswerKey, string>> = {};
		for (const input of group.querySelectorAll<HTMLInputElement>('input[data-size-field]'))
			text[input.getAttribute('data-size-field') as SizeAnswerKey] = input.value;
		texts[vmSize] = text;
	}
	return texts;
}

/** Marks each field a message is about (aria-invalid, the message beside it); clears the rest. */
export function showSizeIssues(box: ParentNode, issues: readonly SizeIssue[]): void {
	for (const group of box.querySelectorAll('[data-size-question]')) {
		const vmSize = group.getAttribute('data-size-question') ?? '';
		for (const input of group.querySelectorAll<HTMLInputElement>('input[data-size-field]')) {
			const field = input.getAttribute('data-size-field');
			const issue = issues.find(
				(i) => i.vmSize.toLowerCase() === vmSize.toLowerCase() && i.field === field,
			);
			const said = group.querySelector<HTMLElement>(`[data-size-issue="${field ?? ''}"]`);
			if (issue === undefined) {
				input.removeAttribute('aria-invalid');
				input.removeAttribute('aria-describedby');
				said?.setAttribute('hidden', '');
				if (said !== null) said.textContent = '';
				continue;
			}
			input.setAttribute('aria-invalid', 'true');
			if (said !== null) {
				input.setAttribute('aria-describedby', said.id);
				said.textContent = issue.message;
				said.removeAttribute('hidden');
			}
		}
	}
}

/** Marks which sizes the plan used an answer for (`data-answered`), the fields left as they are. */
export function markAnswered(box: ParentNode, answered: readonly string[]): void {
	for (const group of box.querySelectorAll('[data-size-question]'))
		group.setAttribute(
			'data-answered',
			answered.includes(group.getAttribute('data-size-question') ?? '') ? 'yes' : 'no',
		);
}
