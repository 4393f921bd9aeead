/**
 * The wizard's plan-to-action features in Chromium: the Terraform download (parsed as HCL and
 * checked against the provider snapshot the unit tests use), and the clear message instead of
 * a file when the plan has nothing to deploy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	AZURERM_VERSION,
	parseWorkload,
	terraformForWorkload,
	workloadToQuery,
	type Workload,
} from '~/model/index.ts';
import {
	checkAgainstSnapshot,
	loadSnapshot,
	parseHcl,
	pinnedVersion,
	resourceAddresses,
} from '../unit/model/terraformSnapshot.ts';
import { openSite, watchedPage, type Site, type WatchedPage } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

function loadExample(file: string): Workload {
	const parsed = parseWorkload(
		JSON.parse(readFileSync(join(process.cwd(), 'examples', file), 'utf8')),
	);
	if (!parsed.ok) throw new Error(`${file}: invalid example`);
	return parsed.workload;
}

async function open(workload: Workload): Promise<WatchedPage> {
	const watched = await watchedPage(site);
	await watched.page.goto(`${site.server.url}/wizard/?${workloadToQuery(workload)}`, {
		waitUntil: 'networkidle',
	});
	return watched;
}

const status = (page: Page) => page.locator('.wizard-status[data-status]');

describe('Download Terraform', () => {
	it('downloads HCL for the plan that parses and names only what the provider documents', async () => {
		const workload = loadExample('b-sql-vm-app-tier.json');
		const expected = terraformForWorkload(workload);
		if (!expected.ok) throw new Error('example b should deploy something');
		const { page, problems } = await open(workload);
		await expect.poll(() => status(page).innerText(), { timeout: 10_000 }).toMatch(/Plan updated/);
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 10_000 }),
			page.getByRole('button', { name: 'Download Terraform' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/\.tf$/);
		const hcl = readFileSync(await download.path(), 'utf8');
		expect(hcl).toBe(expected.hcl);
		const json = await parseHcl(hcl);
		expect(pinnedVersion(json)).toBe(AZURERM_VERSION);
		expect(checkAgainstSnapshot(json, loadSnapshot(AZURERM_VERSION))).toEqual([]);
		expect(resourceAddresses(json).sort()).toEqual(
			expected.resources.map((r) => `${r.type}.${r.name}`).sort(),
		);
		await expect
			.poll(() => status(page).innerText())
			.toMatch(new RegExp(`Terraform downloaded: ${expected.resources.length} resources`));
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('says why in the status line, and downloads nothing, when the plan has nothing to deploy', async () => {
		const workload = loadExample('d-loose-targets-tight-budget.json');
		const expected = terraformForWorkload(workload);
		if (expected.ok) throw new Error('example d should have nothing to deploy');
		const { page, problems } = await open(workload);
		await expect.poll(() => status(page).innerText(), { timeout: 10_000 }).toMatch(/Plan updated/);
		const downloads: string[] = [];
		page.on('download', (d) => downloads.push(d.suggestedFilename()));
		await page.getByRole('button', { name: 'Download Terraform' }).click();
		await expect
			.poll(() => status(page).innerText())
			.toBe(`No Terraform file: ${expected.message}`);
		expect(downloads).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
