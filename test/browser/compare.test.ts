/** The comparison page as a reader uses it: without JavaScript, typing targets, sharing links. */
import { axeViolations } from '../support/axe.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

const meetingRows = (page: import('playwright-core').Page, tier: string) =>
	page
		.locator(`.cmp-tier[data-tier="${tier}"] table.cmp-table > tbody > tr[data-meets="yes"]`)
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-option') ?? ''));

describe('compare page', () => {
	it('shows the form, a table and a chart per tier without JavaScript', async () => {
		const { page, problems } = await watchedPage(site, { javaScriptEnabled: false });
		await page.goto(`${site.server.url}/compare/`, { waitUntil: 'networkidle' });
		expect(await page.getByRole('spinbutton', { name: 'RPO target (minutes)' }).inputValue()).toBe(
			'60',
		);
		expect(await page.locator('table.cmp-table').count()).toBe(2);
		expect(await page.locator('svg.frontier-chart[role="img"]').count()).toBe(2);
		const rows = await page
			.locator('.cmp-tier[data-tier="database"] table.cmp-table > tbody > tr')
			.count();
		expect(rows).toBeGreaterThan(3);
		expect(await page.locator('.cmp-tier[data-tier="database"] svg g.point').count()).toBe(rows);
		expect(await page.locator('tr[data-dominated="yes"]').count()).toBeGreaterThan(0);
		expect(await page.locator('.compare').textContent()).not.toMatch(/NaN|Infinity|undefined/);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	const coverage = (
		page: import('playwright-core').Page,
		tier: string,
		option: string,
		threat: string,
	) =>
		page
			.locator(
				`.cmp-tier[data-tier="${tier}"] table.cmp-protects tr[data-options~="${option}"] td[data-label="${threat}"] .cmp-level`,
			)
			.textContent();

	it('says what each option protects against without JavaScript, and again after an edit', async () => {
		const noJs = await watchedPage(site, { javaScriptEnabled: false });
		await noJs.page.goto(`${site.server.url}/compare/`, { waitUntil: 'networkidle' });
		expect(await noJs.page.locator('table.cmp-protects').count()).toBe(2);
		// Zone-to-zone Site Recovery stays in one region; the region-to-region option does not.
		expect(
			await coverage(noJs.page, 'web', 'site-recovery-a2a/zone-to-zone', 'Region outage'),
		).toMatch(/Not covered/);
		expect(await coverage(noJs.page, 'web', 'site-recovery-a2a', 'Region outage')).toMatch(
			/Covered/,
		);
		// GRS disks cover corruption only through the corruption layer the reference asks for.
		expect(
			await coverage(noJs.page, 'database', 'grs-vm-disks', 'Logical corruption or ransomware'),
		).toMatch(/^✓ Covered/);
		const factLink = noJs.page.locator('table.cmp-protects a.fact').first();
		expect(await factLink.getAttribute('href')).toMatch(/^\/reference\/facts\/#/);
		expect(noJs.problems).toEqual([]);
		await noJs.page.context().close();

		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/compare/`, { waitUntil: 'networkidle' });
		await page.locator('form details').evaluateAll((ds) => {
			for (const d of ds) (d as HTMLDetailsElement).open = true;
		});
		await page
			.getByRole('checkbox', { name: 'Must recover from corruption or ransomware' })
			.uncheck();
		await expect
			.poll(() => coverage(page, 'database', 'grs-vm-disks', 'Logical corruption or ransomware'))
			.toMatch(/Not covered/);
		expect(page.url()).toMatch(/[?&]corr=0(&|$)/);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('stacks each row of the protection table on a phone, each threat named', async () => {
		const { page, problems } = await watchedPage(site, { viewport: { width: 390, height: 800 } });
		await page.goto(`${site.server.url}/compare/`, { waitUntil: 'networkidle' });
		const table = page.locator('.cmp-tier[data-tier="web"] table.cmp-protects');
		await table.scrollIntoViewIfNeeded();
		const layout = await table.evaluate((t) => {
			const wrap = t.parentElement as HTMLElement;
			const cell = t.querySelector('tbody td') as HTMLElement;
			return {
				overflows: wrap.scrollWidth > wrap.clientWidth + 1,
				cellDisplay: getComputedStyle(cell).display,
				label: getComputedStyle(cell, '::before').content,
			};
		});
		expect(layout.overflows).toBe(false);
		expect(layout.cellDisplay).toBe('block');
		expect(layout.label).toMatch(/Region outage/);
		// Still a table to assistive technology: a row header and its cells.
		expect(await table.getByRole('rowheader').count()).toBeGreaterThan(1);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('a tighter RPO target changes which rows meet the targets, and the URL follows', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/compare/`, { waitUntil: 'networkidle' });
		const before = await meetingRows(page, 'database');
		expect(before).toContain('app-backup-shipping');
		// Judged on its worst case, five minutes leaves only the replicas.
		await page.getByRole('spinbutton', { name: 'RPO target (minutes)' }).fill('5');
		await expect.poll(() => meetingRows(page, 'database')).not.toEqual(before);
		const after = await meetingRows(page, 'database');
		expect(after).not.toContain('app-backup-shipping');
		expect(after.length).toBeGreaterThan(0);
		await expect.poll(() => page.locator('[data-status-line]').textContent()).toMatch(/updated/);
		expect(page.url()).toMatch(/[?&]v=2&/);
		expect(page.url()).toMatch(/[?&]rpo=5(&|$)/);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('a shared link reproduces the comparison, and opens the same workload in the wizard', async () => {
		const first = await watchedPage(site);
		await first.page.goto(`${site.server.url}/compare/`, { waitUntil: 'networkidle' });
		await first.page.getByRole('spinbutton', { name: 'RPO target (minutes)' }).fill('1');
		await expect.poll(() => first.page.url()).toMatch(/rpo=1(&|$)/);
		const shared = first.page.url();
		const rows = await meetingRows(first.page, 'database');
		await first.page.context().close();

		const { page, problems } = await watchedPage(site);
		await page.goto(shared, { waitUntil: 'networkidle' });
		await expect.poll(() => meetingRows(page, 'database')).toEqual(rows);
		expect(await page.getByRole('spinbutton', { name: 'RPO target (minutes)' }).inputValue()).toBe(
			'1',
		);
		expect(await page.locator('[data-notices]').textContent()).toBe('');
		const wizard = await page
			.getByRole('link', { name: /Open this workload in the wizard/ })
			.getAttribute('href');
		expect(wizard).toBe(`/wizard/${new URL(shared).search}`);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('a tampered link shows a notice and injects no markup', async () => {
		const { page, problems } = await watchedPage(site);
		const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
		await page.goto(`${site.server.url}/compare/?v=1&rpo=abc&${evil}=1&t0.name=${evil}`, {
			waitUntil: 'networkidle',
		});
		const notice = page.locator('[data-notices]');
		await expect.poll(() => notice.textContent()).toMatch(/Ignored/);
		expect(await notice.textContent()).toMatch(
			/Ignored rpo \(RPO target\): it must be .*; “abc” is not a number/,
		);
		expect(await page.locator('.compare img').count()).toBe(0);
		expect(await page.locator('[onerror]').count()).toBe(0);
		expect(await page.locator('.cmp-tier').first().getAttribute('data-tier')).toBe(
			'<img src=x onerror=alert(1)>',
		);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('bad input gets an inline message with the range, and the last result stays', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/compare/`, { waitUntil: 'networkidle' });
		const rpo = page.getByRole('spinbutton', { name: 'RPO target (minutes)' });
		await rpo.fill('1');
		await expect.poll(() => page.url()).toMatch(/rpo=1(&|$)/);
		const table = await page
			.locator('.cmp-tier[data-tier="database"] table.cmp-table > tbody')
			.innerHTML();
		await rpo.fill('-5');
		const error = page.locator('[data-error-for="rpoMinutes"]');
		await expect.poll(() => error.textContent()).toMatch(/RPO target \(minutes\).*0 to 43,200/);
		await expect.poll(() => page.locator('[data-status-line]').textContent()).toMatch(/last valid/);
		expect(await rpo.getAttribute('aria-invalid')).toBe('true');
		expect(
			await page.locator('.cmp-tier[data-tier="database"] table.cmp-table > tbody').innerHTML(),
		).toBe(table);
		expect(await page.locator('.compare').textContent()).not.toMatch(/NaN|Infinity/);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it.each([true, false])(
		'a figure in the table leads to how it is computed, with sources (JavaScript %s)',
		async (javaScriptEnabled) => {
			const { page, problems } = await watchedPage(site, { javaScriptEnabled });
			await page.goto(`${site.server.url}/compare/`, { waitUntil: 'networkidle' });
			const link = page
				.locator('.cmp-tier[data-tier="database"] table.cmp-table a.cmp-figure')
				.first();
			// On the built page the explanations are on their own page; after an edit, inline.
			const id = ((await link.getAttribute('href')) ?? '').split('#')[1] ?? '';
			await link.click();
			const heading = page.locator(`[id="${id}"]`);
			await expect.poll(() => heading.isVisible()).toBe(true);
			const section = page.locator('.evaluation', { has: heading });
			expect(await section.locator('.fact-refs a').count()).toBeGreaterThan(0);
			// Leaving the page cancels the chart code it was still fetching: not a fault.
			expect(problems.filter((p) => !p.includes('net::ERR_ABORTED'))).toEqual([]);
			await page.context().close();
		},
	);

	it('a link with more tiers than the reference gets a form group, a table and a chart for each', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(
			`${site.server.url}/compare/?v=1&t0.name=web&t1.name=db&t2.name=cache&t2.kind=stateless&t2.vms=3`,
			{ waitUntil: 'networkidle' },
		);
		await expect.poll(() => page.locator('table.cmp-table').count()).toBe(3);
		expect(await page.locator('svg.frontier-chart').count()).toBe(3);
		expect(await page.locator('[data-tiers] [data-tier-index]').count()).toBe(3);
		expect(await page.locator('[name="tiers.2.vmCount"]').inputValue()).toBe('3');
		expect(await page.locator('.cmp-tier').nth(2).getAttribute('data-tier')).toBe('cache');
		expect(await page.locator('[data-notices]').textContent()).toBe('');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it.each(['light', 'dark'] as const)(
		'stays axe clean after recomputing and with a message shown (%s)',
		async (colorScheme) => {
			// axe is injected as an inline script, which the page's CSP refuses (csp.test.ts tests it).
			const { page, problems } = await watchedPage(site, { colorScheme, bypassCSP: true });
			await page.goto(`${site.server.url}/compare/?v=1&rpo=1&budget=200&bogus=1`, {
				waitUntil: 'networkidle',
			});
			await expect.poll(() => page.locator('[data-notices]').textContent()).toMatch(/bogus/);
			await page.getByRole('spinbutton', { name: 'RTO target (minutes)' }).fill('0');
			await expect
				.poll(() => page.locator('[data-status-line]').textContent())
				.toMatch(/last valid/);
			const violations = await axeViolations(page);
			expect(violations).toEqual([]);
			expect(problems).toEqual([]);
			await page.context().close();
		},
	);

	it('adds and removes tiers from the keyboard, and the results and the URL follow', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/compare/`, { waitUntil: 'networkidle' });
		await page.getByRole('spinbutton', { name: 'RTO target (minutes)' }).focus();
		const add = page.getByRole('button', { name: 'Add a tier' });
		await add.waitFor({ state: 'visible' });
		await add.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('table.cmp-table').count()).toBe(3);
		expect(page.url()).toMatch(/t2\.name=tier\+3/);
		await page
			.locator('[data-tier-index="0"]')
			.getByRole('button', { name: 'Remove this tier' })
			.click();
		await expect.poll(() => page.locator('table.cmp-table').count()).toBe(2);
		expect(await page.locator('.cmp-tier').first().getAttribute('data-tier')).toBe('database');
		expect(page.url()).not.toMatch(/t2\./);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('adding a tier keeps what the reader typed, even a value still invalid, and names it uniquely', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/compare/`, { waitUntil: 'networkidle' });
		const rto = page.getByRole('spinbutton', { name: 'RTO target (minutes)' });
		await rto.fill('-1');
		// The second tier takes the name a new tier would get by counting: "tier 3".
		await page
			.locator('[data-tier-index="1"]')
			.getByLabel('Tier name', { exact: true })
			.fill('tier 3');
		await expect.poll(() => rto.getAttribute('aria-invalid')).toBe('true');
		await page.getByRole('button', { name: 'Add a tier' }).click();
		await expect.poll(() => page.locator('[data-tiers] > [data-tier-index]').count()).toBe(3);
		expect(await rto.inputValue(), 'the invalid RTO is kept').toBe('-1');
		const names = await page
			.locator('[data-tiers]')
			.getByLabel('Tier name', { exact: true })
			.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
		expect(names).toEqual(['web', 'tier 3', 'tier 4']);
		expect(new Set(names).size).toBe(names.length);
		await expect
			.poll(() => page.locator('[data-status-line]').textContent())
			.toMatch(/Not recalculated/);
		await rto.fill('200');
		// Three tiers' comparison after the debounce: allow a busy machine more than a second.
		await expect.poll(() => page.locator('table.cmp-table').count(), { timeout: 5000 }).toBe(3);
		expect(page.url()).toMatch(/t2\.name=tier\+4/);
		expect(problems).toEqual([]);
		await page.context().close();
	});
	it('switching a tier to stateless takes its data answer with it, and the comparison follows', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/compare/`, { waitUntil: 'networkidle' });
		// The page's script has run: <dr-compare> is defined (a busy machine can be slow to it).
		await page.waitForFunction(() => customElements.get('dr-compare') !== undefined);
		const database = page.locator('[data-tier-index="1"]');
		await database.getByLabel('Stateless or stateful', { exact: true }).selectOption('stateless');
		// The data answer follows the kind, so the form stays valid and the tier is recompared.
		expect(await database.getByLabel('Where the data lives', { exact: true }).inputValue()).toBe(
			'none',
		);
		// The model loads on this first edit: allow a busy machine several seconds.
		await expect
			.poll(() => page.locator('[data-status-line]').textContent(), { timeout: 15_000 })
			.toMatch(/Comparison updated/);
		expect(await page.locator('[data-status-line]').textContent()).not.toMatch(/Not recalculated/);
		expect(page.url()).toMatch(/[?&]t1\.kind=stateless(&|$)/);
		expect(page.url()).toMatch(/[?&]t1\.svc=none(&|$)/);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
