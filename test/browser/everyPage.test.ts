/**
 * Every page in the sitemap, and the not-found page, visited once under its Content-Security-Policy:
 * one CSP <meta>, no CSP violation and no console error or failed request on load, then axe-core at
 * WCAG 2.2 AA in the light and the dark theme (the same page, its colour scheme switched as a
 * reader's system setting would). Pages are read from the sitemap, so a new page is covered by
 * itself. After one interaction with each kind of widget: csp.test.ts; the wizard's optional
 * sections under axe: below.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { sitemapPaths } from '../support/distPages.ts';
import {
	cspViolations,
	cspWatchedPage,
	openSite,
	watchedPage,
	type Site,
} from '../support/browser.ts';

const SCHEMES = ['light', 'dark'] as const;

/** Switches the reader's colour scheme and waits for Starlight's theme to follow it. */
async function useScheme(page: Page, scheme: (typeof SCHEMES)[number]): Promise<void> {
	await page.emulateMedia({ colorScheme: scheme });
	await expect
		.poll(() => page.evaluate(() => document.documentElement.dataset['theme']), {
			timeout: 10_000,
		})
		.toBe(scheme);
	// Two frames, so that the styles of the new theme are applied before axe reads colours.
	await page.evaluate(
		() =>
			new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
	);
}

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

// The not-found page is not in the sitemap but is served for every missing path.
const paths = [...sitemapPaths(), '/404.html'];

it('finds the pages to visit in the sitemap', () => {
	expect(paths.length).toBeGreaterThan(20);
});

describe.each(paths)('%s', (path) => {
	it('loads under its CSP with no violation and no console error, and has no WCAG 2.2 AA violation in either theme', async () => {
		const { page, problems } = await cspWatchedPage(site, path, { colorScheme: 'light' });
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').count();
		expect(policy, 'a CSP <meta>').toBe(1);
		expect(await cspViolations(page), 'CSP violations on load').toEqual([]);
		expect(problems, 'console errors and failed requests on load').toEqual([]);
		for (const scheme of SCHEMES) {
			await useScheme(page, scheme);
			expect(await axeViolations(page), `axe, ${scheme} theme`).toEqual([]);
		}
		await page.context().close();
	});
});

describe('/wizard/ with its optional sections in use', () => {
	it.each(SCHEMES)(
		'has no violations with drill times, the measured table and a pinned plan, in the %s theme',
		async (scheme) => {
			const { page } = await watchedPage(site, { colorScheme: scheme });
			await page.goto(`${site.server.url}/wizard/?v=2&m=detect%3D12%3Bdeclare%3D20%3Bnope%3D1`, {
				waitUntil: 'networkidle',
			});
			await page.getByRole('button', { name: 'Pin this plan' }).click();
			const drill = page.locator('summary', { hasText: 'Your drill' });
			const field = page.getByLabel('Measured step times (step=minutes, one a line)', {
				exact: true,
			});
			if (!(await field.isVisible())) await drill.click();
			await page.getByLabel('RPO target (minutes)', { exact: true }).fill('1');
			const pinned = page.getByRole('region', { name: 'Changes since the pinned plan' });
			await expect
				.poll(() => pinned.locator('[data-diff-tier]').count(), { timeout: 10_000 })
				.toBeGreaterThan(0);
			await expect
				.poll(() => page.getByRole('table', { name: 'Planned against measured, by step' }).count())
				.toBe(1);
			expect(await axeViolations(page)).toEqual([]);
			// A bad line's message is part of the page too.
			await field.fill('detect=-5');
			await expect.poll(() => page.locator('[data-error-for="measured"]').isVisible()).toBe(true);
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		},
	);
});
