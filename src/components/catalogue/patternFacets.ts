/**
 * What the catalogue, the finder, the summary card and Pagefind's filters say about a
 * pattern, derived from the model and the pattern's reference estimate. Pure.
 */
import {
	CATEGORY_LABELS,
	CONSISTENCY_LABELS,
	COST_CLASS_LABELS,
	RTO_CLASS_LABELS,
	THREAT_LABELS,
	THREATS,
	costClass,
	patternReference,
	routingArithmetic,
	referenceWorkload,
	rtoClass,
	type CostClass,
	type Evaluation,
	type Pattern,
	type RtoClass,
} from '~/model/index.ts';

export const STATE_LABELS = {
	stateless: 'Stateless',
	stateful: 'Stateful',
	paas: 'PaaS data',
} as const;

export interface PatternFacets {
	id: string;
	category: string;
	states: string[];
	protects: string[];
	protectsPartly: string[];
	consistency: string;
	rtoClass?: RtoClass;
	costClass?: CostClass;
	/** Lowest typical RTO among the pattern's variants for its reference workload, minutes. */
	rtoMinutes?: number;
	/** Lowest monthly cost among the variants, US$. */
	monthlyUsd?: number;
	rpoMinutes?: number;
	evaluations: Evaluation[];
}

export function patternFacets(pattern: Pattern): PatternFacets {
	const reference = patternReference(pattern.id);
	const evaluations = reference?.evaluations ?? [];
	const facets: PatternFacets = {
		id: pattern.id,
		category: CATEGORY_LABELS[pattern.category],
		states: pattern.appliesTo.map((s) => STATE_LABELS[s]),
		protects: THREATS.filter((t) =>
			pattern.protects.some((p) => p.threat === t && p.level === 'yes'),
		).map((t) => THREAT_LABELS[t]),
		protectsPartly: THREATS.filter((t) =>
			pattern.protects.some((p) => p.threat === t && p.level === 'partial'),
		).map((t) => THREAT_LABELS[t]),
		consistency: CONSISTENCY_LABELS[pattern.consistency.level],
		evaluations,
	};
	if (evaluations.length > 0) {
		const rto = Math.min(...evaluations.map((e) => e.rto.total.typical));
		const cost = Math.min(...evaluations.map((e) => e.cost.monthlyUsd));
		const rpo = Math.min(...evaluations.map((e) => e.rpo.minutes.typical));
		facets.rtoMinutes = rto;
		facets.monthlyUsd = cost;
		facets.rpoMinutes = rpo;
		facets.rtoClass = rtoClass(rto);
		facets.costClass = costClass(cost);
	} else if (pattern.category === 'traffic') {
		const minutes = routingArithmetic(referenceWorkload.routing).range.typical;
		facets.rtoMinutes = minutes;
		facets.rtoClass = rtoClass(minutes);
	}
	return facets;
}

/** Pagefind filters: one [key, value] per filter value. */
export function pagefindFilters(f: PatternFacets): [string, string][] {
	return [
		['category', f.category],
		...f.states.map((s): [string, string] => ['state', s]),
		...f.protects.map((p): [string, string] => ['protects against', p]),
		['consistency', f.consistency],
		...(f.rtoClass !== undefined
			? [['RTO', RTO_CLASS_LABELS[f.rtoClass]] as [string, string]]
			: []),
		...(f.costClass !== undefined
			? [['cost', COST_CLASS_LABELS[f.costClass]] as [string, string]]
			: []),
	];
}
