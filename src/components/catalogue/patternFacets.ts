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
	optionProtection,
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
	/** The one option a card shows, with figures and protection all its own. */
	featured?: FeaturedOption;
}

/** One option of a pattern (a variant, or the pattern itself) as a card shows it. */
export interface FeaturedOption {
	name: string;
	rtoMinutes: number;
	rpoMinutes: number;
	monthlyUsd: number;
	protects: string[];
	protectsPartly: string[];
	/** How many options the pattern has for its reference workload, this one included. */
	optionCount: number;
}

/**
 * The option a card features: the cheapest that protects against a region outage (what the
 * site is about), or the cheapest where none does. Its figures and its protection go together,
 * never the fastest variant's RTO beside the cheapest one's cost.
 */
export function featuredOption(evaluations: readonly Evaluation[]): FeaturedOption | undefined {
	const withProtection = evaluations.map((e) => ({ e, protection: optionProtection(e) }));
	const covers = withProtection.filter(({ protection }) =>
		protection.some((p) => p.threat === 'region-outage' && p.level === 'yes'),
	);
	const pool = covers.length > 0 ? covers : withProtection;
	const chosen = [...pool].sort(
		(a, b) =>
			a.e.cost.monthlyUsd - b.e.cost.monthlyUsd || a.e.rto.total.typical - b.e.rto.total.typical,
	)[0];
	if (chosen === undefined) return undefined;
	const { e, protection } = chosen;
	const labels = (level: 'yes' | 'partial') =>
		protection.filter((p) => p.level === level).map((p) => THREAT_LABELS[p.threat]);
	return {
		name: e.name,
		rtoMinutes: e.rto.total.typical,
		rpoMinutes: e.rpo.minutes.typical,
		monthlyUsd: e.cost.monthlyUsd,
		protects: labels('yes'),
		protectsPartly: labels('partial'),
		optionCount: evaluations.length,
	};
}

/** The first sentence of plain text: up to its first full stop, never cut at a colon. */
export function firstSentence(plain: string): string {
	const end = plain.search(/[.!?](\s|$)/);
	return end === -1 ? plain : plain.slice(0, end + 1);
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
	const featured = featuredOption(evaluations);
	if (featured !== undefined) facets.featured = featured;
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
