import { describe, expect, it } from 'vitest';
import { reviewSpan, sourceRows } from '~/components/pattern/patternSources.ts';
import { facts, getFact, UNDATED } from '~/model/index.ts';

describe('a pattern’s sources table', () => {
	it('dates a source only where it is the primary source of a figure, with that figure’s date', () => {
		const sla = getFact('asr.rto-sla');
		const rows = sourceRows([sla]);
		const primary = rows.find((r) => r.url === sla.sources[0]?.url);
		expect(primary?.asOf).toBe(sla.asOf);
		expect(primary?.roles).toEqual(['primary']);
		for (const other of sla.sources.slice(1)) {
			const row = rows.find((r) => r.url === other.url);
			expect(row?.asOf).toBeUndefined();
			expect(row?.roles).toContain('also cited');
		}
	});

	it('lists the sources of the other side of a conflict, with that side’s date', () => {
		const sla = getFact('asr.rto-sla');
		const side = sla.conflict?.[0];
		expect(side).toBeDefined();
		const rows = sourceRows([sla]);
		for (const s of side?.sources ?? []) {
			const row = rows.find((r) => r.url === s.url);
			expect(row?.roles).toContain('conflicting value');
			expect(row?.asOf).toBe(side?.asOf);
		}
	});

	it('never dates a source by one of our estimates, nor by an undated fact', () => {
		const estimate = facts.find((f) => f.status === 'estimate');
		const undated = facts.find((f) => f.asOf === UNDATED && f.status !== 'estimate');
		expect(estimate).toBeDefined();
		expect(undated).toBeDefined();
		if (estimate === undefined || undated === undefined) return;
		for (const row of sourceRows([estimate])) {
			expect(row.asOf).toBeUndefined();
			expect(row.roles).toEqual(['backs an estimate']);
		}
		const first = sourceRows([undated]).find((r) => r.url === undated.sources[0]?.url);
		expect(first?.asOf).toBeUndefined();
	});
});

describe('when a pattern’s facts were last reviewed', () => {
	it('gives the newest and the oldest check date of the facts it quotes', () => {
		const sorted = [...facts].sort((a, b) => a.checked.localeCompare(b.checked));
		const first = sorted[0];
		const last = sorted.at(-1);
		if (first === undefined || last === undefined) throw new Error('no facts');
		expect(reviewSpan([last, first])).toEqual({ latest: last.checked, oldest: first.checked });
		expect(reviewSpan([first])).toEqual({ latest: first.checked, oldest: first.checked });
		expect(reviewSpan([])).toBeUndefined();
	});
});
