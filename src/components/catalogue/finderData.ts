/**
 * The finder's data, shared by <PatternFinder> and the stylesheet endpoint
 * (src/pages/pattern-finder.css.ts): the items with their facets and sort ranks, the filter
 * groups, and the CSS that filters and sorts without JavaScript.
 */
import {
	COST_CLASS_LABELS,
	RTO_CLASS_LABELS,
	THREAT_LABELS,
	THREATS,
	CATEGORY_LABELS,
	patterns,
} from '~/model/index.ts';
import { finderCss, ranks, token, type FilterGroup } from './finderFilter.ts';
import { patternFacets, STATE_LABELS } from './patternFacets.ts';

export const items = patterns.map((pattern) => ({ pattern, facets: patternFacets(pattern) }));
const BIG = 1e9;
export const rtoRank = ranks(
	items,
	// The figures its card shows: sorted by another variant's, the order looked wrong.
	(i) => i.facets.featured?.rtoMinutes ?? i.facets.rtoMinutes ?? BIG,
	(i) => i.pattern.name,
);
export const costRank = ranks(
	items,
	(i) => i.facets.featured?.monthlyUsd ?? i.facets.monthlyUsd ?? BIG,
	(i) => i.pattern.name,
);
export const nameRank = ranks(
	items,
	() => 0,
	(i) => i.pattern.name,
);

export const groups: FilterGroup[] = [
	{
		key: 'state',
		label: 'Tier',
		values: Object.entries(STATE_LABELS).map(([value, label]) => ({ value, label })),
	},
	{
		key: 'category',
		label: 'Category',
		values: Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label })),
	},
	{
		key: 'protects',
		label: 'Protects against',
		values: THREATS.map((t) => ({ value: t, label: THREAT_LABELS[t] })),
	},
	{
		key: 'rto',
		label: 'Reference RTO',
		values: Object.entries(RTO_CLASS_LABELS).map(([value, label]) => ({ value, label })),
	},
	{
		key: 'cost',
		label: 'Reference cost',
		values: Object.entries(COST_CLASS_LABELS).map(([value, label]) => ({ value, label })),
	},
];

export function facetValues(i: (typeof items)[number]): Record<string, string[]> {
	return {
		state: i.pattern.appliesTo.map((s) => token(s)),
		category: [token(i.pattern.category)],
		protects: i.pattern.protects.filter((p) => p.level === 'yes').map((p) => token(p.threat)),
		rto: i.facets.rtoClass !== undefined ? [i.facets.rtoClass] : [],
		cost: i.facets.costClass !== undefined ? [i.facets.costClass] : [],
	};
}
// Sort ranks as custom properties set from this stylesheet rather than style="" attributes, which
// the Content-Security-Policy does not allow; <pattern-finder> reads the data-rank-* copies.
const rankRules = items.map(
	(i) =>
		`pattern-finder [data-finder-item="${i.pattern.id}"] { --rank-rto: ${rtoRank.get(i)}; --rank-cost: ${costRank.get(i)}; --rank-name: ${nameRank.get(i)}; }`,
);
export const finderStylesheet = [
	finderCss(groups, 'pattern-finder', '.finder-results > li'),
	...rankRules,
].join('\n');
