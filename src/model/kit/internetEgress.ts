/**
 * Internet egress (data served to users) from a region, at its zone's price. The bandwidth price
 * list bills data out to the internet (Microsoft global network routing) by zone: zone 1 is
 * North America and Europe, zone 2 Asia and Oceania, zone 3 South America, Africa and the
 * Middle East, with two Middle East regions billed elsewhere by the Retail Prices API.
 */
import { factNumber } from '../facts/factRegistry.ts';
import type { Region } from '../regions/region.ts';

export type EgressZone = 'zone-1' | 'zone-2' | 'zone-3';

const ZONE_FACT: Record<EgressZone, string> = {
	'zone-1': 'network.internet-egress-price',
	'zone-2': 'network.internet-egress-price-zone2',
	'zone-3': 'network.internet-egress-price-zone3',
};

const ZONE_LABEL: Record<EgressZone, string> = {
	'zone-1': 'Zone 1 (North America, Europe)',
	'zone-2': 'Zone 2 (Asia, Oceania)',
	'zone-3': 'Zone 3 (South America, Africa, Middle East)',
};

/** Regions the API bills on another continent's zone meter than their own. */
const ZONE_EXCEPTIONS: Readonly<Record<string, EgressZone>> = {
	israelcentral: 'zone-1',
	qatarcentral: 'zone-2',
};

export function egressZone(region: Pick<Region, 'name' | 'continent'>): EgressZone {
	const exception = ZONE_EXCEPTIONS[region.name];
	if (exception !== undefined) return exception;
	switch (region.continent) {
		case 'asia':
		case 'oceania':
			return 'zone-2';
		case 'south-america':
		case 'africa':
		case 'middle-east':
			return 'zone-3';
		default:
			return 'zone-1';
	}
}

export interface EgressPrice {
	usd: number;
	factId: string;
	/** The zone in words, for the meter. */
	zone: string;
}

/**
 * The price a GB served to users from the region costs; without a named region, zone 1's (the
 * price the model had before zones).
 */
export function internetEgressPrice(
	region: Pick<Region, 'name' | 'continent'> | undefined,
): EgressPrice {
	const zone = region === undefined ? 'zone-1' : egressZone(region);
	const factId = ZONE_FACT[zone];
	return { usd: factNumber(factId), factId, zone: ZONE_LABEL[zone] };
}
