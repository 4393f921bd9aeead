/**
 * The cost of a regional disruption in the wizard's plan: a share link with the cost of an
 * hour of downtime shows the plan's figure, each option's, and the faster options'
 * break-evens, the same sentences the CLI prints; without it the section is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	disruptionLines,
	formatUsd,
	parseWorkload,
	recommend,
	referenceWorkloadInput,
	workloadToQuery,
} from '~/model/index.ts';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function planOf(extra: Record<string, unknown>) {
	const parsed = parseWorkload({ ...referenceWorkloadInput, ...extra });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return { workload: parsed.workload, plan: recommend(parsed.workload) };
}

describe('the cost of a disruption in the wizard', () => {
	it('a link with the downtime cost and a frequency shows the CLI’s figures', async () => {
		const { workload, plan } = planOf({ downtimeCostPerHourUsd: 12_000, disruptionsPerYear: 0.5 });
		const d = plan.disruption!;
		expect(d.tiers.some((t) => t.fasterAlternatives.length > 0)).toBe(true);
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/wizard/?${workloadToQuery(workload)}`, {
			waitUntil: 'networkidle',
		});
		const section = page.locator('dr-wizard [data-disruption]');
		await expect
			.poll(async () => squash((await section.allInnerTexts()).join(' ')), { timeout: 10_000 })
			.toContain(squash(disruptionLines(d)[0]!));
		const text = squash(await section.innerText());
		for (const line of disruptionLines(d)) expect(text).toContain(squash(line));
		expect(text).toContain(formatUsd(d.disruptionCostUsd.typicalUsd));
		expect(text).toContain(formatUsd(d.expectedUsdPerYear!));
		for (const t of d.tiers) {
			const rows = section.locator(`[data-disruption-tier="${t.tier}"] tr[data-option]`);
			expect(await rows.count()).toBe(t.options.length);
			const first = squash(await rows.first().innerText());
			expect(first).toContain('(recommended)');
			expect(first).toContain(formatUsd(t.recommended.disruptionCostUsd.typicalUsd));
		}
		expect(text).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('a link without the downtime cost shows no disruption section', async () => {
		const { workload, plan } = planOf({});
		expect(plan.disruption).toBeUndefined();
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/wizard/?${workloadToQuery(workload)}`, {
			waitUntil: 'networkidle',
		});
		await page.locator('dr-wizard .plan').first().waitFor();
		expect(await page.locator('dr-wizard [data-disruption]').count()).toBe(0);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
