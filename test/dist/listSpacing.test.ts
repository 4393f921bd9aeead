/**
 * Starlight's list-spacing rule without its `:has()` (src/build/css/listSpacing.ts): no built
 * stylesheet keeps the page-wide `:has()`, the rewritten rule is there, and on every page the
 * class sits on exactly the lists the `:has()` would have matched, so every list is spaced as
 * Starlight spaces it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/build/filesUnder.ts';
import { BLOCK_ITEMS_CLASS, holdsBlocks } from '../../src/components/page/blockItems.ts';
import { DIST, distPages } from '../support/distPages.ts';

const css = filesUnder(join(DIST, '_astro'), (name) => name.endsWith('.css'))
	.map((file) => readFileSync(file, 'utf8'))
	.join('\n');

describe('list spacing without :has()', () => {
	it('no stylesheet keeps the list :has(), and the class rule replaces it', () => {
		expect(css).not.toMatch(/:is\(ol,\s*ul\):has\(/);
		expect(css).toContain(`.${BLOCK_ITEMS_CLASS}`);
	});

	it('every list in page content has the class exactly when its items hold blocks', () => {
		const wrong: string[] = [];
		for (const page of distPages()) {
			for (const list of page.document.querySelectorAll(
				'.sl-markdown-content ul, .sl-markdown-content ol',
			)) {
				const items = [...list.children].filter((c) => c.tagName === 'LI');
				const blocks = holdsBlocks(
					items.map((li) => [...li.children].map((c) => c.tagName.toLowerCase())),
				);
				if (blocks !== list.classList.contains(BLOCK_ITEMS_CLASS))
					wrong.push(
						`${page.path}: <${list.tagName.toLowerCase()} class="${list.getAttribute('class') ?? ''}"> ${blocks ? 'holds blocks but lacks' : 'holds no blocks but has'} the class`,
					);
			}
		}
		expect(wrong).toEqual([]);
	});
});
