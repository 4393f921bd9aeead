import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { planHtml } from '~/components/widgets/planView.ts';
import { BLOCK_ITEMS_CLASS, holdsBlocks } from '~/components/page/blockItems.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { webAfterDatabase } from '../../model/arbitraries.ts';
import {
	parseWorkload,
	recommend,
	referenceWorkloadInput,
	STANDBY_LADDER,
	formatMinutes,
	formatUsd,
	type WorkloadInput,
} from '~/model/index.ts';

function render(markup: string) {
	return parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;
}

function planOf(input: WorkloadInput) {
	const parsed = parseWorkload(input);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return recommend(parsed.workload);
}

describe('planHtml', () => {
	it('carries each figure it shows in a data attribute, for tests and tools to read', () => {
		for (const file of ['a-web-chef-sql-paas.json', 'b-sql-vm-app-tier.json']) {
			const parsed = parseWorkload(JSON.parse(readFileSync(`examples/${file}`, 'utf8')));
			if (!parsed.ok) throw new Error(file);
			const plan = recommend(parsed.workload);
			const doc = render(planHtml(plan, 'p').value);
			const root = doc.querySelector('.plan');
			const attr = (selector: string, name: string) =>
				root?.querySelector(selector)?.getAttribute(name) ?? null;
			const total = ':scope > .plan-block > .timeline-total';
			expect(attr(total, 'data-rto-minutes'), file).toBe(String(plan.rto.total.typical));
			expect(attr(total, 'data-rto-low'), file).toBe(String(plan.rto.total.low));
			expect(attr(total, 'data-rto-high'), file).toBe(String(plan.rto.total.high));
			expect(attr(total, 'data-dominant-step'), file).toBe(plan.rto.steps[plan.rto.dominant]?.key);
			expect(attr(':scope > .rpo-worst', 'data-rpo-high'), file).toBe(
				String(plan.rpo.minutes.high),
			);
			expect(attr(':scope > .rpo-worst', 'data-rpo-tier'), file).toBe(plan.rpo.drivingTier);
			const tiers = [...doc.querySelectorAll('section[data-tier]')].map((el) => [
				el.getAttribute('data-option'),
				el.getAttribute('data-rto-minutes'),
				el.getAttribute('data-rpo-high'),
				el.getAttribute('data-monthly-usd'),
			]);
			expect(tiers, file).toEqual(
				plan.tiers.map((t) => [
					t.recommended.key,
					String(t.recommended.rto.total.typical),
					String(t.recommended.rpo.minutes.high),
					String(t.recommended.cost.monthlyUsd),
				]),
			);
			const lines = [...doc.querySelectorAll('.cost-lines tbody tr')].map((tr) => [
				tr.getAttribute('data-cost-kind'),
				tr.getAttribute('data-cost-tier'),
				tr.getAttribute('data-monthly-usd'),
			]);
			expect(lines, file).toEqual(
				plan.cost.lines.map((l) => [l.kind, l.tier ?? '', String(l.monthlyUsd)]),
			);
			expect(
				doc.querySelector('.cost-lines [data-cost-total]')?.getAttribute('data-monthly-usd'),
			).toBe(String(plan.cost.monthlyUsd));
			expect(
				[...doc.querySelectorAll('[data-trap]')].map((li) => li.getAttribute('data-trap')),
			).toEqual(plan.traps.map((t) => t.id));
			for (const t of plan.tiers) {
				const section = doc.querySelector(`section[data-tier="${t.tier}"]`);
				const rows = [...(section?.querySelectorAll('tbody tr[data-option]') ?? [])].map(
					(tr) => `${tr.getAttribute('data-option')}: ${tr.getAttribute('data-rejections')}`,
				);
				expect(rows, `${file} ${t.tier}`).toEqual(
					[...t.alternatives, ...t.rejected.filter((x) => x.key !== t.recommended.key)].map(
						(x) => `${x.key}: ${x.rejections.map((j) => j.kind).join(' ')}`,
					),
				);
			}
		}
	});

	it('states the start order and shows the dependent tier serving when its dependency is up', () => {
		const plan = recommend(webAfterDatabase(65));
		const doc = render(planHtml(plan, 'p').value);
		expect(doc.querySelector('.critical-path')?.textContent).toMatch(
			/Start order: database, then web/,
		);
		const db = doc.querySelector('.rto-schedule tr[data-schedule-tier="database"]');
		const web = doc.querySelector('.rto-schedule tr[data-schedule-tier="web"]');
		const dbBack = Number(db?.querySelector('[data-finish]')?.getAttribute('data-finish'));
		const webServes = Number(
			web?.querySelector('[data-serve-from]')?.getAttribute('data-serve-from'),
		);
		const webStart = Number(web?.querySelector('[data-start]')?.getAttribute('data-start'));
		expect(webServes).toBeGreaterThan(0);
		// Serving waits for the database, or for its own start when that ends later (its VMs
		// start in parallel and wait for the slowest of them).
		expect(webServes).toBeGreaterThanOrEqual(dbBack);
		expect(webServes).toBeLessThan(dbBack + 2);
		expect(webStart).toBeLessThanOrEqual(webServes);
		expect(web?.textContent).toMatch(/database/);
		// Its own target is stated on the tier.
		expect(doc.querySelector('.plan-tier[data-tier="web"] .tier-own')?.textContent).toMatch(
			/own RTO target 1 h 5.*serves once database is up/s,
		);
	});

	it('without dependencies says tiers recover in parallel, all starting together', () => {
		const plan = planOf(referenceWorkloadInput);
		const doc = render(planHtml(plan, 'p').value);
		expect(doc.querySelector('.critical-path')?.textContent).toMatch(/in parallel/);
		const starts = [...doc.querySelectorAll('.rto-schedule [data-start]')].map((c) =>
			c.getAttribute('data-start'),
		);
		expect(new Set(starts).size).toBe(1);
	});

	it('names each recommendation’s standby rung and its RPO at worst with the typical', () => {
		const plan = planOf(referenceWorkloadInput);
		const doc = render(planHtml(plan, 'p').value);
		for (const t of plan.tiers) {
			const text =
				doc.querySelector(`.plan-tier[data-tier="${t.tier}"] .tier-choice`)?.textContent ?? '';
			expect(text).toContain(STANDBY_LADDER[t.recommended.standby].name);
			expect(text).toMatch(/RPO .+ at worst \(typical .+\)/);
		}
		expect(doc.querySelector('.rpo-worst')?.textContent).toMatch(/At worst .+ \(typical\s+.+\)/s);
	});

	it('over budget: says so and shows the nearest option within budget with what it misses', () => {
		const plan = planOf({ ...referenceWorkloadInput, rtoMinutes: 30, rpoMinutes: 5, budgetUsd: 1 });
		const over = plan.tiers.find((t) => t.overBudget && t.withinBudget !== undefined);
		expect(over).toBeDefined();
		const doc = render(planHtml(plan, 'p').value);
		const section = doc.querySelector(`.plan-tier[data-tier="${over?.tier ?? ''}"]`);
		expect(section?.querySelector('.tier-choice')?.textContent).toMatch(/over budget/);
		const within = section?.querySelector('.within-budget');
		expect(within?.getAttribute('data-option')).toBe(over?.withinBudget?.key);
		expect(within?.textContent).toMatch(/Nearest within budget: .+ misses: /s);
	});

	it('a tier that meets its own target alone but not in dependency order says when it is back', () => {
		// web alone is back well within 1 h; started after the database, whose own 70 min target
		// leaves only its fastest options, it is not, and no faster option helps.
		const plan = recommend(webAfterDatabase(60, 70));
		const web = plan.tiers.find((t) => t.tier === 'web');
		expect(web?.meetsTargets).toBe(true);
		expect(web?.meetsInOrder).toBe(false);
		const doc = render(planHtml(plan, 'p').value);
		expect(doc.querySelector('.plan-tier[data-tier="web"] .in-order')?.textContent).toMatch(
			/In dependency order it is back after about 1 h .*, beyond its 1 h target/s,
		);
		expect(doc.querySelector('.plan-tier[data-tier="database"] .in-order')).toBeNull();
		expect(doc.querySelector('.upgraded-for')).toBeNull();
	});

	it('a tier upgraded so that a dependent is back in time says from what, for how much and for whom', () => {
		const plan = recommend(webAfterDatabase(65));
		const database = plan.tiers.find((t) => t.tier === 'database');
		const web = plan.tiers.find((t) => t.tier === 'web');
		const upgrade = database?.upgradedFor;
		if (upgrade === undefined || web === undefined) throw new Error('expected an upgrade');
		const doc = render(planHtml(plan, 'p').value);
		const p = doc.querySelector('.plan-tier[data-tier="database"] .upgraded-for');
		expect(p?.getAttribute('data-upgraded-from')).toBe(upgrade.from.key);
		const text = (p?.textContent ?? '').replace(/\s+/g, ' ');
		expect(text).toContain(`Upgraded from ${upgrade.from.name}`);
		expect(text).toContain(formatUsd(upgrade.extraUsd));
		expect(text).toContain(`web waits for this tier and must be back within 1 h 5 min`);
		expect(text).toContain(`back after about ${formatMinutes(web.recoveredBy.typical)}`);
		// The option it had stays on offer as an alternative.
		expect(
			doc.querySelector(`.plan-tier[data-tier="database"] [data-option="${upgrade.from.key}"]`),
		).not.toBeNull();
	});
});

describe('planHtml lists', () => {
	it('mark exactly the lists whose items hold blocks, for every example workload', () => {
		// The page spaces lists of blocks by this class, not by a :has() (src/build/css/listSpacing.ts).
		const dir = new URL('../../../../examples/', import.meta.url);
		const inputs = readdirSync(dir)
			.filter((f) => f.endsWith('.json'))
			.map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as WorkloadInput);
		expect(inputs.length).toBeGreaterThan(3);
		const plans = [referenceWorkloadInput, ...inputs].map(planOf);
		for (const plan of [...plans, recommend(webAfterDatabase(65))]) {
			const doc = render(planHtml(plan, 'p').value);
			const lists = [...doc.querySelectorAll('ul, ol')];
			expect(lists.length).toBeGreaterThan(0);
			for (const list of lists) {
				const items = [...list.children].filter((c) => c.tagName === 'LI');
				const blocks = holdsBlocks(
					items.map((li) => [...li.children].map((c) => c.tagName.toLowerCase())),
				);
				expect(list.classList.contains(BLOCK_ITEMS_CLASS), list.outerHTML.slice(0, 120)).toBe(
					blocks,
				);
			}
		}
	});
});

describe('rejected options', () => {
	it('are folded behind a summary line that gives their count and the span of their figures', () => {
		const plan = planOf(referenceWorkloadInput);
		const doc = render(planHtml(plan, 'p').value);
		for (const t of plan.tiers) {
			const rejected = t.rejected.filter((x) => x.key !== t.recommended.key);
			if (rejected.length === 0) continue;
			const section = doc.querySelector(`[data-tier="${t.tier}"]`)!;
			const details = section.querySelector('details.plan-rejected')!;
			expect(details, t.tier).not.toBeNull();
			expect(details.hasAttribute('open')).toBe(false);
			const summary = details.querySelector('summary')!.textContent.replace(/\s+/g, ' ');
			expect(summary).toContain(`${rejected.length} option`);
			const cheapest = Math.min(...rejected.map((e) => e.cost.monthlyUsd));
			const fastest = Math.min(...rejected.map((e) => e.rto.total.typical));
			expect(summary).toContain(formatUsd(cheapest));
			expect(summary).toContain(`RTO ${formatMinutes(fastest)}`);
			// Every rejected option is still there, with its reason, one click away.
			expect(details.querySelectorAll('tbody tr').length).toBe(rejected.length);
		}
	});
});
