/**
 * Model text can cite facts inline as {fact:id}. Pages render each as a linked figure; plain
 * outputs (CLI, Markdown export) render the formatted value.
 */
import { getFact } from './factRegistry.ts';
import { formatFact } from './format.ts';

export type TextPart = { kind: 'text'; text: string } | { kind: 'fact'; id: string };

const REF = /\{fact:([a-z0-9.-]+)\}/g;

export function splitFactRefs(text: string): TextPart[] {
	const parts: TextPart[] = [];
	let last = 0;
	for (const match of text.matchAll(REF)) {
		const index = match.index;
		if (index > last) parts.push({ kind: 'text', text: text.slice(last, index) });
		parts.push({ kind: 'fact', id: match[1] ?? '' });
		last = index + match[0].length;
	}
	if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
	return parts;
}

export function factRefsIn(text: string): string[] {
	return splitFactRefs(text).flatMap((p) => (p.kind === 'fact' ? [p.id] : []));
}

/** The text with every {fact:id} replaced by the fact's formatted value. */
export function renderFactText(text: string): string {
	return splitFactRefs(text)
		.map((p) => (p.kind === 'fact' ? formatFact(getFact(p.id)) : p.text))
		.join('');
}
