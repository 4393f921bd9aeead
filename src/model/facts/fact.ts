/**
 * A fact: one sourced figure the model uses. Every number a reader sees comes from a fact or
 * from a formula over facts and the reader's inputs.
 */
export interface Source {
	url: string;
	title: string;
}

/**
 * documented: stated by Microsoft's own documentation.
 * third-party: only a third-party page carries it (mostly prices).
 * estimate: our estimate, with its assumptions in `note`.
 * unconfirmed: stated somewhere, not confirmed by a primary source.
 * conflict: sources disagree; every side is recorded.
 */
export type FactStatus = 'documented' | 'third-party' | 'estimate' | 'unconfirmed' | 'conflict';

export type FactUnit =
	| 'ms'
	| 's'
	| 'min'
	| 'h'
	| 'd'
	| 'MB/s'
	| 'GB'
	| 'GiB'
	| 'TiB'
	| 'GB/day'
	| 'Gbit/s'
	| 'USD/month'
	| 'USD/GB'
	| 'USD/GiB-month'
	| 'USD/vCPU-hour'
	| 'USD/million'
	| 'h/month'
	| '%'
	| 'count'
	| 'x'
	| 'date'
	| 'text';

/** "As of" for a source page that shows no date. */
export const UNDATED = 'undated';

export interface PreviousValue {
	value: number | string;
	unit?: FactUnit;
	/** When the old value held, e.g. "2016". */
	era: string;
	/** What changed, in one sentence. */
	changed: string;
}

export interface ConflictingValue {
	value: number | string;
	sources: readonly Source[];
	asOf: string;
	note: string;
}

export interface Fact {
	id: string;
	/**
	 * Ids the fact had before a rename: still accepted wherever an id is read (`<Fact id>`,
	 * `{fact:id}`, a facts-page anchor), so old links and files keep working.
	 */
	formerIds?: readonly string[];
	label: string;
	/** The value; for an estimate with a range, the typical value. */
	value: number | string;
	unit: FactUnit;
	/** Low and high bounds, for estimates that are ranges. */
	range?: { low: number; high: number };
	sources: readonly Source[];
	/**
	 * The date of the source text that was read (its ms.date, or publication date), or UNDATED
	 * when the page shows none: never an invented day.
	 */
	asOf: string;
	/** When this project last compared the fact with its source. */
	checked: string;
	/**
	 * False for an estimate written on `checked` when its source could not be read: it is not a
	 * re-reading, so it counts in no review round and the facts page says "estimate made".
	 */
	sourceRead?: false;
	/**
	 * With `sourceRead: false`: why the source could not be re-read, shown beside the fact as
	 * the reason it is unverified.
	 */
	unreadBecause?: string;
	/** When the fact should be checked again. */
	reviewBy?: string;
	status: FactStatus;
	note: string;
	previous?: PreviousValue;
	conflict?: readonly ConflictingValue[];
}

/** Low, typical and high, in the unit of the field that holds it. */
export interface Range {
	low: number;
	typical: number;
	high: number;
}
