/**
 * The sources behind a pattern, derived from the facts it relies on: one row per source URL,
 * with the facts it supports and the date of the source itself where we know it. A fact's
 * "as of" is the date of its first (primary) source, so only that source carries it; sources
 * that are also cited, that back one of our estimates, or that state the other side of a
 * conflict are marked as such, with the conflict's own date.
 */
import { UNDATED, type Fact } from '~/model/index.ts';

export type SourceRole = 'primary' | 'also cited' | 'backs an estimate' | 'conflicting value';

export interface SourceRow {
	url: string;
	title: string;
	factIds: string[];
	factLabels: string[];
	/** The source's own date, when known: ISO day, or undefined. */
	asOf: string | undefined;
	roles: SourceRole[];
	checked: string;
}

function add(
	rows: Map<string, SourceRow>,
	source: { url: string; title: string },
	fact: Fact,
	role: SourceRole,
	date: string | undefined,
): void {
	const row = rows.get(source.url) ?? {
		url: source.url,
		title: source.title,
		factIds: [],
		factLabels: [],
		asOf: undefined,
		roles: [],
		checked: fact.checked,
	};
	if (!row.factIds.includes(fact.id)) {
		row.factIds.push(fact.id);
		row.factLabels.push(fact.label);
	}
	if (!row.roles.includes(role)) row.roles.push(role);
	const known = date !== undefined && date !== UNDATED ? date : undefined;
	if (known !== undefined && (row.asOf === undefined || known < row.asOf)) row.asOf = known;
	if (fact.checked < row.checked) row.checked = fact.checked;
	rows.set(source.url, row);
}

export function sourceRows(facts: readonly Fact[]): SourceRow[] {
	const rows = new Map<string, SourceRow>();
	for (const fact of facts) {
		fact.sources.forEach((source, i) => {
			if (fact.status === 'estimate') add(rows, source, fact, 'backs an estimate', undefined);
			else if (i === 0) add(rows, source, fact, 'primary', fact.asOf);
			else add(rows, source, fact, 'also cited', undefined);
		});
		for (const side of fact.conflict ?? []) {
			for (const source of side.sources) add(rows, source, fact, 'conflicting value', side.asOf);
		}
	}
	return [...rows.values()].sort((a, b) => a.title.localeCompare(b.title));
}

/** When the facts a pattern quotes were last compared with their sources: newest and oldest. */
export interface ReviewSpan {
	latest: string;
	oldest: string;
}

export function reviewSpan(facts: readonly Fact[]): ReviewSpan | undefined {
	const dates = facts.map((f) => f.checked).sort();
	const oldest = dates[0];
	const latest = dates.at(-1);
	return oldest === undefined || latest === undefined ? undefined : { latest, oldest };
}
