/**
 * Pagefind's search UI is fetched when the reader heads for search, not with every page: a page
 * load requests none of it; Ctrl+K opens the dialog at once, and a query typed before the UI has
 * arrived is kept and searched once it has; hovering the button fetches it ahead of the click.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

/** Pagefind's UI module (a chunk of @pagefind/default-ui) or anything under /pagefind/. */
const isSearchRequest = (url: string) =>
	/\/_astro\/ui-core\.[\w-]+\.js$/.test(new URL(url).pathname) ||
	new URL(url).pathname.startsWith('/pagefind/');

function recordRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (req: Request) => urls.push(req.url()));
	return urls;
}

/** A gate on Pagefind's UI module: its response waits until `release` is called. */
async function holdSearchUi(page: Page): Promise<() => void> {
	let release: () => void = () => undefined;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/ui-core\.[\w-]+\.js$/, async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

describe('search loads on demand', () => {
	it.each([
		{ width: 1280, height: 900 },
		{ width: 390, height: 844 },
	])(
		'at $width px: nothing of search loads with the page; Ctrl+K then typing at once finds pages',
		async (viewport) => {
			const { page, problems } = await watchedPage(site, { viewport });
			const requests = recordRequests(page);
			const release = await holdSearchUi(page);
			await page.goto(`${site.server.url}/patterns/stateful/site-recovery-a2a/`, {
				waitUntil: 'networkidle',
			});
			// Starlight used to build the UI on idle: give idle callbacks their chance.
			await page.evaluate(
				() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())),
			);
			await page.waitForTimeout(500);
			expect(requests.filter(isSearchRequest)).toEqual([]);

			await page.keyboard.press('Control+k');
			const dialog = page.getByRole('dialog', { name: 'Search' });
			await dialog.waitFor({ state: 'visible' });
			await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Loading search…');
			// Typed while the UI is still on its way: nothing may be lost, not even the space.
			await page.keyboard.type('golden image');
			expect(await dialog.isVisible()).toBe(true);
			// What is kept is shown, so the reader can see it will be the search.
			await expect
				.poll(() => dialog.getByRole('status').textContent())
				.toBe('Loading search… Your search: “golden image”');
			// A screen reader hears the message once, not the line again on every key.
			expect(await dialog.getByRole('status').ariaSnapshot()).toBe('- status: Loading search…');
			release();

			const box = dialog.getByRole('textbox', { name: 'Search' });
			await expect.poll(() => box.inputValue(), { timeout: 15_000 }).toBe('golden image');
			await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
			const first = dialog.locator('.pagefind-ui__result-link').first();
			await first.waitFor({ state: 'visible', timeout: 20_000 });
			expect(await first.getAttribute('href')).toMatch(/^\/[\w/-]+\/(#.*)?$/);
			expect(await dialog.getByText(/Loading search…/).isVisible()).toBe(false);
			// One fetch of the UI module, however many intents.
			expect(requests.filter((u) => /\/ui-core\./.test(u))).toHaveLength(1);
			// Typing goes on into the real box.
			await page.keyboard.type('s');
			expect(await box.inputValue()).toBe('golden images');
			expect(problems).toEqual([]);
			await page.context().close();
		},
	);

	it('hovering the search button fetches the UI before the click, which focuses the box', async () => {
		const { page, problems } = await watchedPage(site);
		const requests = recordRequests(page);
		await page.goto(`${site.server.url}/wizard/`, { waitUntil: 'networkidle' });
		expect(requests.filter(isSearchRequest)).toEqual([]);
		const button = page.getByRole('button', { name: 'Search' });
		await button.hover();
		await expect.poll(() => requests.filter((u) => /\/ui-core\./.test(u)).length).toBe(1);
		await page.locator('.pagefind-ui__search-input').waitFor({ state: 'attached' });
		await button.click();
		const box = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
		await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.type('failover');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
		expect(requests.filter((u) => /\/ui-core\./.test(u))).toHaveLength(1);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
