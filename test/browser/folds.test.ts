/**
 * Long reference pages folded so a reader can finish them on a phone: the facts page's groups and
 * the comparison's worked cases each behind a summary line, and a link to a fact or a worked case
 * opens its fold (with JavaScript, and without it where the browser opens folds on a link).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

const PHONE = { width: 390, height: 844 };

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

describe('long pages on a phone', () => {
	it.each([
		// Before the folds: 83,160 px and 141,722 px (2026-12-07).
		['/reference/facts/', 12_000],
		['/compare/how/', 20_000],
	])('%s is at most %i px tall at 390 px, every fold closed', async (path, most) => {
		const { page, problems } = await watchedPage(site, { viewport: PHONE });
		await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(height).toBeLessThanOrEqual(most);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('a link into a fold opens it', () => {
	it.each([true, false])(
		'a fact link from a pattern page shows its row on the facts page (JavaScript %s)',
		async (javaScriptEnabled) => {
			const { page, problems } = await watchedPage(site, { viewport: PHONE, javaScriptEnabled });
			// networkidle: the favicon is asked for after load, and leaving sooner aborts it.
			await page.goto(`${site.server.url}/patterns/stateful/site-recovery-a2a/`, {
				waitUntil: 'networkidle',
			});
			const href = await page
				.locator('main a[href^="/reference/facts/#fact-"]')
				.first()
				.getAttribute('href');
			const id = decodeURIComponent((href ?? '').split('#')[1] ?? '');
			expect(id).not.toBe('');
			await page.goto(`${site.server.url}${href ?? ''}`, { waitUntil: 'load' });
			const row = page.locator(`[id="${id}"]`);
			await expect.poll(() => row.isVisible(), { timeout: 10_000 }).toBe(true);
			expect(await row.evaluate((el) => el.closest('details')?.open)).toBe(true);
			// Only that fact's group opens.
			expect(await page.locator('details.fact-group-fold[open]').count()).toBe(1);
			expect(problems).toEqual([]);
			await page.context().close();
		},
	);

	it('a group in "On this page" opens that group', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/reference/facts/`, { waitUntil: 'load' });
		const link = page.locator('starlight-toc a[href="#group-asr"]');
		await link.click();
		await expect
			.poll(() => page.locator('#group-asr + details.fact-group-fold').getAttribute('open'), {
				timeout: 10_000,
			})
			.toBe('');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('a figure’s link to its worked case opens the working, and the case’s figures show when folded', async () => {
		const { page, problems } = await watchedPage(site, { viewport: PHONE });
		await page.goto(`${site.server.url}/compare/how/`, { waitUntil: 'load' });
		const cases = page.locator('.evaluation');
		expect(await cases.count()).toBeGreaterThan(10);
		expect(await page.locator('.evaluation-detail[open]').count()).toBe(0);
		// Folded, each case still shows its verdict and its figures.
		expect(await cases.first().locator('.headline-figures').isVisible()).toBe(true);
		const id = await cases.nth(3).locator('h3').getAttribute('id');
		await page.goto(`${site.server.url}/compare/how/#${id ?? ''}`, { waitUntil: 'load' });
		const working = page.locator(`.evaluation:has([id="${id ?? ''}"]) .evaluation-detail`);
		await expect.poll(() => working.getAttribute('open'), { timeout: 10_000 }).toBe('');
		expect(await working.locator('.fact-refs a').first().isVisible()).toBe(true);
		expect(await page.locator('.evaluation-detail[open]').count()).toBe(1);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
