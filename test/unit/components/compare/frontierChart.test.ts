import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { comparePatterns, parseWorkload, referenceWorkload, type Workload } from '~/model/index.ts';
import {
	chartAxis,
	crossWords,
	frontierChart,
	pointStatus,
} from '~/components/compare/frontierChart.ts';
import { chartCaption, comparisonHtml } from '~/components/compare/compareView.ts';

function svgOf(markup: string) {
	const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
	const svg = document.querySelector('svg');
	if (svg === null) throw new Error('no svg');
	return { document, svg };
}

const comparison = comparePatterns(referenceWorkload);
const database = comparison.tiers.find((t) => t.tier === 'database')!;

describe('frontierChart', () => {
	const { svg } = svgOf(
		frontierChart(database, comparison.targets, { id: 'c', tableId: 'c-table' }).value,
	);

	it('draws one labelled point per option', () => {
		const points = svg.querySelectorAll('g.point');
		expect(points.length).toBe(database.options.length);
		expect([...points].map((p) => p.getAttribute('data-option'))).toEqual(
			database.options.map((o) => o.key),
		);
		for (const [i, p] of [...points].entries()) {
			const o = database.options[i]!;
			const text = p.textContent.replace(/\s+/g, ' ');
			expect(text).toContain(o.name.split(' ')[0]);
			expect(text).toMatch(/RTO \d/);
			// Numbered on the plot and in the key alike.
			expect(p.querySelector('.point-number')?.textContent).toBe(`${i + 1}`);
			expect(p.querySelector('.key-number')?.textContent).toBe(`${i + 1}.`);
		}
	});

	it('marks meets, misses and ruled-out options by shape and class, and dominated ones as such', () => {
		for (const o of database.options) {
			const g = svg.querySelector(`g.point[data-option="${o.key}"]`)!;
			const cls = g.getAttribute('class') ?? '';
			expect(cls.includes('dominated')).toBe(o.dominatedBy !== undefined);
			const shape = g.querySelector('.mark')?.tagName.toLowerCase();
			if (o.meetsTargets) expect([cls.includes('meets'), shape]).toEqual([true, 'circle']);
			else if (o.blockers.length > 0)
				expect([cls.includes('ruled-out'), shape]).toEqual([true, 'path']);
			else expect([cls.includes('misses'), shape]).toEqual([true, 'polygon']);
			if (o.dominatedBy !== undefined) expect(g.textContent).toMatch(/dominated/);
		}
		expect(database.options.some((o) => o.dominatedBy !== undefined)).toBe(true);
	});

	it('is an accessible image described by its table, with a title and a description', () => {
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('aria-labelledby')).toBe('c-title');
		expect(svg.getAttribute('aria-describedby')?.split(' ')).toContain('c-table');
		expect(svg.querySelector('title')?.textContent).toMatch(/database/);
		expect(svg.querySelector('desc')?.textContent).toMatch(/RPO/);
	});

	it('draws the RPO target, and the budget only when there is one', () => {
		expect(svg.textContent).toMatch(/RPO target 1 h/);
		expect(svg.querySelector('.budget')).toBeNull();
		const { svg: withBudget } = svgOf(
			frontierChart(
				database,
				{ ...comparison.targets, budgetUsd: 150 },
				{ id: 'b', tableId: 'b-table' },
			).value,
		);
		expect(withBudget.querySelector('.budget')).not.toBeNull();
		expect(withBudget.textContent).toMatch(/Budget, whole workload US\$150/);
		const { svg: farBudget } = svgOf(
			frontierChart(
				database,
				{ ...comparison.targets, budgetUsd: 1_000_000 },
				{ id: 'f', tableId: 'f-table' },
			).value,
		);
		expect(farBudget.querySelector('line.budget')).toBeNull();
		expect(farBudget.textContent).toMatch(/Budget, whole workload US\$1,000,000: above this chart/);
		const ticks = [...farBudget.querySelectorAll('text.tick')].map((t) => t.textContent);
		expect(ticks).toContain('US$400');
	});

	it('labels the log axis in readable units', () => {
		const ticks = [...svg.querySelectorAll('text.tick')].map((t) => t.textContent);
		expect(ticks).toEqual(expect.arrayContaining(['0', '1 s', '1 min', '1 h', '1 day']));
	});

	it('escapes names and tier names', () => {
		const evil = '<img src=x onerror="alert(1)">';
		const tier = {
			...database,
			tier: evil,
			options: database.options.map((o) => ({ ...o, name: `${evil} ${o.name}` })),
		};
		const markup = frontierChart(tier, comparison.targets, { id: 'e', tableId: 'e-t' }).value;
		expect(markup).not.toContain('<img');
		const { document } = svgOf(markup);
		expect(document.querySelector('img')).toBeNull();
		expect(document.querySelector('svg')?.textContent).toContain('<img');
	});

	it('never writes NaN or Infinity, even for extreme workloads', () => {
		const extremes: Workload[] = [0, 43_200].map((rpo) => {
			const r = parseWorkload({ ...referenceWorkload, rpoMinutes: rpo, budgetUsd: 0 });
			if (!r.ok) throw new Error('invalid');
			return r.workload;
		});
		for (const w of extremes) {
			const c = comparePatterns(w);
			for (const t of c.tiers) {
				const markup = frontierChart(t, c.targets, { id: 'x', tableId: 'x-t' }).value;
				expect(markup).not.toMatch(/NaN|Infinity|undefined/);
			}
		}
	});
});

describe('comparisonHtml', () => {
	it('renders a table per tier with a row per option, links to pattern pages and figure explanations', () => {
		const pages = { 'site-recovery-a2a': '/patterns/stateful/site-recovery-a2a/' };
		const { document } = parseHTML(
			`<!doctype html><html><body>${comparisonHtml(comparison, pages).value}</body></html>`,
		);
		const tables = document.querySelectorAll('table.cmp-table');
		expect(tables.length).toBe(comparison.tiers.length);
		comparison.tiers.forEach((t, i) => {
			const rows = tables[i]!.querySelectorAll('tbody tr');
			expect(rows.length).toBe(t.options.length);
			const chart = document.querySelectorAll('svg.frontier-chart')[i]!;
			expect(chart.getAttribute('aria-describedby')).toContain(tables[i]!.id);
		});
		expect(
			document.querySelector('a[href="/patterns/stateful/site-recovery-a2a/"]'),
		).not.toBeNull();
		for (const a of document.querySelectorAll('a.cmp-figure')) {
			const id = (a.getAttribute('href') ?? '').slice(1);
			expect(document.getElementById(id), id).not.toBeNull();
		}
		expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
	});
});

describe('what the chart plots across', () => {
	const tiers = comparison.tiers.map((t) => ({
		t,
		rpos: new Set(t.options.map((o) => o.rpo.typical)),
	}));

	it('plots RTO against cost for a tier whose options all share one RPO, RPO otherwise', () => {
		const shared = tiers.find(({ t, rpos }) => rpos.size === 1 && t.options.length > 1);
		const varied = tiers.find(({ rpos }) => rpos.size > 1);
		// The reference workload has both: a stateless web tier (RPO 0 throughout) and a database.
		expect(shared).toBeDefined();
		expect(varied).toBeDefined();
		const tier = shared!.t;
		expect(chartAxis(tier)).toBe('rto');
		expect(chartAxis(varied!.t)).toBe('rpo');

		const { svg } = svgOf(
			frontierChart(tier, comparison.targets, { id: 'w', tableId: 'w-t' }).value,
		);
		expect(svg.querySelector('title')?.textContent).toMatch(/^RTO against monthly cost/);
		expect(svg.textContent).toMatch(/RTO, typical/);
		expect(svg.textContent).toMatch(/RTO target/);
		// Points spread across: one x per distinct RTO, not one vertical line.
		const xs = new Set(
			[...svg.querySelectorAll('g.point > .mark')].map(
				(m) =>
					m.getAttribute('cx') ?? m.getAttribute('points')?.split(',')[0] ?? m.getAttribute('d'),
			),
		);
		const rtos = new Set(tier.options.map((o) => o.rto.typical));
		expect(xs.size).toBeGreaterThan(1);
		expect(rtos.size).toBeGreaterThan(1);
		// The key then gives the RPO they share, not the RTO the axis already shows.
		expect(svg.querySelector('g.point .detail')?.textContent).toMatch(/^RPO /);
	});

	it('comes before the table of options in each tier', () => {
		const { document } = parseHTML(
			`<!doctype html><html><body>${comparisonHtml(comparison, {}).value}</body></html>`,
		);
		for (const section of document.querySelectorAll('section.cmp-tier')) {
			const chart = section.querySelector('figure.cmp-chart');
			const table = section.querySelector('table.cmp-table');
			expect(chart).not.toBeNull();
			expect(table).not.toBeNull();
			// DOCUMENT_POSITION_FOLLOWING (4): the table follows the chart.
			expect(chart!.compareDocumentPosition(table!) & 4).toBe(4);
		}
	});
});

describe('frontierChart, an option set aside as a preview', () => {
	// Site Recovery protects Linux Trusted Launch VMs in preview only: with disk copies meeting an
	// RPO of 2 h, the engine sets it aside (Evaluation.preview), and the table says "Set aside".
	const parsed = parseWorkload({
		name: 'Preview on the chart',
		tiers: [
			{
				name: 'db',
				kind: 'stateful',
				data: 'vm-plain',
				vmCount: 2,
				dataGiB: 512,
				os: 'linux',
				securityType: 'trusted-launch',
			},
		],
		rtoMinutes: 24 * 60,
		rpoMinutes: 120,
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	const c = comparePatterns(parsed.workload);
	const tier = c.tiers[0]!;
	const asr = tier.options.find((o) => o.patternId === 'site-recovery-a2a')!;
	const { svg } = svgOf(frontierChart(tier, c.targets, { id: 'p', tableId: 'p-table' }).value);

	it('says what the table says: set aside (preview), not ruled out', () => {
		expect(asr.blockers.map((b) => b.kind)).toEqual(['preview']);
		expect(pointStatus(asr)).toBe('set-aside');
		const g = svg.querySelector(`g.point[data-option="${asr.key}"]`)!;
		expect(g.getAttribute('class')).toContain('set-aside');
		expect(g.getAttribute('class')).not.toContain('ruled-out');
		expect(g.textContent).toContain('set aside (preview)');
		expect(g.textContent).not.toContain('ruled out');
		const table = comparisonHtml(c, {}).value;
		expect(table).toContain('Set aside (preview)');
	});

	it('names what its crosses stand for in the description and the caption', () => {
		const ruledOut = tier.options.some((o) => pointStatus(o) === 'ruled-out');
		const words = ruledOut ? 'ruled out or set aside as a preview' : 'set aside as a preview';
		expect(crossWords(tier.options.map((o) => ({ status: pointStatus(o) })))).toBe(words);
		expect(svg.querySelector('desc')?.textContent.replace(/\s+/g, ' ')).toContain(
			`are ${words} (crosses)`,
		);
		expect(chartCaption(tier)).toContain(`crosses are ${words};`);
		expect(crossWords([{ status: 'ruled-out' }, { status: 'meets' }])).toBe('ruled out');
	});
});
