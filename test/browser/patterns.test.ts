/** What readers do with the catalogue: search by a term, filter by tier, use a calculator. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

async function open(path: string) {
	const { page, problems } = await watchedPage(site);
	await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
	return { page, problems };
}

describe('finding patterns', () => {
	it('search for "crash-consistent" finds the snapshot and Site Recovery pages', async () => {
		const { page, problems } = await open('/');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByRole('textbox', { name: 'Search' }).fill('crash-consistent');
		const results = page.locator('.pagefind-ui__result-link');
		await results.first().waitFor({ timeout: 20_000 });
		const shown = () =>
			results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		// Site Recovery, whose consistency the term is mostly about, is on the first page of results.
		expect((await shown()).some((h) => h.includes('/patterns/stateful/site-recovery-a2a/'))).toBe(
			true,
		);
		// The disk-copy page follows among the rest, as a reader loading more results sees it.
		const more = page.getByRole('button', { name: /load more/i });
		while (await more.isVisible()) await more.click();
		const hrefs = await shown();
		expect(hrefs.some((h) => h.includes('/patterns/stateless/disk-copy/'))).toBe(true);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('filtering the finder by "Stateful" shows only stateful patterns', async () => {
		const { page, problems } = await open('/find/');
		await page.getByRole('checkbox', { name: 'Stateful', exact: true }).check();
		const visible = page.locator('.finder-results > li:visible');
		const states = await visible.evaluateAll((items) =>
			items.map((li) => li.getAttribute('data-state') ?? ''),
		);
		expect(states.length).toBeGreaterThan(2);
		for (const s of states) expect(s.split(' ')).toContain('stateful');
		await expect
			.poll(() => page.locator('[data-finder-status]').textContent())
			.toMatch(/of 12 patterns match/);
		expect(page.url()).toMatch(/state=stateful/);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('a calculator recomputes as the reader types and explains bad input', async () => {
		const { page, problems } = await open('/patterns/stateful/site-recovery-a2a/');
		const vms = page.getByRole('spinbutton', { name: 'VMs (or databases)' });
		const before = await page
			.locator('.calculator [data-cost-kind="licence"] td')
			.first()
			.textContent();
		await vms.fill('4');
		await expect
			.poll(() => page.locator('.calculator [data-cost-kind="licence"] td').first().textContent())
			.not.toBe(before);
		await vms.fill('-3');
		await expectRejected(page, 'tiers.0.vmCount', /whole number from 1 to 1,000/);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('a calculator offers the standby size: at build time, and it reprices the standby', async () => {
		const label = 'Capacity needed at failover (% of production)';
		const noJs = await watchedPage(site, { javaScriptEnabled: false });
		await noJs.page.goto(`${site.server.url}/patterns/stateless/scale-set-rebuild/`, {
			waitUntil: 'networkidle',
		});
		expect(await noJs.page.getByRole('spinbutton', { name: label }).inputValue()).toBe('100');
		await noJs.page.context().close();

		const { page, problems } = await open('/patterns/stateless/scale-set-rebuild/');
		const results = () => page.locator('.calculator [data-results]').textContent();
		await page.getByRole('spinbutton', { name: 'VMs (or databases)' }).fill('4');
		await expect
			.poll(() => page.locator('.calculator [data-status-line]').textContent())
			.toMatch(/Updated/);
		const full = await results();
		const capacity = page.getByRole('spinbutton', { name: label });
		await capacity.fill('50');
		await expect.poll(results).not.toBe(full);
		// All four VMs needed after failover, then half of them: the cold option now starts two.
		expect(full).toMatch(/\b4 VM\(s\) needed and not already running/);
		expect(await results()).not.toMatch(/\b4 VM\(s\) needed and not already running/);
		expect(await results()).toMatch(/\b2 VM\(s\) needed and not already running/);
		await capacity.fill('0');
		await expectRejected(page, 'tiers.0.drCapacityPercent', /whole number from 1 to 100/);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

/**
 * A calculator's answer to bad input: the field's message with the accepted range, the results
 * kept from the last valid inputs, and no NaN anywhere.
 */
async function expectRejected(page: Page, field: string, message: RegExp): Promise<void> {
	await expect
		.poll(() => page.locator(`[data-error-for="${field}"]`).textContent())
		.toMatch(message);
	await expect
		.poll(() => page.locator('.calculator [data-status-line]').textContent())
		.toMatch(/last valid inputs/);
	expect(await page.locator('.calculator').textContent()).not.toMatch(/NaN|Infinity|undefined/);
}
