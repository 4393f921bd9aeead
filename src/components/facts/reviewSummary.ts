/**
 * What the facts page says about the review rounds: how many facts were re-read against their
 * sources in the latest round, when the others were last checked, and which are overdue.
 */
import { factsDueForReview, reviewDueDate, type Fact } from '~/model/index.ts';

export interface ReviewRound {
	/** The day the facts in this round were compared with their sources. */
	checked: string;
	count: number;
}

export interface ReviewSummary {
	total: number;
	/** The most recent round first. */
	rounds: ReviewRound[];
	latest: ReviewRound;
	/** Facts past their review date on `today`, soonest due first, with the day each was due. */
	overdue: { fact: Fact; due: string }[];
	/** The next day on which some fact falls due, when none is overdue yet. */
	nextDue: string | undefined;
}

export function reviewSummary(all: readonly Fact[], today: string): ReviewSummary {
	if (all.length === 0) throw new RangeError('reviewSummary needs at least one fact');
	const counts = new Map<string, number>();
	// An estimate written without reading its source is no review round.
	for (const f of all)
		if (f.sourceRead !== false) counts.set(f.checked, (counts.get(f.checked) ?? 0) + 1);
	const rounds = [...counts.entries()]
		.map(([checked, count]) => ({ checked, count }))
		.sort((a, b) => b.checked.localeCompare(a.checked));
	const overdue = factsDueForReview(all, today).map((fact) => ({
		fact,
		due: reviewDueDate(fact),
	}));
	const upcoming = all.map(reviewDueDate).filter((d) => d > today);
	upcoming.sort();
	return {
		total: all.length,
		rounds,
		latest: rounds[0]!,
		overdue,
		nextDue: overdue.length === 0 ? upcoming[0] : undefined,
	};
}
