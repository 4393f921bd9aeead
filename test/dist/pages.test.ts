/** Checks over the built site: structure, metadata, links and diagrams of every page. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/build/filesUnder.ts';
import { DIST, distPages, sitemapPaths } from '../support/distPages.ts';

const pages = distPages();

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
	const doc = page.document;

	it('has exactly one h1', () => {
		expect(doc.querySelectorAll('h1')).toHaveLength(1);
	});

	it('has a title and a meta description', () => {
		// Starlight's form: the page's own heading, then the site's name.
		const h1 = doc.querySelector('h1')?.textContent?.trim() ?? '';
		expect(h1.length).toBeGreaterThan(2);
		expect(doc.querySelector('title')?.textContent?.trim()).toBe(`${h1} | Azure VM DR Guides`);
		const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
		expect(description.length).toBeGreaterThan(20);
	});

	it('declares every id once', () => {
		const ids = [...doc.querySelectorAll('[id]')].map((el) => el.getAttribute('id'));
		const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
		expect(repeated).toEqual([]);
	});

	it('draws every diagram as inline SVG with a title and a description', () => {
		for (const figure of doc.querySelectorAll('figure.diagram')) {
			const svgs = [...figure.querySelectorAll('svg')].filter((svg) => svg.parentElement?.closest('svg') === null);
			// One SVG per diagram: its colours follow the theme through CSS custom properties.
			expect(svgs.length).toBe(1);
			const words = (text: string | null | undefined) => (text ?? '').trim().split(/\s+/).length;
			for (const svg of svgs) {
				const title = svg.querySelector(':scope > title');
				const desc = svg.querySelector(':scope > desc');
				// A title names the diagram; a description says what it shows, in a sentence.
				expect(words(title?.textContent), 'diagram title').toBeGreaterThanOrEqual(3);
				expect(words(desc?.textContent), 'diagram description').toBeGreaterThanOrEqual(8);
				expect(desc?.textContent?.trim()).not.toBe(title?.textContent?.trim());
				expect((svg.getAttribute('aria-labelledby') ?? '').split(' ')).toContain(
					title?.getAttribute('id'),
				);
				expect((svg.getAttribute('aria-describedby') ?? '').split(' ')).toContain(
					desc?.getAttribute('id'),
				);
				// Themed by the page's CSS, not drawn per theme; Mermaid's edge geometry is not shipped.
				expect(svg.innerHTML).toContain('var(--dg-');
				expect(svg.querySelector('[data-points], [data-look], [data-et]')).toBeNull();
			}
		}
	});

	it('has no Mermaid source left unrendered', () => {
		expect(doc.querySelectorAll('code.language-mermaid, pre[data-language="mermaid"]')).toHaveLength(0);
	});
});

function targetFile(path: string): string | undefined {
	const clean = decodeURIComponent(path);
	const candidates = [join(DIST, clean), join(DIST, clean, 'index.html')];
	return candidates.find((c) => existsSync(c) && !c.endsWith('/'));
}

describe('internal links', () => {
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const links = pages.flatMap((page) =>
		[...page.document.querySelectorAll('a[href]')].map((a) => ({ from: page.path, href: a.getAttribute('href') ?? '' })),
	);
	const internal = links.filter(({ href }) => !/^[a-z]+:/i.test(href) && !href.startsWith('//'));

	it('finds links to check', () => {
		expect(internal.length).toBeGreaterThan(pages.length);
	});

	it('every internal link reaches a file, and every anchor an element', () => {
		const broken: string[] = [];
		for (const { from, href } of internal) {
			const url = new URL(href, `http://site${from}`);
			const file = targetFile(url.pathname);
			if (file === undefined) {
				broken.push(`${from} -> ${href} (no such page)`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment === '' || fragment === '_top') continue;
			const target = byPath.get(url.pathname);
			if (target === undefined || target.document.getElementById(fragment) === null) {
				broken.push(`${from} -> ${href} (no element with id "${fragment}")`);
			}
		}
		expect(broken).toEqual([]);
	});
});

describe('site-wide', () => {
	it('ships no Mermaid runtime', () => {
		const scripts = filesUnder(DIST).filter((f) => /\.(m?js)$/.test(f) && !f.includes(`${join(DIST, 'pagefind')}`));
		const withMermaid = scripts.filter((f) => /mermaidAPI|mermaid\.initialize|flowchart-v2/.test(readFileSync(f, 'utf8')));
		expect(withMermaid).toEqual([]);
		for (const page of pages) {
			const srcs = [...page.document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src') ?? '');
			expect(srcs.filter((s) => /mermaid/i.test(s))).toEqual([]);
		}
	});

	it('lists every content page in the sitemap', () => {
		const listed = sitemapPaths();
		const contentPages = pages.map((p) => p.path).filter((p) => p !== '/404.html');
		expect(listed).toEqual(contentPages.sort());
	});

	it('has a Pagefind index covering every content page not left out on purpose', () => {
		expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
		const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
		// A page marks itself for search with data-pagefind-body; calculator output (the working
		// behind the comparison, /compare/how/) opts out with `pagefind: false`.
		const searchable = pages.filter((p) => p.html.includes('data-pagefind-body'));
		expect(searchable.length).toBeGreaterThanOrEqual(sitemapPaths().length - 1);
		expect(indexed).toBe(searchable.length);
	});
});
