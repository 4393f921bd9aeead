import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { versusText } from '~/components/widgets/planView.ts';
import { sensitivityHtml } from '~/components/widgets/sensitivityView.ts';
import {
	parseWorkload,
	recommend,
	referenceWorkload,
	referenceWorkloadInput,
} from '~/model/index.ts';

function render(markup: string) {
	return parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;
}

describe('sensitivityHtml', () => {
	it('renders the largest movers of the plan as table rows, with signed changes', () => {
		const doc = render(sensitivityHtml(recommend(referenceWorkload), 'p').value);
		const rows = [...doc.querySelectorAll('tbody tr')];
		expect(rows.length).toBeGreaterThan(2);
		expect(rows.length).toBeLessThanOrEqual(6);
		const declare = doc.querySelector('tr[data-field="operations.declareMinutes"]');
		expect(declare?.textContent).toMatch(/Time to declare a disaster, halved/);
		expect(declare?.textContent).toMatch(/−15 min/);
		expect(doc.querySelector('caption')?.textContent).toMatch(/Estimates/);
	});

	it('escapes tier names that look like markup', () => {
		const parsed = parseWorkload({
			...referenceWorkloadInput,
			tiers: referenceWorkloadInput.tiers.map((t, i) =>
				i === 1 ? { ...t, name: '<img src=x onerror=alert(1)>' } : t,
			),
		});
		if (!parsed.ok) throw new Error('invalid');
		const doc = render(sensitivityHtml(recommend(parsed.workload), 'p').value);
		expect(doc.querySelector('img')).toBeNull();
		expect(doc.body.textContent).toMatch(/<img src=x onerror=alert\(1\)>: VMs/);
	});
});

describe('versusText', () => {
	it('says how an alternative differs from the recommended option', () => {
		const plan = recommend(referenceWorkload);
		const web = plan.tiers.find((t) => t.tier === 'web');
		const alt = web?.alternatives[0];
		if (web === undefined || alt === undefined) throw new Error('no alternative');
		const text = versusText(alt, web.recommended);
		expect(text).toMatch(/^Meets the targets; /);
		expect(text).toMatch(/a month (dearer|cheaper)/);
		expect(versusText(web.recommended, web.recommended)).toBe(
			'Meets the targets with the same figures as the recommended option.',
		);
	});
});
