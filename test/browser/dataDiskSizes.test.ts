/**
 * The wizard's data disk sizes field (tiers[].dataDiskSizesGiB): a link carrying it fills the
 * field and prices each disk at its own size tier, as the model does; typing a new list re-plans,
 * and an entry that is no number is named on the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	parseWorkload,
	recommend,
	referenceWorkloadInput,
	workloadToQuery,
	type Workload,
} from '~/model/index.ts';
import type { Page } from 'playwright-core';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

function withDisks(sizes: number[]): Workload {
	const [web, db] = referenceWorkloadInput.tiers;
	if (web === undefined || db === undefined) throw new Error('no reference tiers');
	const parsed = parseWorkload({
		...referenceWorkloadInput,
		tiers: [web, { ...db, dataDiskSizesGiB: sizes }],
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return parsed.workload;
}

/** The model's storage lines of the database tier, as the plan's rows carry them. */
const storageUsd = (w: Workload) =>
	recommend(w)
		.cost.lines.filter((l) => l.kind === 'storage' && l.tier === 'database')
		.map((l) => String(l.monthlyUsd))
		.sort();

const ROWS = '.plan tr[data-cost-kind="storage"][data-cost-tier="database"]';
const FIELD = 'input[name="tiers.1.dataDiskSizesGiB"]';

/** Waits until the plan's database storage rows carry the model's figures. */
async function expectStorageRows(page: Page, usd: string[]): Promise<void> {
	await expect
		.poll(
			async () =>
				(
					await page
						.locator(ROWS)
						.evaluateAll((r) => r.map((x) => x.getAttribute('data-monthly-usd')))
				).sort(),
			{ timeout: 15_000 },
		)
		.toEqual(usd);
}

describe('data disk sizes in the wizard', () => {
	it('a link with them fills the field and prices each disk at its own size', async () => {
		const { page, problems } = await watchedPage(site);
		const w = withDisks([128, 1024, 512]);
		await page.goto(`${site.server.url}/wizard/?${workloadToQuery(w)}`, {
			waitUntil: 'networkidle',
		});
		expect(await page.locator(FIELD).inputValue()).toBe('128, 1024, 512');
		const rows = page.locator(ROWS);
		await expectStorageRows(page, storageUsd(w));
		expect((await rows.allTextContents()).join(' ')).toMatch(
			/1 × [PES]10 \(128 GiB\) \+ 1 × [PES]20 \(512 GiB\) \+ 1 × [PES]30 \(1 TiB\)/,
		);
		expect(problems).toEqual([]);
		await page.context().close();
	});
	it('typing a list re-plans; an entry that is no number is named on the field', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/wizard/`, { waitUntil: 'networkidle' });
		await page.evaluate(() => {
			for (const d of document.querySelectorAll('form.workload-form details'))
				d.setAttribute('open', '');
		});
		const field = page.locator(FIELD);
		await field.fill('256, 2048');
		await field.dispatchEvent('change');
		await expectStorageRows(page, storageUsd(withDisks([256, 2048])));
		await field.fill('256, lots');
		await field.dispatchEvent('change');
		await expect
			.poll(() => page.locator('[data-error-for="tiers.1.dataDiskSizesGiB"]').textContent(), {
				timeout: 15_000,
			})
			.toMatch(/“lots” is not a number/);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
