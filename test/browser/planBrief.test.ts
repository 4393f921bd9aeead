/** The wizard's one-page plan summary: printed alone, on one A4 sheet. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

describe('Print one-page summary', () => {
	it('prints the summary alone, on one A4 page, and puts the page back afterwards', async () => {
		const { page, problems } = await watchedPage(site);
		// The print dialog is the browser's: stand in for it, and print to PDF instead.
		await page.addInitScript(() => {
			window.print = () => {};
		});
		await page.goto(`${site.server.url}/wizard/`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Print one-page summary' }).click();
		// The wizard's script may still be loading when the button is first pressed.
		await expect
			.poll(() => page.evaluate(() => document.documentElement.dataset['printBrief']))
			.toBe('yes');
		const brief = page.locator('body > .plan-brief');
		expect(await brief.textContent()).toMatch(/Status: (met|at risk|missed)/);
		expect(await brief.textContent()).toMatch(/Top risks/);
		await page.emulateMedia({ media: 'print' });
		expect(await brief.isVisible()).toBe(true);
		expect(await page.locator('main').isVisible()).toBe(false);
		const pdf = await page.pdf({ preferCSSPageSize: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages.length).toBe(1);
		await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		expect(
			await page.evaluate(() => document.documentElement.dataset['printBrief']),
		).toBeUndefined();
		expect(await page.locator('dr-wizard .plan-brief, .wizard-result .plan-brief').count()).toBe(1);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
