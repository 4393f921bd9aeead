/** What a reader does on the built site, in Chromium: read, search, look at diagrams, switch theme. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

describe('home page', () => {
	it('renders its heading and the way into the guide, with no console errors or failed requests', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/`, { waitUntil: 'networkidle' });
		await expect(page.title()).resolves.toMatch(/Azure VM DR Guides/);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Azure VM DR Guides/);
		await page
			.getByRole('link', { name: /RTO and RPO/ })
			.first()
			.click();
		await page.waitForURL(/\/concepts\/rto-and-rpo\/$/);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('RTO and RPO');
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('search', () => {
	it('finds the concepts page by a word that appears only in its body', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Search' }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('textbox', { name: 'Search' }).fill('rehearsed');
		const result = dialog.getByRole('link', { name: /RTO and RPO/ }).first();
		await result.waitFor({ state: 'visible', timeout: 15_000 });
		expect(await result.getAttribute('href')).toMatch(/\/concepts\/rto-and-rpo\//);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('diagrams', () => {
	it('are visible, and follow the theme toggle', async () => {
		const { page, problems } = await watchedPage(site, { colorScheme: 'light' });
		await page.goto(`${site.server.url}/concepts/rto-and-rpo/`, { waitUntil: 'networkidle' });
		const visibleSvg = page.locator('figure.diagram svg:visible').first();
		await visibleSvg.waitFor({ state: 'visible' });
		const box = await visibleSvg.boundingBox();
		expect(box?.width ?? 0).toBeGreaterThan(100);
		expect(box?.height ?? 0).toBeGreaterThan(100);

		const nodeFill = () =>
			page
				.locator('figure.diagram svg:visible .node rect')
				.first()
				.evaluate((el) => getComputedStyle(el).fill);
		const textFill = () =>
			page
				.locator('figure.diagram svg:visible .nodeLabel, figure.diagram svg:visible .node text')
				.first()
				.evaluate((el) => getComputedStyle(el).fill);

		const select = page.locator('starlight-theme-select select').first();
		await select.selectOption('light');
		const light = { node: await nodeFill(), text: await textFill() };
		await select.selectOption('dark');
		const dark = { node: await nodeFill(), text: await textFill() };
		expect(dark.node).not.toBe(light.node);
		expect(dark.text).not.toBe(light.text);
		expect(await page.locator('figure.diagram svg:visible').count()).toBe(
			await page.locator('figure.diagram').count(),
		);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
