/**
 * Printing a pattern page or the wizard's plan: no header, sidebar, table of contents or search
 * on paper, and the content uses the full width of the page, covered by nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

const CHROME = [
	'header.header',
	'#starlight__sidebar',
	'nav.sidebar',
	'starlight-toc',
	'mobile-starlight-toc',
	'site-search',
	'starlight-theme-select',
	'.right-sidebar',
];

describe('print', () => {
	it.each(['/patterns/stateful/site-recovery-a2a/', '/wizard/', '/estate/'])(
		'%s prints without navigation, full width',
		async (path) => {
			const { page, problems } = await watchedPage(site, {
				viewport: { width: 1280, height: 900 },
			});
			await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
			await page.emulateMedia({ media: 'print' });

			const shown = await page.evaluate(
				(selectors) =>
					selectors.filter((s) =>
						[...document.querySelectorAll(s)].some((el) =>
							el.checkVisibility({ visibilityProperty: true }),
						),
					),
				CHROME,
			);
			expect(shown).toEqual([]);

			const { mainLeft, mainWidth, viewport } = await page.evaluate(() => {
				// Starlight caps its content column (.sl-container) at a reading width on screen.
				const box = (
					document.querySelector('main .sl-container') ?? document.querySelector('main')
				)?.getBoundingClientRect();
				return {
					mainLeft: box?.left ?? -1,
					mainWidth: box?.width ?? 0,
					viewport: document.documentElement.clientWidth,
				};
			});
			expect(mainLeft).toBeLessThan(viewport * 0.05);
			expect(mainWidth).toBeGreaterThan(viewport * 0.9);

			// Nothing sits on top of the content: the element at the heading's centre is the heading.
			const uncovered = await page.evaluate(() => {
				const h1 = document.querySelector('main h1');
				if (h1 === null) return false;
				const r = h1.getBoundingClientRect();
				const hit = document.elementFromPoint(r.left + 10, r.top + r.height / 2);
				return hit !== null && h1.contains(hit);
			});
			expect(uncovered).toBe(true);

			const printed =
				{ '/wizard/': '.wizard [data-plan]', '/estate/': '.estate-tool [data-estate-report]' }[
					path
				] ?? '.calculator [data-results]';
			expect(await page.locator(printed).isVisible()).toBe(true);
			expect(problems).toEqual([]);
			await page.context().close();
		},
	);
});
