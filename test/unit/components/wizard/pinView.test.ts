import { describe, expect, it } from 'vitest';
import { parseWorkload, recommend, referenceWorkloadInput } from '~/model/index.ts';
import { diffPlans } from '~/model/engine/planDiff.ts';
import { pinnedSectionHtml, planWideLines } from '../../../../src/components/wizard/pinView.ts';

function planFor(overrides: Record<string, unknown>) {
	const parsed = parseWorkload({ ...referenceWorkloadInput, ...overrides });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return recommend(parsed.workload);
}

describe('changes since the pinned plan', () => {
	it('says so when nothing changed', () => {
		const p = planFor({});
		expect(pinnedSectionHtml(diffPlans(p, p)).value).toMatch(/No changes/);
	});

	it('lists the plan-wide figures and each changed tier in the diff’s order, escaped', () => {
		const a = planFor({});
		const b = planFor({
			rpoMinutes: 1,
			tiers: referenceWorkloadInput.tiers.map((t, i) =>
				i === 0 ? { ...t, name: '<b>web</b>' } : t,
			),
		});
		const diff = diffPlans(a, b);
		const out = pinnedSectionHtml(diff).value;
		const order = [...out.matchAll(/data-diff-tier="([^"]*)"/g)].map((m) => m[1]);
		expect(order).toEqual(
			diff.tiers.map((t) => t.tier.replace(/</g, '&lt;').replace(/>/g, '&gt;')),
		);
		expect(out).not.toContain('<b>web</b>');
		for (const line of planWideLines(diff)) expect(out).toContain(line.split(':')[0]);
		expect(out).toContain('data-unpin');
	});
});
