/**
 * Cost review C2 and C3 (issue 18 points 7 and 9): every cost line shows the meter a reader
 * re-enters in the Azure pricing calculator, and a line billed in one region at another region's
 * list price says whose price it is, so nobody enters "West US" and expects East US's figure.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { costHtml } from '~/components/widgets/evaluationView.ts';
import { planText } from '~/cli/planText.ts';
import {
	costLineMeterText,
	meterText,
	parseWorkload,
	recommend,
	type CostLine,
	type Plan,
	type WorkloadInput,
} from '~/model/index.ts';
import { PRICE_REGION } from '~/model/facts/priceMeters.ts';
import { valid, workloadArb } from '../arbitraries.ts';

function planOf(input: WorkloadInput): Plan {
	const r = parseWorkload(input);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return recommend(r.workload);
}

const sqlOnVms = (extra: Record<string, unknown> = {}): WorkloadInput => ({
	sourceRegion: 'westeurope',
	targetRegion: 'pair',
	rtoMinutes: 240,
	rpoMinutes: 60,
	tiers: [
		{
			name: 'db',
			kind: 'stateful',
			data: 'vm-plain',
			vmCount: 2,
			vmSize: 'Standard_E8s_v5',
			os: 'windows',
			dataGiB: 512,
			dailyChangeGiB: 20,
		},
	],
	...extra,
});

const byKind = (plan: Plan, kind: CostLine['kind']) =>
	plan.cost.lines.filter((l) => l.kind === kind);

describe('the region a unit price is for', () => {
	it('is named on a line billed elsewhere at the model’s East US price', () => {
		const plan = planOf(sqlOnVms());
		const regional = plan.cost.lines.filter(
			(l) => l.meter.region === 'northeurope' && l.meter.unitPriceUsd > 0,
		);
		expect(regional.length).toBeGreaterThan(0);
		for (const l of regional) expect(l.meter.priceRegion, l.label).toBe(PRICE_REGION);
		expect(meterText(regional[0]?.meter ?? plan.cost.lines[0]!.meter)).toMatch(
			/North Europe \(northeurope\); the unit price is for East US \(eastus\)/,
		);
	});
	it('is not named where the line is billed in that region, for transfer, or for your own price', () => {
		const east = planOf({ ...sqlOnVms(), sourceRegion: 'eastus' });
		for (const l of east.cost.lines.filter((x) => x.meter.region === PRICE_REGION))
			expect(l.meter.priceRegion, l.label).toBeUndefined();
		for (const l of byKind(planOf(sqlOnVms()), 'transfer'))
			expect(l.meter.priceRegion, l.label).toBeUndefined();
		const own = planOf(sqlOnVms({ prices: { vcpuHourUsd: 0.05, diskPerGibMonthUsd: 0.1 } }));
		for (const l of own.cost.lines.filter((x) => x.meter.service === 'Virtual Machines'))
			expect(l.meter.priceRegion, l.label).toBeUndefined();
		for (const l of own.cost.lines.filter((x) => x.meter.service === 'Managed Disks'))
			if (!/snapshot/i.test(l.meter.sku)) expect(l.meter.priceRegion, l.label).toBeUndefined();
	});
});

describe('the meter a reader re-enters', () => {
	it('is shown under every line of the cost table, with its region as data', () => {
		const plan = planOf(sqlOnVms());
		const doc = parseHTML(
			`<!doctype html><html><body>${costHtml(plan.cost.lines, plan.cost.monthlyUsd, 'c').value}</body></html>`,
		).document;
		const meters = [...doc.querySelectorAll('tbody tr .cost-meter')];
		expect(meters).toHaveLength(plan.cost.lines.length);
		plan.cost.lines.forEach((l, i) => {
			const m = meters[i];
			expect(m?.getAttribute('data-meter-service')).toBe(l.meter.service);
			expect(m?.getAttribute('data-meter-region')).toBe(l.meter.region);
			expect(m?.getAttribute('data-price-region')).toBe(l.meter.priceRegion ?? l.meter.region);
			expect(m?.textContent).toContain(l.meter.sku);
		});
	});
	it('is printed under every line by the CLI', () => {
		const plan = planOf(sqlOnVms());
		const text = planText(plan);
		for (const l of plan.cost.lines) expect(text).toContain(costLineMeterText(l));
	});
});

describe('a line quoting the model’s price', () => {
	it('cites the facts it comes from, so its meter can say estimate (any workload)', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const plan = recommend(valid(input));
				for (const l of plan.cost.lines)
					if (l.meter.priceRegion !== undefined && l.meter.unitPriceUsd > 0)
						expect(l.factIds.length, `${l.tier ?? ''}: ${l.label}`).toBeGreaterThan(0);
			}),
			{ numRuns: 60 },
		);
	});
});
