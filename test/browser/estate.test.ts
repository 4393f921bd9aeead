/**
 * The estate page (/estate/) as a reader uses it: the example's report without JavaScript; a
 * file planned in the Web Worker into the report, each row opening the wizard; a second file
 * cancelling the first; bad files getting a message; the three exports; axe in both themes; no
 * sideways scroll at 390 px; and nothing leaving the browser while a file is planned.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planEstateFile } from '../../src/model/engine/estate/index.ts';
import { chooseJsonFile, openSite, watchedPage, type Site } from '../support/browser.ts';

const EXAMPLE_TEXT = readFileSync(
	join(process.cwd(), 'examples', 'estate', 'az-vm-list-estate.json'),
	'utf8',
);
type Vm = { name: string; id?: string; tags?: Record<string, string> | null | undefined };
const EXAMPLE = JSON.parse(EXAMPLE_TEXT) as Vm[];

/** The example's VMs of one workload only: a file whose report differs from the example's. */
const ONE_WORKLOAD = JSON.stringify(EXAMPLE.filter((vm) => vm.tags?.['workload'] === 'payroll'));

/** The example's payroll workload with its database VMs on a size the model's table does not know. */
const UNKNOWN_SIZE = 'Standard_DC4as_v5';
const PAYROLL_ODD_SIZE = JSON.stringify(
	EXAMPLE.filter((vm) => vm.tags?.['workload'] === 'payroll').map((vm) =>
		vm.tags?.['tier'] === 'db'
			? { ...vm, hardwareProfile: { vmSize: UNKNOWN_SIZE, vmSizeProperties: null } }
			: vm,
	),
);

/** The example copied `copies` times under new VM and workload names: a large estate. */
function largeEstate(copies: number): string {
	const vms: Vm[] = [];
	for (let i = 0; i < copies; i++)
		for (const vm of EXAMPLE) {
			const name = `${vm.name}-c${i}`;
			const tags =
				vm.tags?.['workload'] === undefined
					? vm.tags
					: { ...vm.tags, workload: `${vm.tags['workload']}-${i}` };
			vms.push({
				...vm,
				name,
				...(vm.id === undefined ? {} : { id: vm.id.replace(/[^/]+$/, name) }),
				tags,
			});
		}
	return JSON.stringify(vms);
}

const workloadNames = (text: string) => {
	const planned = planEstateFile(text);
	if (!planned.ok) throw new Error(planned.error);
	return planned.report.workloads.map((w) => w.name);
};

/** The plan runs in a worker on a shared 2-core machine: give it time. */
const slowPoll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000 });

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

const rows = (page: Page) =>
	page
		.locator('[data-output] tr[data-workload]')
		.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-workload')));

const choose = (page: Page, name: string, text: string) =>
	chooseJsonFile(page.locator('#est-file'), name, text);

describe('estate page', () => {
	it('without JavaScript shows the example estate’s report and says upload needs JavaScript', async () => {
		const { page } = await watchedPage(site, { javaScriptEnabled: false });
		await page.goto(`${site.server.url}/estate/`, { waitUntil: 'networkidle' });
		expect(await rows(page)).toEqual(workloadNames(EXAMPLE_TEXT));
		expect(await page.locator('[data-no-script]').isVisible()).toBe(true);
		expect(await page.locator('dr-estate form').isVisible()).toBe(false);
		expect(await page.locator('[data-estate-totals]').getAttribute('data-vms')).toBe(
			String(EXAMPLE.length),
		);
		await page.context().close();
	});

	it('plans a chosen file in the browser, sends nothing, and links each workload to the wizard', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/estate/`, { waitUntil: 'networkidle' });
		const requests: { url: string; method: string; body: string | null }[] = [];
		page.on('request', (req) =>
			requests.push({ url: req.url(), method: req.method(), body: req.postData() }),
		);
		await choose(page, 'payroll.json', ONE_WORKLOAD);
		await slowPoll(() => rows(page)).toEqual(['payroll']);
		expect(await page.locator('[data-estate-status]').textContent()).toContain('payroll.json');
		// The planner ran in a worker from the site itself; nothing from the file left the page.
		expect(requests.some((r) => /estateWorker/.test(r.url))).toBe(true);
		for (const req of requests) {
			expect(new URL(req.url).hostname, req.url).toBe('127.0.0.1');
			expect(req.method).toBe('GET');
			expect(req.url).not.toMatch(/payroll-(app|db)|3f2c6a1e/);
			expect(req.body ?? '').toBe('');
		}
		await page.locator('tr[data-workload="payroll"] a[data-open-wizard]').click();
		await page.waitForURL(/\/wizard\/\?v=2&/);
		// The wizard fills its form from the link once its module has loaded.
		await slowPoll(() =>
			page
				.locator('dr-wizard form input[name$=".name"]')
				.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).sort()),
		).toEqual(['app', 'db']);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('asks for a size the table does not know, plans the workload once answered, and its link opens the same figures', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/estate/`, { waitUntil: 'networkidle' });
		const step = page.getByRole('group', { name: '4. Sizes the table does not know' });
		expect(await step.isVisible()).toBe(false);
		await choose(page, 'payroll-dc.json', PAYROLL_ODD_SIZE);
		const row = page.locator('[data-output] tr[data-workload="payroll"]');
		await slowPoll(() => page.locator('[data-output]').getAttribute('data-source')).toBe(
			'payroll-dc.json',
		);
		// Not planned (the attribute is empty for false), waiting on the size.
		expect(await row.getAttribute('data-planned')).not.toBe('true');
		expect(await row.locator('a[data-open-wizard]').count()).toBe(0);
		await slowPoll(() => step.isVisible()).toBe(true);
		expect(await page.locator('[data-estate-status]').textContent()).toContain(
			'1 VM size the table does not know to answer in step 4',
		);
		const size = step.getByRole('group', { name: new RegExp(UNKNOWN_SIZE) });
		// A value out of range: named with its range beside the field, nothing planned with it.
		await size.getByLabel('vCPUs').fill('0');
		await size.getByLabel('Memory (GiB)').fill('16');
		await size.getByLabel('Memory (GiB)').press('Tab');
		const vcpu = size.getByLabel('vCPUs');
		await slowPoll(() => vcpu.getAttribute('aria-invalid')).toBe('true');
		expect(await size.locator('[data-size-issue="vcpu"]').textContent()).toMatch(
			/vCPUs of Standard_DC4as_v5 \(vcpu\) must be a whole number from 1 to/,
		);
		expect(await row.getAttribute('data-planned')).not.toBe('true');
		// Answered: the workload plans, with the reader's price.
		await vcpu.fill('4');
		await size.getByLabel('Hourly price per VM (US$, optional)').fill('0.75');
		await size.getByLabel('Hourly price per VM (US$, optional)').press('Tab');
		await slowPoll(() => row.getAttribute('data-planned')).toBe('true');
		expect(await vcpu.getAttribute('aria-invalid')).toBeNull();
		expect(await size.getAttribute('data-answered')).toBe('yes');
		expect(await size.getByLabel('vCPUs').inputValue()).toBe('4');
		const monthly = await row.getAttribute('data-monthly-usd');
		const planned = planEstateFile(PAYROLL_ODD_SIZE, {
			sizes: { [UNKNOWN_SIZE]: { vcpu: 4, memoryGiB: 16, hourlyPriceUsd: 0.75 } },
		});
		if (!planned.ok) throw new Error(planned.error);
		expect(Number(monthly)).toBe(planned.report.workloads[0]?.monthlyUsd);
		// Grouped another way, the estate is planned again: the answer is kept and still used.
		await page.getByLabel('Tiers by name prefix only', { exact: false }).check();
		await slowPoll(() =>
			row
				.locator('li[data-tier]')
				.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-tier'))),
		).toEqual(expect.arrayContaining(['pay-sql']));
		expect(await row.getAttribute('data-planned')).toBe('true');
		expect(await size.getByLabel('vCPUs').inputValue()).toBe('4');
		await row.locator('a[data-open-wizard]').click();
		await page.waitForURL(/\/wizard\/\?v=2&/);
		await slowPoll(() =>
			page
				.locator('[data-plan] > .plan table tfoot [data-cost-total]')
				.first()
				.getAttribute('data-monthly-usd'),
		).toBe(monthly);
		// Each edit re-plans and ends the run before it, whose worker may not have loaded yet: its
		// script request is aborted by design, not a failure of the site.
		expect(problems.filter((p) => !/estateWorker[^ ]*\.js net::ERR_ABORTED/.test(p))).toEqual([]);
		await page.context().close();
	});

	it('runs its planner in a worker that may send nothing to another origin', async () => {
		// A worker's policy comes from its script's response, not from the page's <meta>: the host
		// sends it (public/staticwebapp.config.json). Another origin, listening for anything.
		const received: string[] = [];
		const other = createServer((req, res) => {
			received.push(`${req.method ?? ''} ${req.url ?? ''}`);
			res.writeHead(200, { 'access-control-allow-origin': '*' }).end('ok');
		});
		await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
		const { port } = other.address() as AddressInfo;
		const { page, problems } = await watchedPage(site);
		try {
			await page.goto(`${site.server.url}/estate/`, { waitUntil: 'networkidle' });
			const started = page.waitForEvent('worker');
			await choose(page, 'payroll.json', ONE_WORKLOAD);
			const worker = await started;
			expect(worker.url()).toMatch(/estateWorker/);
			const header = await page.evaluate(
				async (url) => (await fetch(url)).headers.get('content-security-policy'),
				worker.url(),
			);
			expect(header).toContain("default-src 'self'");
			// Whatever code ran in that worker, a request to another origin is refused there: a second
			// worker from the same script (the planner's own ends once its plan is done) tries one.
			const probeStarted = page.waitForEvent('worker');
			await page.evaluate((url) => {
				(window as unknown as { probe: Worker }).probe = new Worker(url, { type: 'module' });
			}, worker.url());
			const probe = await probeStarted;
			const outcome = await probe.evaluate(async (url) => {
				try {
					await fetch(url, { method: 'POST', body: 'payroll' });
					return 'sent';
				} catch {
					return 'refused';
				}
			}, `http://127.0.0.1:${port}/collect`);
			expect(outcome).toBe('refused');
			expect(received).toEqual([]);
			expect(problems.filter((p) => !/Content Security Policy|CSP|connect-src/i.test(p))).toEqual(
				[],
			);
		} finally {
			await page.context().close();
			await new Promise<void>((done) => other.close(() => done()));
		}
	});

	it('cancels a running plan when a second file is chosen', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/estate/`, { waitUntil: 'networkidle' });
		const closed: boolean[] = [];
		page.on('worker', (worker) => {
			const i = closed.push(false) - 1;
			worker.on('close', () => (closed[i] = true));
		});
		await choose(page, 'large.json', largeEstate(40));
		await slowPoll(() => page.locator('dr-estate').getAttribute('data-running')).not.toBeNull();
		await choose(page, 'payroll.json', ONE_WORKLOAD);
		await slowPoll(() => rows(page)).toEqual(['payroll']);
		expect(await page.locator('[data-estate-status]').textContent()).toContain('payroll.json');
		// The first run's worker was ended, not left planning in the background.
		expect(closed[0]).toBe(true);
		// The first run never comes back to overwrite the second's report.
		await page.waitForTimeout(3000);
		expect(await rows(page)).toEqual(['payroll']);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('plans the file chosen last when it is chosen before the first has even been read', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/estate/`, { waitUntil: 'networkidle' });
		// No wait between the two: the large file is still being read when the small one comes.
		await choose(page, 'large.json', largeEstate(400));
		await choose(page, 'payroll.json', ONE_WORKLOAD);
		await slowPoll(() => rows(page)).toEqual(['payroll']);
		// Reading the large file never ends in a run that overwrites the report of the later one.
		await page.waitForTimeout(5000);
		expect(await rows(page)).toEqual(['payroll']);
		expect(await page.locator('[data-estate-status]').textContent()).toContain('payroll.json');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it.each([
		['not an export', '{"value": [{"kind": "storage"}]}', /az vm list|Resource Graph/],
		['truncated JSON', EXAMPLE_TEXT.slice(0, 40), /JSON|truncated|cut/i],
	])('says what is wrong with a bad file (%s)', async (_, text, message) => {
		const { page } = await watchedPage(site);
		await page.goto(`${site.server.url}/estate/`, { waitUntil: 'networkidle' });
		await choose(page, 'bad.json', text);
		await slowPoll(() => page.locator('dr-estate').getAttribute('data-error')).toBe('');
		const said = (await page.locator('[data-estate-status]').textContent()) ?? '';
		expect(said).toMatch(message);
		expect(said).not.toMatch(/at \w+ \(|NaN|undefined/);
		await page.context().close();
	});

	it('downloads the report as Markdown, CSV and JSON', async () => {
		const { page } = await watchedPage(site);
		await page.goto(`${site.server.url}/estate/`, { waitUntil: 'networkidle' });
		await choose(page, 'estate.json', EXAMPLE_TEXT);
		await slowPoll(() => page.locator('[data-exports]').isVisible()).toBe(true);
		const read = async (kind: string) => {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.locator(`[data-export="${kind}"]`).click(),
			]);
			const path = await download.path();
			return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
		};
		const names = workloadNames(EXAMPLE_TEXT);
		const md = await read('markdown');
		expect(md.name).toBe('estate-report.md');
		for (const name of names) expect(md.text).toContain(name);
		const csv = await read('csv');
		expect(csv.name).toBe('estate-report.csv');
		const lines = csv.text.trim().split('\n');
		expect(lines[0]).toContain('monthly_usd');
		for (const name of names) expect(csv.text).toContain(name);
		const json = await read('json');
		const parsed = JSON.parse(json.text) as { workloads: { name: string }[] };
		expect(parsed.workloads.map((w) => w.name)).toEqual(names);
		await page.context().close();
	});

	it('shows every column of the workloads table at 1280 px, even for a long name without spaces', async () => {
		const { page } = await watchedPage(site);
		await page.goto(`${site.server.url}/estate/`, { waitUntil: 'networkidle' });
		const long = 'PaymentsSettlementClearingReconciliationWestEuropeProduction';
		const vms = (JSON.parse(ONE_WORKLOAD) as Vm[]).map((vm) => ({
			...vm,
			tags: { ...vm.tags, workload: long },
		}));
		await choose(page, 'long.json', JSON.stringify(vms));
		await slowPoll(() => rows(page)).toEqual([long]);
		const tables = await page
			.locator('[data-output] .estate-scroll')
			.evaluateAll((boxes) => boxes.map((b) => b.scrollWidth - b.clientWidth));
		expect(tables.length).toBeGreaterThan(0);
		// No table needs its own sideways scroll: the monthly cost is in sight.
		expect(tables.every((overflow) => overflow <= 1)).toBe(true);
		await page.context().close();
	});

	it('does not scroll sideways at 390 px with a report', async () => {
		const { page } = await watchedPage(site, { viewport: { width: 390, height: 844 } });
		await page.goto(`${site.server.url}/estate/`, { waitUntil: 'networkidle' });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBe(0);
		// Each workload is a card: its name cell as wide as the card, not a pinned narrow column.
		const widths = await page
			.locator('[data-estate-workloads] tbody tr')
			.first()
			.evaluate((tr) => [
				tr.clientWidth,
				tr.querySelector('th')?.getBoundingClientRect().width ?? 0,
			]);
		expect(widths[1]).toBeGreaterThan((widths[0] ?? 0) * 0.9);
		await page.context().close();
	});

	it('prints the report on A4 without the form, nothing wider than the page', async () => {
		// A4 is 210 mm wide: 794 CSS pixels, less the page's 15 mm margins.
		const { page } = await watchedPage(site, { viewport: { width: 681, height: 1000 } });
		await page.goto(`${site.server.url}/estate/`, { waitUntil: 'networkidle' });
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('dr-estate form').isVisible()).toBe(false);
		expect(await page.locator('.estate-commands').isVisible()).toBe(false);
		expect(await page.locator('[data-estate-report]').isVisible()).toBe(true);
		const widest = await page.evaluate(() =>
			Math.max(
				...[...document.querySelectorAll('[data-estate-report] table')].map(
					(t) => t.getBoundingClientRect().right,
				),
			),
		);
		expect(widest).toBeLessThanOrEqual(681);
		const pdf = await page.pdf({ preferCSSPageSize: true });
		expect(pdf.byteLength).toBeGreaterThan(1000);
		await page.context().close();
	});

	it.each(['light', 'dark'] as const)(
		'has no WCAG 2.2 AA violations with a planned file (%s)',
		async (scheme) => {
			const { page } = await watchedPage(site, { colorScheme: scheme, bypassCSP: true });
			await page.goto(`${site.server.url}/estate/`, { waitUntil: 'networkidle' });
			await choose(page, 'estate.json', EXAMPLE_TEXT);
			await slowPoll(() => page.locator('[data-exports]').isVisible()).toBe(true);
			const violations = await axeViolations(page);
			expect(violations).toEqual([]);
			await page.context().close();
		},
	);
});
