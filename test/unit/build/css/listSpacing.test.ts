import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import {
	LIST_WITH_CLASS,
	rehypeBlockItemLists,
	rewriteStarlightListRule,
	STARLIGHT_LIST_HAS,
} from '~/build/css/listSpacing.ts';

const starlightCss = readFileSync(
	join(process.cwd(), 'node_modules/@astrojs/starlight/dist/style/markdown.css'),
	'utf8',
);

describe('Starlight’s list rule without :has()', () => {
	it('finds the rule in the installed Starlight and replaces only its :has()', () => {
		const rewritten = rewriteStarlightListRule(starlightCss);
		expect(rewritten).not.toContain(STARLIGHT_LIST_HAS);
		expect(rewritten).toContain(LIST_WITH_CLASS);
		expect(rewritten.replace(LIST_WITH_CLASS, STARLIGHT_LIST_HAS)).toBe(starlightCss);
	});

	it('fails the build, naming the file to update, when Starlight changes the rule', () => {
		expect(() => rewriteStarlightListRule('.sl-markdown-content ul { margin: 0 }')).toThrow(
			/src\/build\/css\/listSpacing\.ts/,
		);
	});
});

describe('rehypeBlockItemLists', () => {
	/** The class names of each list in the fragment, after the plugin ran. */
	const listClasses = (html: string): string[][] => {
		const tree: Root = fromHtml(html, { fragment: true });
		rehypeBlockItemLists()(tree);
		const out: string[][] = [];
		const walk = (node: Root | Element) => {
			for (const child of node.children) {
				if (child.type !== 'element') continue;
				if (child.tagName === 'ul' || child.tagName === 'ol') {
					const c = child.properties['className'];
					out.push(Array.isArray(c) ? c.map(String) : []);
				}
				walk(child);
			}
		};
		walk(tree);
		return out;
	};

	it('marks a list with a paragraph in an item, and leaves inline-only lists alone', () => {
		expect(listClasses('<ul><li><p>A</p></li><li>B</li></ul>')).toEqual([['dr-block-items']]);
		expect(
			listClasses(
				'<ol class="x"><li><strong>A</strong> <code>b</code><ul><li>c</li></ul></li></ol>',
			),
		).toEqual([['x'], []]);
	});
});
