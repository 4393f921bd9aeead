/**
 * The model's own text (pattern pages' sentences, wizard questions, the decision tree) quotes
 * its figures as {fact:id}, like the MDX pages: a figure typed by hand would not follow its
 * fact when the fact changes. That holds for figures in words too ("each quarter", "two
 * instances").
 */
import { describe, expect, it } from 'vitest';
import { findHardcodedFigures } from '~/build/content/findHardcodedFigures.ts';
import { findWordFigures } from '~/build/content/findWordFigures.ts';
import { decisionTree, patterns, wizardQuestions } from '~/model/index.ts';

/** Every string in a value, with the path that leads to it. */
function strings(value: unknown, path: string): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
	if (value !== null && typeof value === 'object') {
		return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
	}
	return [];
}

/** {fact:id} placeholders are figures from the model: blank them before scanning. */
const withoutFactRefs = (text: string) => text.replace(/\{fact:[\w.-]+\}/g, 'FACT');

const texts: [string, string][] = [
	...patterns.flatMap((p) => strings(p, p.id)),
	...wizardQuestions.flatMap((q) => strings({ label: q.label, why: q.why }, q.field)),
	...decisionTree.nodes.flatMap((n) =>
		n.kind === 'question' ? [[n.id, n.text] as [string, string]] : [],
	),
];

describe('model text', () => {
	it('is found', () => {
		expect(texts.length).toBeGreaterThan(200);
	});

	it('types no figure by hand: every duration, size or price is a {fact:…}', () => {
		const found = texts.flatMap(([path, text]) =>
			findHardcodedFigures(withoutFactRefs(text)).map((f) => `${path}: "${f.match}" in: ${text}`),
		);
		expect(found).toEqual([]);
	});

	it('types no figure in words: cadences and counts such as "each quarter" or "two instances" are a {fact:…}', () => {
		const found = texts.flatMap(([path, text]) =>
			findWordFigures(withoutFactRefs(text)).map((f) => `${path}: "${f.match}" in: ${text}`),
		);
		expect(found).toEqual([]);
	});
});
