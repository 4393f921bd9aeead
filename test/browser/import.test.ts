/**
 * The import page (/import/) as a reader uses it: choose the az vm list sample, answer the
 * size the table does not know, open the wizard and find the imported tiers there. Also:
 * foreign JSON gets a message, and no request leaves the page when a file is read.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseJsonFile, openSite, watchedPage, type Site } from '../support/browser.ts';

/** Reading a file or an answer takes 2 s on a loaded 2-core machine, past expect.poll's 1 s. */
const readPoll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

const SAMPLE = join(process.cwd(), 'examples', 'import', 'az-vm-list-sample.json');

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

describe('import page', () => {
	it('imports the sample and lands in the wizard with its tiers', async () => {
		const { page, problems } = await watchedPage(site);
		const requests: { url: string; method: string; body: string | null }[] = [];
		await page.goto(`${site.server.url}/import/`, { waitUntil: 'networkidle' });
		page.on('request', (req) =>
			requests.push({ url: req.url(), method: req.method(), body: req.postData() }),
		);
		await chooseSample(page);
		// Standard_A2_v2 is not in the size table: asked for, and no link until it is answered.
		await readPoll(() => page.locator('[data-open-wizard]').count()).toBe(0);
		await page.getByLabel('vCPUs', { exact: true }).fill('2');
		await page.getByLabel('vCPUs', { exact: true }).press('Tab');
		await page.getByLabel('Memory (GiB)', { exact: true }).fill('4');
		await page.getByLabel('Memory (GiB)', { exact: true }).press('Tab');
		const open = page.locator('[data-open-wizard]');
		await readPoll(() => open.count()).toBe(1);
		// Nothing from the file left the page: every request stays on the site, is a GET, and
		// carries neither a VM name nor the subscription id (the wizard link carries tiers only).
		for (const req of requests) {
			expect(req.url.startsWith(site.server.url), req.url).toBe(true);
			expect(req.method).toBe('GET');
			expect(req.url).not.toMatch(/shop-web-01|shop-jump-01|0b9f2c6e/);
			expect(req.body ?? '').toBe('');
		}

		await open.click();
		await page.waitForURL(/\/wizard\/\?v=2&/);
		const form = page.locator('dr-wizard form');
		await readPoll(() =>
			form
				.locator('input[name$=".name"]')
				.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
		).toEqual(['web', 'api', 'database', 'ops']);
		expect(await form.locator('input[name="tiers.0.vmCount"]').inputValue()).toBe('3');
		expect(await form.locator('input[name="tiers.2.vcpu"]').inputValue()).toBe('8');
		expect(await form.locator('input[name="tiers.3.memoryGiB"]').inputValue()).toBe('4');
		// The file's region came along: the form holds it and the plan names where it recovers.
		expect(await form.locator('input[name="sourceRegion"]').inputValue()).toBe('westeurope');
		await readPoll(() => page.locator('dr-wizard .plan-regions').textContent()).toContain(
			'From westeurope (West Europe) to belgiumcentral',
		);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('keeps what the reader types while an earlier answer redraws the page', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/import/`, { waitUntil: 'networkidle' });
		await chooseSample(page);
		const memory = page.getByLabel('Memory (GiB)', { exact: true });
		await memory.evaluate((input) => {
			(window as unknown as { before: Element }).before = input;
		});
		// As fast as a reader types: the vCPU answer's redraw lands while memory is being typed.
		await page.getByLabel('vCPUs', { exact: true }).click();
		await page.keyboard.type('2');
		await page.keyboard.press('Tab');
		await page.keyboard.type('8');
		await readPoll(() => page.getByLabel('vCPUs', { exact: true }).getAttribute('value')).toBe('2');
		// Same input, still focused, with what was typed; typing on appends rather than prepends.
		expect(await memory.evaluate((input) => input === document.activeElement)).toBe(true);
		await page.keyboard.type('0');
		expect(await memory.inputValue()).toBe('80');
		await page.keyboard.press('Backspace');
		await page.keyboard.press('Tab');
		const open = page.locator('[data-open-wizard]');
		await readPoll(() => open.count()).toBe(1);
		expect(
			await memory.evaluate((input) => input === (window as unknown as { before: Element }).before),
		).toBe(true);
		// Tab went on to the optional hourly price, and the redraw left the reader there; one more
		// Tab reaches the link.
		const price = page.getByLabel('Hourly price per VM (US$, optional)');
		expect(await price.evaluate((input) => input === document.activeElement)).toBe(true);
		await page.keyboard.press('Tab');
		expect(await open.evaluate((link) => link === document.activeElement)).toBe(true);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('groups by name prefix when the reader asks', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/import/`, { waitUntil: 'networkidle' });
		await chooseSample(page);
		await page.getByLabel('By name prefix').check();
		await readPoll(() =>
			page
				.locator('table.import-tiers tbody th')
				.evaluateAll((cells) => cells.map((c) => c.textContent?.trim())),
		).toEqual(['shop-web', 'shop-api', 'shop-sql', 'shop-jump']);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('says what was expected for a file that is not az vm list output', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/import/`, { waitUntil: 'networkidle' });
		await chooseJsonFile(fileInput(page), 'package.json', '{"name": "x", "version": "1.0.0"}');
		const alert = page.getByRole('alert');
		await readPoll(() => alert.textContent()).toContain('az vm list --output json');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('offers "Read the file again" only once a file is read, and shows each tier’s zones', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/import/`, { waitUntil: 'networkidle' });
		const again = page.getByRole('button', { name: 'Read the file again' });
		expect(await again.isVisible()).toBe(false);
		const vm = (name: string, zones?: string[]) => ({
			name,
			location: 'westeurope',
			hardwareProfile: { vmSize: 'Standard_D4s_v5' },
			storageProfile: { osDisk: { diskSizeGb: 30 }, dataDisks: [] },
			tags: { tier: 'web' },
			...(zones === undefined ? {} : { zones }),
		});
		await chooseJsonFile(
			fileInput(page),
			'vms.json',
			JSON.stringify([vm('web-01', ['1']), vm('web-02', ['2'])]),
		);
		await page.locator('table.import-tiers').waitFor();
		expect(await again.isVisible()).toBe(true);
		const zones = page.locator('table.import-tiers tbody td').nth(5);
		expect(await zones.textContent()).toBe('1 and 2');
		// The next step is a button-like link, on screen.
		const next = page.getByRole('link', { name: 'Open these tiers in the wizard' });
		const look = await next.evaluate((a) => {
			const style = getComputedStyle(a);
			return { underline: style.textDecorationLine, padded: style.paddingInlineStart !== '0px' };
		});
		expect(look).toEqual({ underline: 'none', padded: true });
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('without JavaScript, points at the command line instead of a dead form', async () => {
		const { page } = await watchedPage(site, { javaScriptEnabled: false });
		await page.goto(`${site.server.url}/import/`, { waitUntil: 'networkidle' });
		expect(await page.locator('[data-no-script]').isVisible()).toBe(true);
		expect(await page.locator('dr-import form').isVisible()).toBe(false);
		expect(await page.locator('main').textContent()).toContain('az vm list --output json');
		await page.context().close();
	});

	it.each(['light', 'dark'] as const)(
		'has no WCAG 2.2 AA violations with results, a question and a bad answer (%s)',
		async (scheme) => {
			// axe is injected inline, which the page's CSP refuses; the CSP is tested elsewhere.
			const { page } = await watchedPage(site, { colorScheme: scheme, bypassCSP: true });
			await page.goto(`${site.server.url}/import/`, { waitUntil: 'networkidle' });
			await chooseSample(page);
			await page.getByLabel('vCPUs', { exact: true }).fill('0');
			await page.getByLabel('vCPUs', { exact: true }).press('Tab');
			// The out-of-range vCPUs, and the memory still needed.
			await readPoll(() => page.locator('.import-issue').count()).toBe(2);
			const violations = await axeViolations(page);
			expect(violations).toEqual([]);
			await page.context().close();
		},
	);
});

const fileInput = (page: Page) => page.getByLabel('The JSON file from');

/** Chooses the az vm list sample and waits for its four tiers. */
async function chooseSample(page: Page): Promise<void> {
	await fileInput(page).setInputFiles(SAMPLE);
	await readPoll(() => page.locator('table.import-tiers tbody tr').count()).toBe(4);
}
