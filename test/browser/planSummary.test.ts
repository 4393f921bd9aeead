/**
 * The plan summary beside the form on the wizard and the comparison: there without JavaScript,
 * in view while the reader works down the form on a wide screen, a bar on a phone, and in step
 * with every edit.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMinutes, recommend, referenceWorkload } from '~/model/index.ts';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

const plan = recommend(referenceWorkload);

/** Whether the summary is within the viewport (below the site header) and not covering the form's field. */
async function summaryInView(page: Page) {
	return page.evaluate(() => {
		const s = document.querySelector('.plan-summary')!.getBoundingClientRect();
		return { top: s.top, bottom: s.bottom, height: s.height, vh: window.innerHeight };
	});
}

/** Scrolls until the form's last line is at the bottom of the window: the reader at its end. */
async function scrollToFormEnd(page: Page) {
	const y = await page.evaluate(() => {
		// Every group open, as a reader working through the whole form has it.
		for (const d of document.querySelectorAll('form.workload-form details'))
			d.setAttribute('open', '');
		const form = document.querySelector('form.workload-form')!.getBoundingClientRect();
		window.scrollTo(0, window.scrollY + form.bottom - window.innerHeight);
		return window.scrollY;
	});
	expect(y).toBeGreaterThan(300);
	await page.waitForTimeout(100);
}

describe('plan summary', () => {
	for (const path of ['/wizard/', '/compare/'])
		it(`${path}: is rendered without JavaScript, with the status, each tier and its traps`, async () => {
			const { page, problems } = await watchedPage(site, { javaScriptEnabled: false });
			await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
			const summary = page.locator('.plan-summary');
			expect(await summary.locator('tr[data-summary-tier]').count()).toBe(plan.tiers.length);
			const text = (await summary.textContent())?.replace(/\s+/g, ' ') ?? '';
			expect(text).toContain(`RTO ${formatMinutes(plan.rto.total.typical)}`);
			expect(text).toMatch(/\d+ traps?|no traps/);
			for (const t of plan.tiers) expect(text).toContain(t.recommended.name);
			expect(problems).toEqual([]);
			await page.context().close();
		});

	for (const path of ['/wizard/', '/compare/'])
		it(`${path}: at 1280 px it stays beside the form while the reader scrolls it, and follows an edit`, async () => {
			const { page, problems } = await watchedPage(site);
			await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
			// No table of contents: the page uses the width.
			expect(await page.locator('starlight-toc').count()).toBe(0);
			const form = page.locator('form.workload-form');
			const formBox = (await form.boundingBox())!;
			const summaryBox = (await page.locator('.plan-summary').boundingBox())!;
			expect(summaryBox.x).toBeGreaterThanOrEqual(formBox.x + formBox.width);
			// Scrolled to the form's last fields, the summary is still on screen.
			await scrollToFormEnd(page);
			const view = await summaryInView(page);
			expect(view.top).toBeGreaterThanOrEqual(0);
			expect(view.bottom).toBeLessThanOrEqual(view.vh);
			// An edit the plan cannot meet shows in the summary.
			const before = await page.locator('[data-summary-status]').textContent();
			const rto = page.getByRole('spinbutton', { name: 'RTO target (minutes)' });
			await rto.fill('1');
			await expect
				.poll(() => page.locator('[data-summary-status]').textContent(), { timeout: 10_000 })
				.not.toBe(before);
			expect(await page.locator('[data-summary-status]').textContent()).toMatch(/Misses/);
			expect(problems).toEqual([]);
			await page.context().close();
		});

	it('shows each target with its verdict, and says when its figures are not recalculated', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/wizard/`, { waitUntil: 'networkidle' });
		const verdict = (target: string) =>
			page
				.locator(`.plan-summary [data-summary-targets] tr[data-target="${target}"]`)
				.getAttribute('data-verdict');
		expect(await verdict('rto')).not.toBe('missed');
		expect(await verdict('rpo')).toBe('met');
		const note = page.locator('.plan-summary [data-stale-note]');
		expect(await note.isVisible()).toBe(false);
		const rto = page.getByRole('spinbutton', { name: 'RTO target (minutes)' });
		await rto.fill('1');
		await expect.poll(() => verdict('rto'), { timeout: 15_000 }).toBe('missed');
		// An invalid field: the summary keeps the last valid figures and says so.
		await rto.fill('-1');
		await expect.poll(() => note.isVisible(), { timeout: 10_000 }).toBe(true);
		expect(await note.textContent()).toMatch(/Not recalculated/);
		expect(await verdict('rto')).toBe('missed');
		await rto.fill('240');
		await expect.poll(() => note.isVisible(), { timeout: 10_000 }).toBe(false);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('at 390 px it is a bar under the header that stays while the form scrolls', async () => {
		const { page, problems } = await watchedPage(site, { viewport: { width: 390, height: 800 } });
		await page.goto(`${site.server.url}/wizard/`, { waitUntil: 'networkidle' });
		await scrollToFormEnd(page);
		const view = await summaryInView(page);
		expect(view.top).toBeGreaterThanOrEqual(0);
		expect(view.top).toBeLessThan(120);
		// Compact: a bar, not a panel that hides the form.
		expect(view.height).toBeLessThan(view.vh * 0.2);
		expect(await page.locator('[data-summary-totals]').isVisible()).toBe(true);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('the home page’s first action plans a workload', async () => {
		const { page } = await watchedPage(site);
		await page.goto(`${site.server.url}/`, { waitUntil: 'networkidle' });
		const first = page.locator('.hero .actions a').first();
		expect(await first.getAttribute('href')).toBe('/wizard/');
		await page.context().close();
	});
});
