/** Pattern pages hold only what is unique to them: the fixed structure comes from one layout. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '~/build/filesUnder.ts';

const MAX_LINES = 40;
const dir = join(process.cwd(), 'content', 'docs', 'patterns');
const pages = filesUnder(dir, (name) => name.endsWith('.mdx')).map((file) => ({
	name: relative(process.cwd(), file),
	source: readFileSync(file, 'utf8'),
}));

describe('pattern pages', () => {
	it('exist', () => {
		expect(pages.length).toBeGreaterThan(1);
	});

	it.each(pages.map((p) => [p.name, p.source] as const))(
		'%s is short, names its pattern and uses the layout',
		(_name, source) => {
			expect(source.trimEnd().split('\n').length).toBeLessThanOrEqual(MAX_LINES);
			expect(source).toMatch(/^---\n[\s\S]*?^pattern: [a-z0-9-]+$[\s\S]*?^---$/m);
			expect(source).toContain("import PatternPage from '~/components/pattern/PatternPage.astro';");
			expect(source).toMatch(/^<PatternPage>$/m);
			expect(source).toMatch(/^<\/PatternPage>$/m);
			// Imports go through the ~/ alias, never up the folder tree.
			expect(source).not.toMatch(/^import .* from '\.\.?\//m);
		},
	);
});
