/**
 * The pattern finder's filtering and sorting, shared by the build-time CSS (which filters
 * without JavaScript) and the <pattern-finder> custom element. OR within a group, AND across
 * groups; an empty group does not filter.
 */
import { anchorId } from '~/lib/anchorId.ts';

export interface FinderItem {
	id: string;
	/** Facet values per group key, e.g. { state: ['stateful'], protects: ['region-outage'] }. */
	facets: Readonly<Record<string, readonly string[]>>;
	rank: { rto: number; cost: number; name: number };
}

export type Selection = Readonly<Record<string, readonly string[]>>;

export type SortKey = 'rto' | 'cost' | 'name';

export const SORT_KEYS: readonly SortKey[] = ['rto', 'cost', 'name'];

export function matches(item: FinderItem, selection: Selection): boolean {
	return Object.entries(selection).every(
		([group, wanted]) =>
			wanted.length === 0 || wanted.some((value) => item.facets[group]?.includes(value) ?? false),
	);
}

export function filterAndSort<T extends FinderItem>(
	items: readonly T[],
	selection: Selection,
	sort: SortKey,
): T[] {
	return items
		.filter((item) => matches(item, selection))
		.sort((a, b) => a.rank[sort] - b.rank[sort]);
}

/** Ranks items 1..n by a numeric key (ties broken by name), for CSS `order`. */
export function ranks<T>(
	items: readonly T[],
	key: (item: T) => number,
	name: (item: T) => string,
): Map<T, number> {
	const sorted = [...items].sort((a, b) => key(a) - key(b) || name(a).localeCompare(name(b)));
	return new Map(sorted.map((item, i) => [item, i + 1]));
}

export interface FilterGroup {
	key: string;
	label: string;
	values: readonly { value: string; label: string }[];
}

/** Safe fragment of an id/class for a facet value. */
export function token(text: string): string {
	return anchorId(text);
}

export function checkboxId(group: string, value: string): string {
	return `finder-${token(group)}-${token(value)}`;
}

/**
 * CSS that filters and sorts the finder's cards with no JavaScript, using :has() on the form's
 * checkboxes and radio buttons. One rule per group hides the cards matching none of the
 * checked values of that group; the rules together give AND across groups.
 */
export function finderCss(groups: readonly FilterGroup[], root: string, item: string): string {
	const rules = groups.map((group) => {
		const matched = group.values
			.map(
				(v) =>
					`${root}:has(#${checkboxId(group.key, v.value)}:checked) ${item}[data-${token(group.key)}~="${token(v.value)}"]`,
			)
			.join(',\n    ');
		return `${root}:has([data-group="${token(group.key)}"] input:checked) ${item}:not(\n    ${matched}\n) { display: none; }`;
	});
	const sorts = SORT_KEYS.map(
		(key) => `${root}:has(#finder-sort-${key}:checked) ${item} { order: var(--rank-${key}); }`,
	);
	return [...rules, ...sorts].join('\n');
}
