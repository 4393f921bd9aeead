import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePatterns, parseWorkload, referenceWorkload } from '~/model/index.ts';
import { layoutFor, chartData } from '../../../../src/components/compare/frontierChart.ts';
import {
	costTicks,
	layoutFrontierChart,
	overlaps,
	placeNear,
	textBoxes,
	thinTicks,
	usdTick,
	wrapText,
	type Box,
	type ChartLayout,
} from '../../../../src/components/compare/frontierChartLayout.ts';

const comparison = comparePatterns(referenceWorkload);
const database = comparison.tiers.find((t) => t.tier === 'database')!;

function collisions(layout: ChartLayout): [Box, Box][] {
	const boxes = textBoxes(layout);
	const hits: [Box, Box][] = [];
	boxes.forEach((a, i) => {
		for (const b of boxes.slice(i + 1)) if (overlaps(a, b)) hits.push([a, b]);
	});
	return hits;
}

const inside = (b: Box, width: number, height: number) =>
	b.x >= 0 && b.y >= 0 && b.x + b.width <= width + 0.5 && b.y + b.height <= height + 0.5;

describe('layoutFrontierChart', () => {
	it('puts the key beside the plot when wide and below it when narrow', () => {
		const wide = layoutFor(chartData(database, comparison.targets), 1000);
		expect(wide.keySide).toBe(true);
		expect(wide.points[0]!.key.lines[0]!.x).toBeGreaterThan(wide.plot.right);
		const narrow = layoutFor(chartData(database, comparison.targets), 360);
		expect(narrow.keySide).toBe(false);
		expect(narrow.points[0]!.key.lines[0]!.y).toBeGreaterThan(narrow.plot.bottom);
		expect(narrow.width).toBe(360);
	});

	it('uses the width it is given', () => {
		const a = layoutFor(chartData(database, comparison.targets), 600);
		const b = layoutFor(chartData(database, comparison.targets), 1200);
		expect(b.plot.right - b.plot.left).toBeGreaterThan(a.plot.right - a.plot.left);
		expect([a.width, b.width]).toEqual([600, 1200]);
	});

	it('places cheaper options lower and smaller RPOs further left', () => {
		const data = chartData(database, comparison.targets);
		const L = layoutFor(data, 900);
		data.points.forEach((p, i) =>
			data.points.forEach((q, j) => {
				if (p.monthlyUsd < q.monthlyUsd) expect(L.points[i]!.y).toBeGreaterThan(L.points[j]!.y);
				if (p.rpoMinutes < q.rpoMinutes) expect(L.points[i]!.x).toBeLessThan(L.points[j]!.x);
			}),
		);
	});

	it('keeps every label apart and on the canvas, for the reference workload at any width', () => {
		for (const t of comparison.tiers)
			for (const width of [300, 390, 540, 720, 900, 1400]) {
				const L = layoutFor(chartData(t, { ...comparison.targets, budgetUsd: 300 }), width);
				expect(collisions(L), `${t.tier} at ${width}`).toEqual([]);
				for (const b of textBoxes(L)) expect(inside(b, L.width, L.height)).toBe(true);
			}
	});

	it('keeps labels apart for generated workloads, even points on top of each other', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						rpoMinutes: fc.constantFrom(0, 0.5, 5, 15, 60, 1440, 10_080),
						monthlyUsd: fc.constantFrom(0, 10, 10.5, 250, 4000),
					}),
					{ minLength: 1, maxLength: 12 },
				),
				fc.integer({ min: 300, max: 1400 }),
				fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
				(points, width, budgetUsd) => {
					const L = layoutFrontierChart({
						width,
						targetRpoMinutes: 60,
						targetLabel: 'RPO target 1 h',
						budgetUsd,
						budgetText: budgetUsd === undefined ? undefined : `US$${budgetUsd}`,
						points: points.map((p, i) => ({
							...p,
							name: `Option ${i} with a fairly long pattern name: variant`,
							detail: 'RTO 1 h 30 min · misses a target, dominated',
						})),
					});
					expect(collisions(L)).toEqual([]);
					expect(JSON.stringify(L)).not.toMatch(/NaN|null/);
				},
			),
			{ seed: 13, numRuns: 150 },
		);
	});

	it('labels both axes and thins RPO ticks that would crowd', () => {
		const L = layoutFor(chartData(database, comparison.targets), 320);
		expect(L.xTitle.text).toMatch(/RPO.*log scale/);
		expect(L.yTitle.text).toMatch(/[Mm]onthly.*cost/);
		const wide = layoutFor(chartData(database, comparison.targets), 1200);
		expect(L.xTicks.length).toBeLessThan(wide.xTicks.length);
		expect(L.xTicks[0]!.text).toBe('0');
	});

	it('draws a budget within reach as a line and notes one far above every option', () => {
		const near = layoutFor(chartData(database, { ...comparison.targets, budgetUsd: 150 }), 900);
		expect(near.budget?.y).toBeGreaterThan(near.plot.top - 1);
		const far = layoutFor(
			chartData(database, { ...comparison.targets, budgetUsd: 1_000_000 }),
			900,
		);
		expect(far.budget?.y).toBeUndefined();
		expect(far.budget?.label.text).toMatch(/above this chart/);
	});

	it('survives extreme workloads without NaN', () => {
		for (const rpo of [0, 43_200]) {
			const r = parseWorkload({ ...referenceWorkload, rpoMinutes: rpo, budgetUsd: 0 });
			if (!r.ok) throw new Error('invalid');
			const c = comparePatterns(r.workload);
			for (const t of c.tiers)
				expect(JSON.stringify(layoutFor(chartData(t, c.targets), 390))).not.toMatch(/NaN|null/);
		}
	});
});

describe('chart helpers', () => {
	it('wrapText keeps lines short and words whole', () => {
		expect(
			wrapText('Application replication to running replicas: Smaller replica VMs', 46),
		).toEqual(['Application replication to running replicas:', 'Smaller replica VMs']);
		expect(wrapText('', 10)).toEqual(['']);
	});

	it('costTicks gives round steps covering the maximum', () => {
		expect(costTicks(359.94)).toEqual([0, 100, 200, 300, 400]);
		expect(costTicks(0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
		expect(costTicks(157.06).at(-1)).toBeGreaterThanOrEqual(157.06);
	});

	it('usdTick writes short, readable cost labels', () => {
		expect(usdTick(50, [0, 50, 100])).toBe('US$50');
		expect(usdTick(0.4, [0, 0.2, 0.4])).toBe('US$0.40');
		expect(usdTick(500_000, [0, 250_000, 500_000])).toBe('US$500k');
	});

	it('thinTicks drops a tick whose label would touch the last one kept', () => {
		const box = (x: number) => ({ box: { x, y: 0, width: 20, height: 10 } });
		expect(thinTicks([box(0), box(10), box(30), box(45)], 4).map((t) => t.box.x)).toEqual([0, 30]);
	});

	it('placeNear finds a free spot, inside the bounds, away from taken boxes', () => {
		const bounds = { x: 0, y: 0, width: 200, height: 200 };
		const taken = [{ x: 90, y: 90, width: 20, height: 20 }];
		const first = placeNear(100, 100, 10, 10, taken, bounds);
		expect(overlaps(first.box, taken[0]!, 1)).toBe(false);
		const second = placeNear(100, 100, 10, 10, [...taken, first.box], bounds);
		expect(overlaps(second.box, first.box, 1)).toBe(false);
		const corner = placeNear(199, 199, 10, 10, [], bounds);
		expect(corner.box.x + 10).toBeLessThanOrEqual(200);
		expect(corner.box.y + 10).toBeLessThanOrEqual(200);
	});
});
