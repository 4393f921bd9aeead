/**
 * Which facts are due for another look at their sources. A fact without its own review date
 * is due one year after it was last checked. Dates are ISO days (YYYY-MM-DD), compared as text.
 */
import type { Fact } from './fact.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day by which a fact should be checked again. */
export function reviewDueDate(fact: Pick<Fact, 'checked' | 'reviewBy'>): string {
	if (fact.reviewBy !== undefined) return fact.reviewBy;
	const year = Number(fact.checked.slice(0, 4));
	return `${year + 1}${fact.checked.slice(4)}`;
}

/** Facts whose review date is on or before `today`, soonest due first. */
export function factsDueForReview(all: readonly Fact[], today: string): Fact[] {
	if (!ISO_DAY.test(today)) {
		throw new RangeError(`today must be an ISO day such as 2026-11-25; got "${today}"`);
	}
	return all
		.filter((f) => reviewDueDate(f) <= today)
		.sort((a, b) => reviewDueDate(a).localeCompare(reviewDueDate(b)) || a.id.localeCompare(b.id));
}
