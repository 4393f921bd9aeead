import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { comparisonHtml } from '~/components/compare/compareView.ts';
import {
	comparePatterns,
	formatMinutes,
	referenceWorkload,
	TARGET_STATUSES,
} from '~/model/index.ts';

const render = (markup: string) =>
	parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;

describe('the comparison table', () => {
	it('shows each option’s RTO and RPO as met, at risk or missed, with the margin', () => {
		const seen = new Set<string>();
		// The reference workload, and the same with tight targets: between them, all three states.
		const tight = {
			...referenceWorkload,
			rtoMinutes: 20,
			rpoMinutes: 1,
			tiers: referenceWorkload.tiers.map((t) => ({ ...t, rtoMinutes: 20, rpoMinutes: 1 })),
		};
		for (const workload of [referenceWorkload, tight]) {
			const comparison = comparePatterns(workload);
			const doc = render(String(comparisonHtml(comparison, {})));
			const rows = (tier: string) => [
				...doc.querySelectorAll(`.cmp-tier[data-tier="${tier}"] table.cmp-table > tbody > tr`),
			];
			for (const t of comparison.tiers)
				for (const o of t.options) {
					const row = rows(t.tier).find((r) => r.getAttribute('data-option') === o.key);
					expect(row, `${t.tier} ${o.key}`).toBeDefined();
					expect(row?.getAttribute('data-rto-status')).toBe(o.targetStatus.rto.status);
					expect(row?.getAttribute('data-rpo-status')).toBe(o.targetStatus.rpo.status);
					// Margins: the same two statistics for both targets, at the typical value and at worst.
					for (const which of ['rto', 'rpo'] as const) {
						const j = o.targetStatus[which];
						expect(Number(row?.getAttribute(`data-${which}-margin`))).toBe(j.marginMinutes);
						expect(Number(row?.getAttribute(`data-${which}-worst-margin`))).toBe(
							j.worstMarginMinutes,
						);
					}
					if (o.blockers.length > 0) continue;
					seen.add(o.targetStatus.rto.status);
					const text = (row?.textContent ?? '').replace(/\s+/g, ' ');
					const j = o.targetStatus.rto;
					const margin =
						j.status === 'met'
							? `RTO met, ${formatMinutes(j.worstMarginMinutes)} to spare`
							: j.status === 'at-risk'
								? `RTO at risk, ${formatMinutes(-j.worstMarginMinutes)} beyond at worst`
								: `RTO missed by ${formatMinutes(-j.marginMinutes)}`;
					expect(text).toContain(margin);
					if (t.data !== 'none') expect(text).toMatch(/RPO (met|at risk|missed)/);
				}
		}
		expect([...seen].sort()).toEqual([...TARGET_STATUSES].sort());
	});
});
