import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PATTERN_SECTIONS, patternSectionsToc } from '~/components/pattern/patternSections.ts';

describe('pattern page sections', () => {
	it('nest each third-level heading under the second-level heading before it', () => {
		const toc = patternSectionsToc();
		const useWhen = toc.find((i) => i.slug === 'when-to-use-it');
		expect(useWhen?.children.map((c) => c.slug)).toEqual(['when-not-to', 'prerequisites']);
		expect(toc.every((i) => i.depth === 2)).toBe(true);
		const flat = toc.flatMap((i) => [i, ...i.children]);
		expect(flat.map((i) => i.slug)).toEqual(Object.values(PATTERN_SECTIONS).map((s) => s.slug));
	});

	it('are all rendered by the layout, in order, at their depth', () => {
		const layout = readFileSync('src/components/pattern/PatternPage.astro', 'utf8');
		const used = [...layout.matchAll(/<h([23]) id=\{S\.(\w+)\.slug\}>\{S\.\2\.text\}<\/h\1>/g)].map(
			(m) => `${m[2]}:${m[1]}`,
		);
		expect(used).toEqual(Object.entries(PATTERN_SECTIONS).map(([key, s]) => `${key}:${s.depth}`));
	});
});
