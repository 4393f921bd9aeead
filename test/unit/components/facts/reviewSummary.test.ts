import { describe, expect, it } from 'vitest';
import { reviewSummary } from '~/components/facts/reviewSummary.ts';
import { facts, type Fact } from '~/model/index.ts';

const fact = (id: string, checked: string, reviewBy?: string): Fact => ({
	id,
	label: id,
	value: 1,
	unit: 'count',
	sources: [],
	asOf: checked,
	checked,
	...(reviewBy !== undefined ? { reviewBy } : {}),
	status: 'documented',
	note: '',
});

describe('reviewSummary', () => {
	const sample = [
		fact('a.one', '2026-11-30', '2027-05-30'),
		fact('a.two', '2026-11-30', '2027-05-30'),
		fact('b.one', '2026-11-25', '2027-05-25'),
		fact('c.old', '2025-01-10'),
	];

	it('counts the facts re-read in each round, the latest first', () => {
		const s = reviewSummary(sample, '2026-12-01');
		expect(s.total).toBe(4);
		expect(s.latest).toEqual({ checked: '2026-11-30', count: 2 });
		expect(s.rounds.map((r) => r.checked)).toEqual(['2026-11-30', '2026-11-25', '2025-01-10']);
	});

	it('lists the overdue facts with their due dates, and the next due date only when none is', () => {
		const s = reviewSummary(sample, '2026-12-01');
		expect(s.overdue.map((o) => [o.fact.id, o.due])).toEqual([['c.old', '2026-01-10']]);
		expect(s.nextDue).toBeUndefined();
		const later = reviewSummary(sample.slice(0, 3), '2026-12-01');
		expect(later.overdue).toEqual([]);
		expect(later.nextDue).toBe('2027-05-25');
	});

	it('rejects an empty list and a malformed day', () => {
		expect(() => reviewSummary([], '2026-12-01')).toThrow(RangeError);
		expect(() => reviewSummary(sample, '1 Dec 2026')).toThrow(/ISO day/);
	});

	it('for the model: the latest round re-read some facts but not all, and none is overdue today', () => {
		const s = reviewSummary(facts, '2026-12-07');
		// The second truth pass (issue 20) re-read some sources on 2026-12-07.
		expect(s.latest.checked).toBe('2026-12-07');
		expect(s.latest.count).toBeGreaterThan(0);
		expect(s.latest.count).toBeLessThan(s.total);
		expect(s.rounds.length).toBeGreaterThan(1);
		expect(s.overdue).toEqual([]);
	});
});
