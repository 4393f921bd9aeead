import { describe, expect, it } from 'vitest';
import { facts, factsDueForReview, reviewDueDate, type Fact } from '~/model/index.ts';

const fact = (id: string, checked: string, reviewBy?: string): Fact => ({
	id,
	label: id,
	value: 1,
	unit: 'min',
	sources: [],
	asOf: checked,
	checked,
	...(reviewBy !== undefined ? { reviewBy } : {}),
	status: 'documented',
	note: '',
});

describe('fact review dates', () => {
	it('uses the fact’s own review date, or a year after it was checked', () => {
		expect(reviewDueDate(fact('a', '2026-11-25', '2027-05-25'))).toBe('2027-05-25');
		expect(reviewDueDate(fact('b', '2026-02-28'))).toBe('2027-02-28');
	});

	it('lists the facts due on or before a day, soonest first', () => {
		const all = [
			fact('late', '2026-01-01', '2026-06-01'),
			fact('due-today', '2026-01-01', '2026-07-01'),
			fact('fresh', '2026-06-01', '2027-01-01'),
			fact('earliest', '2025-01-01', '2025-12-31'),
		];
		expect(factsDueForReview(all, '2026-07-01').map((f) => f.id)).toEqual([
			'earliest',
			'late',
			'due-today',
		]);
		expect(factsDueForReview(all, '2025-01-01')).toEqual([]);
	});

	it('refuses a day that is not an ISO date, saying what it expects', () => {
		expect(() => factsDueForReview([], '25/11/2026')).toThrow(/ISO day such as 2026-11-25/);
	});

	it('has every fact of the model reviewed on a real date, with its next review after it', () => {
		for (const f of facts) {
			expect(f.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(reviewDueDate(f) > f.checked).toBe(true);
		}
	});
});
