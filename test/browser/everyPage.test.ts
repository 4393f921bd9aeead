/** axe-core on every page in the sitemap, in both colour schemes: zero violations at WCAG 2.2 AA. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitemapPaths } from '../support/distPages.ts';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** axe injected into the page as it is now: the violations at WCAG 2.2 AA, briefly. */
async function axeViolations(page: Page): Promise<unknown[]> {
	await page.addScriptTag({ content: AXE_SOURCE });
	return page.evaluate(async (tags) => {
		const axe = (
			globalThis as unknown as {
				axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
			}
		).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
		}));
	}, TAGS);
}

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

const paths = sitemapPaths();

describe.each(paths)('%s', (path) => {
	it.each(['light', 'dark'] as const)(
		'has no WCAG 2.2 AA violations in the %s theme',
		async (scheme) => {
			// axe is injected as an inline script, which the site's Content-Security-Policy refuses
			// (as it should); the CSP itself is tested in csp.test.ts.
			const { page } = await watchedPage(site, { colorScheme: scheme, bypassCSP: true });
			await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		},
	);
});

describe('/wizard/ with its optional sections in use', () => {
	it.each(['light', 'dark'] as const)(
		'has no violations with drill times, the measured table and a pinned plan, in the %s theme',
		async (scheme) => {
			const { page } = await watchedPage(site, { colorScheme: scheme, bypassCSP: true });
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
