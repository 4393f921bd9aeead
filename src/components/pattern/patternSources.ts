/**
 * The sources behind a pattern, derived from the facts it relies on: one row per source URL,
 * with the facts it supports and the oldest "as of" and "checked" dates among them.
 */
import type { Fact } from '~/model/index.ts';

export interface SourceRow {
	url: string;
	title: string;
	factIds: string[];
	factLabels: string[];
	asOf: string;
	checked: string;
}

export function sourceRows(facts: readonly Fact[]): SourceRow[] {
	const rows = new Map<string, SourceRow>();
	for (const fact of facts) {
		for (const source of fact.sources) {
			const row = rows.get(source.url) ?? {
				url: source.url,
				title: source.title,
				factIds: [],
				factLabels: [],
				asOf: fact.asOf,
				checked: fact.checked,
			};
			if (!row.factIds.includes(fact.id)) {
				row.factIds.push(fact.id);
				row.factLabels.push(fact.label);
			}
			if (fact.asOf < row.asOf) row.asOf = fact.asOf;
			if (fact.checked < row.checked) row.checked = fact.checked;
			rows.set(source.url, row);
		}
	}
	return [...rows.values()].sort((a, b) => a.title.localeCompare(b.title));
}
