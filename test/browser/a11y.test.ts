/** axe-core on every page in the sitemap, in both colour schemes: zero violations at WCAG 2.2 AA. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitemapPaths } from '../support/distPages.ts';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

const paths = sitemapPaths();

describe.each(paths)('%s', (path) => {
	it.each(['light', 'dark'] as const)(
		'has no WCAG 2.2 AA violations in the %s theme',
		async (scheme) => {
			// axe is injected as an inline script, which the site's Content-Security-Policy refuses
			// (as it should); the CSP itself is tested in csp.test.ts.
			const { page } = await watchedPage(site, { colorScheme: scheme, bypassCSP: true });
			await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
			await page.addScriptTag({ content: AXE_SOURCE });
			const violations = await page.evaluate(async (tags) => {
				const axe = (
					globalThis as unknown as {
						axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
					}
				).axe;
				const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
				return result.violations.map((v) => ({
					id: v.id,
					impact: v.impact,
					help: v.help,
					nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
				}));
			}, TAGS);
			expect(violations).toEqual([]);
			await page.context().close();
		},
	);
});
