import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
	disruptionLines,
	formatUsd,
	parseWorkload,
	recommend,
	referenceWorkloadInput,
} from '~/model/index.ts';
import { disruptionHtml } from '../../../../src/components/widgets/disruptionView.ts';
import { planHtml } from '../../../../src/components/widgets/planView.ts';

const planOf = (extra: object) => {
	const r = parseWorkload({ ...referenceWorkloadInput, ...extra });
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return recommend(r.workload);
};
const parse = (markup: string) =>
	parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('disruptionHtml', () => {
	it('shows the plan’s figure, each option per tier at the downtime cost, and the break-evens', () => {
		const plan = planOf({ downtimeCostPerHourUsd: 12_000 });
		const d = plan.disruption!;
		const doc = parse(planHtml(plan).value);
		const section = doc.querySelector('[data-disruption]')!;
		const text = squash(section.textContent);
		for (const line of disruptionLines(d)) expect(text).toContain(squash(line));
		for (const t of d.tiers) {
			const rows = [
				...section.querySelectorAll(`[data-disruption-tier="${t.tier}"] tr[data-option]`),
			];
			expect(rows.map((r) => r.getAttribute('data-option'))).toEqual(t.options.map((o) => o.key));
			t.options.forEach((o, i) => {
				const cells = squash(rows[i]!.textContent);
				expect(cells).toContain(formatUsd(o.disruptionCostUsd.typicalUsd));
				expect(cells).toContain(formatUsd(o.disruptionCostUsd.highUsd));
			});
		}
	});

	it('is absent when the workload gives no downtime cost', () => {
		const plan = planOf({});
		expect(disruptionHtml(plan, 'plan').value).toBe('');
		expect(parse(planHtml(plan).value).querySelector('[data-disruption]')).toBeNull();
	});
});
