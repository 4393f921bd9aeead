/**
 * Price facts with a refreshed snapshot applied: the value read from the Retail Prices API, its
 * date as the fact's "as of" and "checked", and the meters named in the note.
 */
import type { Fact } from './fact.ts';
import { SOURCES } from './sources.ts';
import type { PriceSnapshot } from './priceSnapshotType.ts';

export function applyPriceSnapshot(
	facts: readonly Fact[],
	snapshot: PriceSnapshot | undefined,
): Fact[] {
	if (snapshot === undefined) return [...facts];
	return facts.map((fact) => {
		const read = snapshot.prices[fact.id];
		if (read === undefined) return fact;
		const meters = read.meters
			.map((m) => `${m.productName}, ${m.meterName} (${m.armRegionName}, ${m.unitOfMeasure})`)
			.join('; ');
		// Read from the API now: no longer an estimate made without its source.
		const readFact: Fact = { ...fact };
		delete readFact.sourceRead;
		delete readFact.unreadBecause;
		return {
			...readFact,
			value: read.value,
			asOf: snapshot.date,
			checked: snapshot.date,
			status: 'documented',
			sources: fact.sources.some((s) => s.url === SOURCES.retailPricesApi.url)
				? fact.sources
				: [...fact.sources, SOURCES.retailPricesApi],
			note: `Read from the Azure Retail Prices API on ${snapshot.date} (pay-as-you-go list price, ${snapshot.currency}): ${meters}. Before: ${fact.value} (${fact.status}). ${fact.note}`,
		};
	});
}
