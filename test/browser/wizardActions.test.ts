/**
 * The wizard's plan-to-action features in Chromium: the Terraform download (parsed as HCL and
 * checked against the provider snapshot the unit tests use) and the clear message instead of
 * a file when the plan has nothing to deploy; the runbook download; pin a plan, edit, read the
 * changes, unpin, and the pin surviving a reload; drill times typed into "Your drill", shown
 * against the plan, carried by the share link, and bad lines named with the key and range.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	formatMinutes,
	parseWorkload,
	recommend,
	workloadToQuery,
	type Workload,
} from '~/model/index.ts';
import {
	AZURERM_VERSION,
	terraformForWorkload,
	terraformSummary,
} from '~/model/engine/terraform.ts';
import { diffPlans, tierDiffLines } from '~/model/engine/planDiff.ts';
import { runbookWithResources as runbookMarkdown } from '~/model/engine/terraform.ts';
import { planWideLines } from '../../src/components/wizard/pinView.ts';
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

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const status = (page: Page) => page.locator('[data-status-line]');

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
			.toBe(`Terraform downloaded: ${terraformSummary(expected.resources)}`);
		// Example b asks for corruption protection: the layer's blocks are counted and named.
		expect(expected.resources.some((r) => r.layer === 'corruption')).toBe(true);
		await expect(status(page).innerText()).resolves.toMatch(/of them for the corruption layer/);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('says why in the status line, and downloads nothing, when the plan has nothing to deploy', async () => {
		// One PaaS database with loose targets: geo-restore, which deploys nothing ahead of a
		// failover (disk copies, the old workload here, now deploy their scheduled copy job).
		const parsed = parseWorkload({
			name: 'x',
			tiers: [{ name: 'files', kind: 'stateful', data: 'paas', vmCount: 1 }],
			rtoMinutes: 2880,
			rpoMinutes: 1440,
		});
		if (!parsed.ok) throw new Error('the geo-restore workload is valid');
		const workload: Workload = parsed.workload;
		const expected = terraformForWorkload(workload);
		if (expected.ok) throw new Error('this workload should have nothing to deploy');
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

describe('Download runbook', () => {
	it('downloads the Markdown runbook of the plan shown', async () => {
		const workload = loadExample('c-multi-disk-db.json');
		const { page, problems } = await open(workload);
		await expect.poll(() => status(page).innerText(), { timeout: 10_000 }).toMatch(/Plan updated/);
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 10_000 }),
			page.getByRole('button', { name: 'Download runbook (Markdown)' }).click(),
		]);
		const md = readFileSync(await download.path(), 'utf8');
		expect(md).toBe(runbookMarkdown(recommend(workload), page.url()));
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('Pin this plan', () => {
	it('lists what changed per tier after an edit, keeps the pin over a reload, and unpins', async () => {
		const workload = loadExample('b-sql-vm-app-tier.json');
		const { page, problems } = await open(workload);
		await expect.poll(() => status(page).innerText(), { timeout: 10_000 }).toMatch(/Plan updated/);
		const section = page.getByRole('region', { name: 'Changes since the pinned plan' });
		expect(await section.count()).toBe(0);
		await page.getByRole('button', { name: 'Pin this plan' }).click();
		// The changes are worked out in the wizard's worker, after any sensitivity it is still on.
		await expect.poll(() => section.innerText(), { timeout: 10_000 }).toMatch(/No changes/);

		// A much tighter RPO target: the plan changes, and each change is listed, tiers largest first.
		const rpo = page.getByLabel('RPO target (minutes)', { exact: true });
		await rpo.fill('1');
		const before = recommend(workload);
		const diff = diffPlans(before, recommend({ ...workload, rpoMinutes: 1 }));
		expect(diff.same).toBe(false);
		expect(diff.tiers.length).toBeGreaterThan(0);
		const shownTiers = () =>
			section
				.locator('[data-diff-tier]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-diff-tier')));
		await expect.poll(shownTiers, { timeout: 10_000 }).toEqual(diff.tiers.map((t) => t.tier));
		const text = squash(await section.innerText());
		for (const line of [...planWideLines(diff), ...diff.tiers.flatMap(tierDiffLines)])
			expect(text).toContain(squash(line));

		// A reload in the same tab keeps the pin: the link holds the edit, the tab the pin.
		await page.reload({ waitUntil: 'networkidle' });
		await expect.poll(shownTiers, { timeout: 10_000 }).toEqual(diff.tiers.map((t) => t.tier));

		await page.getByRole('button', { name: 'Unpin' }).click();
		await expect.poll(() => section.count()).toBe(0);
		await expect.poll(() => status(page).innerText()).toBe('Unpinned.');
		await page.reload({ waitUntil: 'networkidle' });
		await expect.poll(() => status(page).innerText(), { timeout: 10_000 }).toMatch(/Plan updated/);
		expect(await section.count()).toBe(0);
		// A reload can abort the favicon's request in flight; nothing else may fail.
		expect(problems.filter((p) => !/favicon\.svg net::ERR_ABORTED/.test(p))).toEqual([]);
		await page.context().close();
	});
});

describe('Your drill', () => {
	it('shows measured against planned per step, and the share link carries the times', async () => {
		const workload = loadExample('b-sql-vm-app-tier.json');
		const plan = recommend(workload);
		const { page, problems } = await open(workload);
		await expect.poll(() => status(page).innerText(), { timeout: 10_000 }).toMatch(/Plan updated/);
		const keys = plan.rto.steps.map((s) => s.key);
		// The step keys to type are listed with the timeline.
		const listed = await page
			.locator('[data-plan] .step-keys [data-key]')
			.evaluateAll((els) => els.map((e) => e.textContent));
		expect(listed).toEqual(keys);

		await page
			.locator('summary', { hasText: 'Your drill (optional: measured step times)' })
			.click();
		const field = page.getByLabel('Measured step times (step=minutes, one a line)', {
			exact: true,
		});
		const measured = Object.fromEntries(keys.map((k, i) => [k, i + 2]));
		await field.fill(keys.map((k) => `${k}=${measured[k]}`).join('\n'));
		const table = page.getByRole('table', { name: 'Planned against measured, by step' });
		const total = keys.reduce((sum, k) => sum + (measured[k] ?? 0), 0);
		// Its text, not innerText: the table is below the fold, where the page leaves it unlaid
		// (content-visibility), and innerText reads only what is laid out.
		await expect
			.poll(() => table.locator('tfoot').textContent(), { timeout: 10_000 })
			.toContain(formatMinutes(total));
		// The plan's RTO stays the planned one.
		expect(await table.locator('tfoot').textContent()).toContain(
			formatMinutes(plan.rto.total.typical),
		);
		await expect.poll(() => new URL(page.url()).searchParams.get('m')).not.toBeNull();

		// The link alone reproduces the drill times in a fresh page.
		const link = page.url();
		const fresh = await watchedPage(site);
		await fresh.page.goto(link, { waitUntil: 'networkidle' });
		const freshTable = fresh.page.getByRole('table', { name: 'Planned against measured, by step' });
		await expect
			.poll(() => freshTable.locator('tbody tr').count(), { timeout: 10_000 })
			.toBe(keys.length);
		const freshField = fresh.page.getByLabel('Measured step times (step=minutes, one a line)', {
			exact: true,
		});
		expect((await freshField.inputValue()).split('\n')).toEqual(
			keys.map((k) => `${k}=${measured[k]}`),
		);
		expect(fresh.problems).toEqual([]);
		await fresh.page.context().close();

		// A bad line is named with its key and the accepted range; the plan stays.
		await field.fill('detect=99999');
		await expect
			.poll(() => page.locator('[data-error-for="measured"]').innerText(), { timeout: 10_000 })
			.toContain('line 1: detect must be a number from 0 to 10,080 (minutes); “99999” is not');
		await expect.poll(() => status(page).innerText()).toMatch(/Not recalculated/);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
