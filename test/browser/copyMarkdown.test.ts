/** "Copy page as Markdown": a link to the page's twin without JavaScript, a copy button with it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

const PATH = '/concepts/rto-and-rpo/';

describe('copy page as Markdown', () => {
	it('copies the twin to the clipboard, under the page CSP, with no errors', async () => {
		const { page, problems } = await watchedPage(site, {
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		await page.goto(`${site.server.url}${PATH}`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
		await expect
			.poll(() => page.locator('.copy-markdown [role="status"]').innerText())
			.toMatch(/Copied/);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied.split('\n')[0]).toBe('# RTO and RPO');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('without JavaScript, links to the twin, served as Markdown', async () => {
		const { page } = await watchedPage(site, { javaScriptEnabled: false });
		await page.goto(`${site.server.url}${PATH}`);
		expect(await page.getByRole('button', { name: 'Copy page as Markdown' }).count()).toBe(0);
		const link = page.getByRole('link', { name: 'This page as Markdown' });
		const response = await page.request.get(
			new URL((await link.getAttribute('href')) ?? '', page.url()).href,
		);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(/text\/markdown/);
		expect((await response.text()).startsWith('# RTO and RPO\n')).toBe(true);
		await page.context().close();
	});
});
