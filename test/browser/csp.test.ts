/**
 * The Content-Security-Policy after one interaction with each kind of widget (a calculator, the
 * wizard, the search dialog): no violation reported and no console error. Every page on load is
 * checked once, with axe, in everyPage.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, cspWatchedPage, openSite, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

describe('Content-Security-Policy after an interaction', () => {
	it('a calculator recomputes without violations', async () => {
		const { page, problems } = await cspWatchedPage(site, '/patterns/stateful/site-recovery-a2a/');
		const cell = page.locator('.calculator [data-cost-kind="licence"] td').first();
		const before = await cell.textContent();
		await page.getByRole('spinbutton', { name: 'VMs (or databases)' }).fill('7');
		await expect.poll(() => cell.textContent()).not.toBe(before);
		expect(await cspViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('the wizard recomputes without violations', async () => {
		const { page, problems } = await cspWatchedPage(site, '/wizard/');
		const plan = page.locator('.wizard [data-plan], .wizard .plan').first();
		const before = await plan.innerHTML();
		const input = page.locator('.workload-form input[type="number"]').first();
		await input.fill(String(Number(await input.inputValue()) + 37));
		// Planned in the wizard's Web Worker, which the first edit of a plain visit starts.
		await expect.poll(() => plan.innerHTML(), { timeout: 10_000 }).not.toBe(before);
		expect(await cspViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('the search dialog finds a page without violations', async () => {
		const { page, problems } = await cspWatchedPage(site, '/');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('failover');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
		expect(await cspViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
