import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseWorkload, recommend, referenceWorkload, type Workload } from '~/model/index.ts';
import { formatMinutes, formatUsd } from '~/model/facts/format.ts';
import {
	compareSummaryLinks,
	planSummaryHtml,
	targetRows,
	trapCount,
	wizardSummaryLinks,
} from '../../../../src/components/widgets/planSummary.ts';
import { planHtml } from '../../../../src/components/widgets/planView.ts';

function parse(markup: string) {
	return parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;
}

function workload(input: object): Workload {
	const r = parseWorkload({ ...referenceWorkload, ...input });
	if (!r.ok) throw new Error('invalid workload');
	return r.workload;
}

describe('planSummaryHtml', () => {
	const plan = recommend(referenceWorkload);
	const doc = parse(planSummaryHtml(plan, wizardSummaryLinks(plan)).value);

	it('gives the status, the plan’s RTO, RPO, monthly cost and its number of traps', () => {
		expect(doc.querySelector('[data-plan-status]')?.getAttribute('data-plan-status')).toBe(
			plan.status,
		);
		const totals = doc.querySelector('[data-summary-totals]')?.textContent.replace(/\s+/g, ' ');
		expect(totals).toContain(`RTO ${formatMinutes(plan.rto.total.typical)}`);
		expect(totals).toContain(`RPO at worst ${formatMinutes(plan.rpo.minutes.high)}`);
		expect(totals).toContain(formatUsd(plan.cost.monthlyUsd));
		expect(totals).toContain(trapCount(plan.traps.length));
	});

	it('has one row per tier with its pattern and figures', () => {
		const rows = [...doc.querySelectorAll('tr[data-summary-tier]')];
		expect(rows.map((r) => r.getAttribute('data-summary-tier'))).toEqual(
			plan.tiers.map((t) => t.tier),
		);
		rows.forEach((row, i) => {
			const r = plan.tiers[i]!.recommended;
			expect(row.querySelector('[data-summary-pattern]')?.textContent).toBe(r.name);
			expect(row.textContent).toContain(formatUsd(r.cost.monthlyUsd));
			expect(row.textContent).toContain(formatMinutes(r.rto.total.typical));
		});
	});

	it('links into the full plan, to anchors that the plan has', () => {
		const full = parse(`<h2 id="plan-heading">Your plan</h2>${planHtml(plan, 'plan').value}`);
		const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
		expect(hrefs.length).toBeGreaterThanOrEqual(plan.tiers.length + 4);
		for (const href of hrefs) expect(full.getElementById(href.slice(1)), href).not.toBeNull();
	});

	it('says when a tier misses its targets, and when the plan is over budget', () => {
		const tight = recommend(workload({ rtoMinutes: 1, rpoMinutes: 0 }));
		const missing = parse(planSummaryHtml(tight, wizardSummaryLinks(tight)).value);
		expect(tight.status).toBe('none-meets');
		expect(missing.querySelector('[data-summary-status]')?.textContent).toMatch(/Misses/);
		expect(missing.querySelector('tr[data-meets="no"]')?.textContent).toMatch(/nearest/);
		const poor = recommend(workload({ budgetUsd: 1 }));
		const over = parse(planSummaryHtml(poor, wizardSummaryLinks(poor)).value);
		expect(poor.status).toBe('over-budget');
		expect(over.querySelector('[data-summary-status]')?.textContent).toMatch(/over budget/);
	});

	it('links each tier to its comparison on the compare page', () => {
		const cmp = parse(planSummaryHtml(plan, compareSummaryLinks('cmp')).value);
		const tierLinks = [...cmp.querySelectorAll('tr[data-summary-tier] a')].map((a) =>
			a.getAttribute('href'),
		);
		expect(tierLinks).toEqual(plan.tiers.map((_, i) => `#cmp-t${i}-h`));
	});

	it('escapes tier names', () => {
		const evil = workload({
			tiers: referenceWorkload.tiers.map((t) => ({ ...t, name: `<img src=x> ${t.name}` })),
		});
		const p = recommend(evil);
		const d = parse(planSummaryHtml(p, wizardSummaryLinks(p)).value);
		expect(d.querySelector('img')).toBeNull();
		expect(d.body.textContent).toContain('<img src=x>');
	});

	it('trapCount reads naturally', () => {
		expect([trapCount(0), trapCount(1), trapCount(3)]).toEqual(['no traps', '1 trap', '3 traps']);
	});
});

describe('the targets at a glance', () => {
	it('lists the RTO and RPO targets beside the plan’s figures, each met, at risk or missed', () => {
		const plan = recommend(referenceWorkload);
		const rows = targetRows(plan);
		expect(rows.map((r) => r.target)).toEqual(['rto', 'rpo']);
		expect(rows[0]?.yours).toBe(formatMinutes(referenceWorkload.rtoMinutes));
		// A plan that meets its targets misses none; the slow end of its RTO range may be at risk.
		expect(plan.status).toBe('meets');
		expect(rows.some((r) => r.verdict === 'missed')).toBe(false);
		const doc = parse(planSummaryHtml(plan, wizardSummaryLinks(plan)).value);
		const shown = [...doc.querySelectorAll('[data-summary-targets] tr[data-target]')];
		expect(shown.map((r) => r.getAttribute('data-verdict'))).toEqual(rows.map((r) => r.verdict));
		expect(doc.querySelector('[data-summary-targets] caption')?.textContent).toMatch(/targets/);
	});

	it('judges RTO and RPO by one rule, the plan’s own: at risk when only the worst case is beyond', () => {
		const plan = recommend(referenceWorkload);
		const rows = targetRows(plan);
		expect(rows[0]?.verdict).toBe(plan.targetStatus.rto.status);
		expect(rows[1]?.verdict).toBe(plan.targetStatus.rpo.status);
		// An RPO target between the typical loss and the worst case: at risk, as an RTO would be.
		const { rpo } = plan.targetStatus;
		if (rpo.worstMinutes > rpo.typicalMinutes) {
			const between = (rpo.typicalMinutes + rpo.worstMinutes) / 2;
			const atRisk = recommend({ ...referenceWorkload, rpoMinutes: between });
			expect(['at-risk', 'met']).toContain(targetRows(atRisk)[1]?.verdict);
			expect(targetRows(atRisk)[1]?.verdict).toBe(atRisk.targetStatus.rpo.status);
		}
		const doc = parse(planSummaryHtml(plan, wizardSummaryLinks(plan)).value);
		const status = doc.querySelector('[data-summary-status]')?.textContent ?? '';
		expect(status.startsWith('At risk')).toBe(
			plan.targetStatus.rto.status === 'at-risk' || plan.targetStatus.rpo.status === 'at-risk',
		);
	});

	it('shows the budget only when there is one, missed when the plan is over it', () => {
		const over = recommend(workload({ budgetUsd: 1 }));
		expect(targetRows(over).find((r) => r.target === 'budget')?.verdict).toBe('missed');
		const under = recommend(workload({ budgetUsd: 1_000_000 }));
		expect(targetRows(under).find((r) => r.target === 'budget')?.verdict).toBe('met');
	});
});
