/**
 * The comparison chart as a reader sees it: laid out for the width the page gives it, every
 * label clear of every other, at a desktop and a phone width, for the page's own workload and
 * for a four-tier workload opened from a shared link.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceWorkload, workloadToQuery, type Workload } from '~/model/index.ts';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

const [web, db] = referenceWorkload.tiers;
const fourTiers: Workload = {
	...referenceWorkload,
	budgetUsd: 900,
	tiers: [web!, db!, { ...web!, name: 'api', vmCount: 4 }, { ...db!, name: 'reporting' }],
};

interface ChartReport {
	tier: string;
	boxWidth: number;
	svgWidth: number;
	scrolls: boolean;
	/** Drawn for its box's own width (the build draws one width, scaled until laid out again). */
	laidOut: boolean;
	smallestText: number;
	overlaps: string[];
}

/** For each chart: its size against its column's, and every pair of text boxes that overlap. */
async function charts(page: Page): Promise<ChartReport[]> {
	return page.locator('.cmp-tier').evaluateAll((tiers) =>
		tiers.map((tier) => {
			const box = tier.querySelector<HTMLElement>('[data-chart]')!;
			const svg = box.querySelector('svg')!;
			const texts = [...svg.querySelectorAll('text')].map((t) => ({
				text: t.textContent.trim(),
				r: t.getBoundingClientRect(),
			}));
			const overlaps: string[] = [];
			texts.forEach((a, i) => {
				for (const b of texts.slice(i + 1)) {
					const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
					const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
					if (w > 0.5 && h > 0.5) overlaps.push(`"${a.text}" / "${b.text}"`);
				}
			});
			const scroller = box.closest<HTMLElement>('.cmp-chart-scroll')!;
			return {
				tier: tier.getAttribute('data-tier') ?? '',
				boxWidth: box.clientWidth,
				svgWidth: svg.getBoundingClientRect().width,
				scrolls: scroller.scrollWidth > scroller.clientWidth + 1,
				laidOut:
					svg.getAttribute('data-width') === String(Math.max(300, Math.floor(box.clientWidth))),
				smallestText: Math.min(...texts.map((t) => t.r.height)),
				overlaps,
			};
		}),
	);
}

describe('comparison chart', () => {
	for (const width of [1280, 390])
		for (const [name, query] of [
			['the default workload', ''],
			['a four-tier shared workload', `?${workloadToQuery(fourTiers)}`],
		] as const)
			it(`at ${width} px, for ${name}, fills its column with readable labels that never overlap`, async () => {
				const { page, problems } = await watchedPage(site, {
					viewport: { width, height: 900 },
				});
				await page.goto(`${site.server.url}/compare/${query}`, { waitUntil: 'networkidle' });
				const tierCount = query === '' ? 2 : 4;
				await expect
					.poll(() => page.locator('.cmp-tier').count(), { timeout: 10_000 })
					.toBe(tierCount);
				// Laid out again for the column's own width once the reader scrolls to it.
				await expect
					.poll(
						async () => {
							// As a reader would: the next chart not yet laid out, into view.
							await page
								.locator('[data-chart]')
								.evaluateAll((boxes) =>
									boxes
										.find(
											(b) =>
												b.querySelector('svg')?.getAttribute('data-width') !==
												String(Math.max(300, Math.floor(b.clientWidth))),
										)
										?.scrollIntoView(),
								);
							return (await charts(page)).every(
								(c) => c.laidOut && Math.abs(c.svgWidth - c.boxWidth) <= 1,
							);
						},
						{ timeout: 10_000 },
					)
					.toBe(true);
				const report = await charts(page);
				for (const c of report) {
					expect(c.overlaps, `${c.tier} at ${width}`).toEqual([]);
					expect(c.scrolls, c.tier).toBe(false);
					// Text drawn at its own size, not a scaled-down desktop chart.
					expect(c.smallestText, c.tier).toBeGreaterThanOrEqual(11);
				}
				if (width === 1280)
					// The page's full width, not the 45rem text column.
					for (const c of report) expect(c.svgWidth).toBeGreaterThan(800);
				expect(problems).toEqual([]);
				await page.context().close();
			});

	it('has axis titles, a numbered key with every option, and a budget line when set', async () => {
		const { page } = await watchedPage(site);
		await page.goto(`${site.server.url}/compare/?${workloadToQuery(fourTiers)}`, {
			waitUntil: 'networkidle',
		});
		const chart = page.locator('.cmp-tier[data-tier="api"] svg.frontier-chart');
		await expect.poll(() => chart.count(), { timeout: 10_000 }).toBe(1);
		const text = (await chart.textContent()) ?? '';
		// A stateless tier: every option has an RPO of 0, so the chart plots RTO across.
		expect(text).toMatch(/RTO, typical \(log scale\)/);
		expect(text).toMatch(/RTO target/);
		const database = page.locator('.cmp-tier[data-tier="database"] svg.frontier-chart');
		expect((await database.textContent()) ?? '').toMatch(/RPO, typical \(log scale\)/);
		expect(text).toMatch(/Monthly standby cost/);
		expect(text).toMatch(/Budget/);
		const rows = await page.locator('.cmp-tier[data-tier="api"] table.cmp-table tbody tr').count();
		const numbers = await chart.locator('.point-number').allTextContents();
		expect(numbers).toEqual(Array.from({ length: rows }, (_, i) => `${i + 1}`));
		expect(await chart.locator('.key-number').count()).toBe(rows);
		await page.context().close();
	});
});
