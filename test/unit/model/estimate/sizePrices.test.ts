/**
 * Issue 18: a VM size's own price. No snapshot holds per-size prices today, so every line that
 * prices a named size says it is an estimate (family rate × vCPUs, which family fact, its date),
 * in the model, the CLI text, the wizard's cost table and the comparison.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { planText } from '~/cli/planText.ts';
import { comparisonHtml } from '~/components/compare/compareView.ts';
import { planHtml } from '~/components/widgets/planView.ts';
import { getFact } from '~/model/facts/factRegistry.ts';
import { PRICE_SNAPSHOT } from '~/model/facts/priceSnapshot.ts';
import { sizePrices, vmSizes } from '~/model/facts/vmSizes/vmSizeTable.ts';
import {
	comparePatterns,
	parseWorkload,
	recommend,
	type CostLine,
	type Workload,
} from '~/model/index.ts';

function parse(input: unknown): Workload {
	const r = parseWorkload(input);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.workload;
}

const sized = parse({
	rtoMinutes: 240,
	rpoMinutes: 60,
	tiers: [
		{ name: 'db', kind: 'stateful', data: 'vm-plain', vmCount: 2, vmSize: 'Standard_E8s_v5' },
		{ name: 'web', kind: 'stateless', vmCount: 2, vmSize: 'Standard_D4s_v5', os: 'windows' },
	],
});

const render = (markup: string) =>
	parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;

/** Lines that price VMs of a named size (compute, drills). */
const vmLines = (lines: readonly CostLine[]) =>
	lines.filter((l) => /Standard_[DE]\d/.test(l.formula) && l.meter.service === 'Virtual Machines');

describe('a named size without a price of its own', () => {
	it('has none today: the snapshot holds no per-size prices', () => {
		expect(PRICE_SNAPSHOT?.sizes).toBeUndefined();
		for (const s of vmSizes) expect(s.prices.linux.read).toBeUndefined();
	});
	it('is priced at its family rate × vCPUs, each line saying so with the fact and its date', () => {
		const plan = recommend(sized);
		const lines = [
			...plan.cost.lines,
			...plan.tiers.flatMap((t) => [t.recommended, ...t.alternatives].flatMap((e) => e.cost.lines)),
		];
		const priced = vmLines(lines);
		expect(priced.length).toBeGreaterThan(0);
		const memory = getFact('vm.family-memory');
		for (const l of priced) {
			expect(l.formula, l.label).toMatch(/Standard_[DE]\d+s_v5: estimate, \d+ vCPUs × US\$/);
			const family = l.tier === 'db' ? 'vm.family-memory' : 'vm.family-general';
			expect(l.factIds, l.label).toContain(family);
			expect(l.formula, l.label).toContain(`fact ${family}, estimated ${memory.checked}`);
		}
	});
	it('reads as an estimate in the CLI text, the wizard’s cost table and the comparison', () => {
		const plan = recommend(sized);
		const text = planText(plan);
		const cliLines = text.split('\n').filter((l) => /Standard_[DE]\d/.test(l) && /US\$/.test(l));
		expect(cliLines.length).toBeGreaterThan(0);
		// A line's working says ": estimate, "; the meter under it marks its unit price "(estimate)".
		for (const l of cliLines) expect(l).toMatch(/: estimate, |US\$[\d.]+ \(estimate\)/);

		const rows = [...render(String(planHtml(plan))).querySelectorAll('tr[data-cost-kind]')].filter(
			(r) => /Standard_[DE]\d/.test(r.textContent),
		);
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) expect(r.textContent).toMatch(/: estimate, |US\$[\d.]+ \(estimate\)/);

		const compared = render(String(comparisonHtml(comparePatterns(sized), {})));
		const cmpRows = [...compared.querySelectorAll('tr[data-cost-kind]')].filter((r) =>
			/Standard_[DE]\d/.test(r.textContent),
		);
		expect(cmpRows.length).toBeGreaterThan(0);
		for (const r of cmpRows) expect(r.textContent).toMatch(/: estimate, |US\$[\d.]+ \(estimate\)/);
	});
});

describe('a size whose own price a snapshot read', () => {
	const snapshot = {
		date: '2026-12-08',
		api: 'https://prices.azure.com/api/retail/prices',
		currency: 'USD' as const,
		prices: {},
		sizes: {
			Standard_E8s_v5: {
				windows: {
					value: 0.92,
					meters: [
						{
							serviceName: 'Virtual Machines',
							productName: 'Virtual Machines Esv5 Series Windows',
							skuName: 'E8s v5',
							meterName: 'E8s v5',
							armRegionName: 'eastus',
							unitOfMeasure: '1 Hour',
							retailPrice: 0.92,
							effectiveStartDate: '2026-11-01T00:00:00Z',
						},
					],
				},
			},
		},
	};
	const estimate = {
		linux: { usd: 0.5, factIds: ['vm.family-memory'], asOf: '2026-12-07' },
		windows: { usd: 0.87, factIds: ['vm.family-memory', 'x'], asOf: '2026-12-07' },
	};
	it('uses it, dated by the snapshot, and keeps the estimate for the OS it did not read', () => {
		const p = sizePrices('Standard_E8s_v5', estimate, snapshot);
		expect(p.windows).toMatchObject({ usdPerHour: 0.92, asOf: '2026-12-08', factIds: [] });
		expect(p.windows.read).toMatchObject({
			date: '2026-12-08',
			productName: 'Virtual Machines Esv5 Series Windows',
		});
		expect(p.linux).toEqual({ usdPerHour: 0.5, factIds: ['vm.family-memory'], asOf: '2026-12-07' });
		expect(sizePrices('Standard_E16s_v5', estimate, snapshot).windows.read).toBeUndefined();
	});
});
