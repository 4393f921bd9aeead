/**
 * The price facts `npm run prices:refresh` does not read, each with why. Every other fact in
 * US$ has a meter in PRICE_METERS (priceMeters.ts); a unit test holds the two lists to every
 * price fact, so a new price fact needs one or the other.
 */

export interface UnmeteredPrice {
	factId: string;
	/** Why the refresh does not read it, in words. */
	reason: string;
}

const NO_TRANSFER_SOURCE =
	'no public source we could read names its Retail Prices API meter: only transfer within North America is named by a source we can cite (network.transfer-price); the meters of other continents, and between continents, appear only in unattributed excerpts, and the whole API answers we found recorded (East US 2 and eleven other regions, 2026-08-14) hold no Bandwidth items, so they stay out rather than be guessed; it stays a labelled estimate';

export const UNMETERED_PRICES: readonly UnmeteredPrice[] = [
	{ factId: 'network.transfer-price-asia', reason: NO_TRANSFER_SOURCE },
	{ factId: 'network.transfer-price-south-america', reason: NO_TRANSFER_SOURCE },
	{ factId: 'network.intercontinental-price', reason: NO_TRANSFER_SOURCE },
];

/** A price fact: one the model prices in US$ (its unit starts `USD`). */
export const isPriceFact = (fact: { unit: string }): boolean => fact.unit.startsWith('USD');
