/**
 * The wizard with routing.router private-dns (issue 18): a share link carrying it shows the
 * private zone's cost lines (labelled estimates) and the record switch, no Traffic Manager; the
 * form offers it, and choosing it with automation names operations.trigger and its reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWorkload, referenceWorkloadInput, workloadToQuery } from '~/model/index.ts';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

function query(routing: Record<string, unknown>): string {
	const parsed = parseWorkload({ ...referenceWorkloadInput, routing });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return workloadToQuery(parsed.workload);
}

describe('a private DNS router in the wizard', () => {
	it('a link with it plans the zone and the record switch, without Traffic Manager', async () => {
		const { page, problems } = await watchedPage(site);
		const q = query({ router: 'private-dns', ttlSeconds: 60, requestsMillionsPerMonth: 5 });
		await page.goto(`${site.server.url}/wizard/?${q}`, { waitUntil: 'networkidle' });
		await expect
			.poll(() => page.locator('.plan tr[data-cost-kind="routing"]').count(), { timeout: 15_000 })
			.toBe(2);
		const rows = await page.locator('.plan tr[data-cost-kind="routing"]').allTextContents();
		expect(rows.join(' ')).toMatch(/Private DNS zone/);
		expect(rows.join(' ')).toMatch(/estimate/);
		expect(rows.join(' ')).not.toMatch(/Traffic Manager/);
		expect(await page.locator('.plan').textContent()).toContain('Switch the private DNS record');
		expect(await page.locator('select[name="routing.router"]').inputValue()).toBe('private-dns');
		expect(problems).toEqual([]);
		await page.context().close();
	});
	it('the form offers it; with automation it names operations.trigger and why', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/wizard/`, { waitUntil: 'networkidle' });
		const router = page.locator('select[name="routing.router"]');
		const options = await router
			.locator('option')
			.evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
		expect(options).toContain('private-dns');
		await page.evaluate(() => {
			for (const d of document.querySelectorAll('form.workload-form details'))
				d.setAttribute('open', '');
		});
		await page.locator('select[name="operations.trigger"]').selectOption('automation');
		await router.selectOption('private-dns');
		await expect
			.poll(() => page.locator('form.workload-form').textContent(), { timeout: 15_000 })
			.toMatch(/must be people with routing\.router private-dns/);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
