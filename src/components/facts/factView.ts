/**
 * How a fact reads inline: its formatted value (both sides where sources conflict, a marker
 * where it is an estimate), a link to its row on the facts page, and a tooltip with the source
 * and dates. Pure, so it is unit-tested without Astro.
 */
import type { Fact } from '~/model/index.ts';
import { formatFact, UNDATED } from '~/model/index.ts';
import { factHref } from '~/lib/siteLinks.ts';

export interface FactView {
	id: string;
	text: string;
	href: string;
	title: string;
	status: Fact['status'];
	/** Text long enough to wrap: a phrase, not a figure (a figure stays on one line). */
	wraps: boolean;
}

/** Longer than this, a fact's text may wrap like prose: on a phone it is wider than the screen. */
export const FACT_NOWRAP_MAX_CHARS = 24;

export function conflictText(fact: Fact): string {
	const others = (fact.conflict ?? []).map((side) => formatFact({ ...fact, value: side.value }));
	return [formatFact(fact), ...others].join(' or ');
}

/** Why a fact whose source could not be re-read is unverified, as the facts page says it. */
export function unverifiedReason(fact: Fact): string {
	return `an estimate made on ${fact.checked} without reading its source: ${fact.unreadBecause ?? 'its source could not be read.'}`;
}

/**
 * What a price's link says after its name, so its date stands beside every cost it feeds: read
 * from the Retail Prices API (the snapshot's date), an estimate (the day it was made), or a
 * figure from its source (that source's date, or the day it was last checked when undated).
 * Undefined for a fact that is not a price (its unit is not in US$).
 */
export function priceDate(fact: Fact): { date: string; text: string } | undefined {
	if (!fact.unit.startsWith('USD')) return undefined;
	if (fact.sourceRead === false)
		return { date: fact.checked, text: `estimate made ${fact.checked}` };
	const kind = fact.status === 'estimate' ? 'estimate, ' : '';
	return fact.asOf === UNDATED
		? { date: fact.checked, text: `${kind}source undated, checked ${fact.checked}` }
		: { date: fact.asOf, text: `${kind}as of ${fact.asOf}` };
}

export function factView(fact: Fact): FactView {
	const source = fact.sources[0];
	const text =
		fact.status === 'conflict' && (fact.conflict?.length ?? 0) > 0
			? `${conflictText(fact)} (sources conflict)`
			: fact.status === 'estimate'
				? `${formatFact(fact)} (estimate)`
				: formatFact(fact);
	const parts = [
		fact.label,
		source !== undefined ? `Source: ${source.title}` : undefined,
		fact.asOf === UNDATED ? 'source undated' : `as of ${fact.asOf}`,
		fact.sourceRead === false
			? `unverified: estimate made ${fact.checked}, source not read`
			: `checked ${fact.checked}`,
	].filter((p): p is string => p !== undefined);
	return {
		id: fact.id,
		text,
		href: factHref(fact.id),
		title: parts.join(' · '),
		status: fact.status,
		wraps: text.length > FACT_NOWRAP_MAX_CHARS,
	};
}
