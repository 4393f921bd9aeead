/** Every figure in the prose comes from the model: none is typed into an MDX page. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardcodedFigures } from '~/build/content/findHardcodedFigures.ts';
import { findSplitSentences } from '~/build/content/findSplitSentences.ts';
import { filesUnder } from '~/build/filesUnder.ts';

const files = filesUnder(join(process.cwd(), 'content', 'docs'), (name) => /\.mdx?$/.test(name));

describe('MDX pages', () => {
	it('exist', () => {
		expect(files.length).toBeGreaterThan(1);
	});

	it.each(files.map((f) => [relative(process.cwd(), f)]))(
		'%s has no hard-coded figure outside components',
		(file) => {
			const found = findHardcodedFigures(readFileSync(file, 'utf8')).map(
				(f) => `${file}:${f.line}: "${f.match}" in: ${f.text}`,
			);
			expect(found).toEqual([]);
		},
	);

	it.each(files.map((f) => [relative(process.cwd(), f)]))(
		'%s has no sentence cut in two by a blank line before a component',
		(file) => {
			const found = findSplitSentences(readFileSync(file, 'utf8')).map(
				(f) => `${file}:${f.line}: ${f.text}`,
			);
			expect(found).toEqual([]);
		},
	);
});
