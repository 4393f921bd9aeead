/**
 * Every page at a phone's width (390 px), light and dark: nothing wider than the screen, and the
 * header's search and menu buttons on it. Ten pages were up to 1,024 px wide (long fact phrases
 * that did not wrap), which pushed the header's controls off to the right. A table that still
 * scrolls sideways keeps its first column pinned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitemapPaths } from '../support/distPages.ts';
import { openSite, type Site } from '../support/browser.ts';

const PHONE = { width: 390, height: 844 };

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

describe.each(['light', 'dark'] as const)('every page at 390 px, %s theme', (theme) => {
	it('is no wider than the screen, with search and the menu on it', async () => {
		const context = await site.browser.newContext({ viewport: PHONE, colorScheme: theme });
		await context.addInitScript((t) => {
			localStorage.setItem('starlight-theme', t);
		}, theme);
		const page = await context.newPage();
		const paths = sitemapPaths();
		expect(paths.length).toBeGreaterThan(20);
		const wide: string[] = [];
		const offScreen: string[] = [];
		const unpinned: string[] = [];
		for (const path of paths) {
			await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
			expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width > PHONE.width) wide.push(`${path} ${width} px`);
			// A table that scrolls sideways keeps its key (first) column on screen.
			const tables = await page.evaluate(() =>
				[...document.querySelectorAll('main table')]
					.filter((t) => t.scrollWidth > t.clientWidth + 1)
					.map((t) => {
						const first = t.querySelector('tbody tr:has(> :nth-child(2)) > :first-child');
						return {
							name: t.querySelector('caption')?.textContent?.trim() ?? t.className,
							sticky: first !== null && getComputedStyle(first).position === 'sticky',
						};
					}),
			);
			for (const t of tables) if (!t.sticky) unpinned.push(`${path}: ${t.name}`);
			for (const name of ['Search', 'Menu']) {
				const buttons = page.getByRole('button', { name, exact: true });
				// A page without a sidebar (the home page's splash layout) has no menu to open.
				if (name === 'Menu' && (await buttons.count()) === 0) continue;
				const box = await buttons.first().boundingBox({ timeout: 5_000 });
				if (box === null || box.x < 0 || box.x + box.width > PHONE.width)
					offScreen.push(`${path}: ${name}`);
			}
		}
		expect(wide).toEqual([]);
		expect(offScreen).toEqual([]);
		expect(unpinned).toEqual([]);
		await context.close();
	}, 240_000);
});
