/**
 * Review rounds: when this project compared facts with their sources, and when to look again.
 * A fact spreads the stamp of the round in which its source was actually re-read; a fact not
 * re-read in the latest round keeps the stamp of the round that last read it. A fact may also
 * set its own dates.
 */

/** The first full check of the fact sheet against its sources. */
export const FIRST_REVIEW = '2026-11-25';
/** The latest round (the truth pass of issue 11). */
export const LAST_REVIEW = '2026-11-30';
/** When the latest round's facts are due again (six months on). */
export const NEXT_REVIEW = '2027-05-30';

/** Stamp for a fact whose source was re-read in the latest round. */
export const reviewed = { checked: LAST_REVIEW, reviewBy: NEXT_REVIEW } as const;

/** Stamp for a fact last compared with its source in the first round, not re-read since. */
export const reviewedFirstRound = { checked: FIRST_REVIEW, reviewBy: '2027-05-25' } as const;

/**
 * Stamp for a price estimate written on 2026-12-07 when its pricing page could not be read
 * from here: `checked` is the day the estimate was made, not a re-reading of the source (the
 * fact's status is `estimate` and its note says so). `npm run prices:refresh` replaces it.
 * Due again in three months, sooner than a documented fact.
 */
export const estimateWritten = {
	checked: '2026-12-07',
	reviewBy: '2027-03-07',
	sourceRead: false,
	unreadBecause:
		'its Azure pricing page is filled in by script and could not be read from here; npm run prices:refresh reads the price from the Azure Retail Prices API.',
} as const;

/** The second truth pass (issue 20): sources re-read on this day. */
export const SECOND_PASS = '2026-12-07';

/** Stamp for a fact whose source was re-read in the second truth pass. */
export const reviewedSecondPass = { checked: SECOND_PASS, reviewBy: '2027-06-07' } as const;
