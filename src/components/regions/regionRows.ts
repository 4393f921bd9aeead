/** The region table as rows for the concepts page: grouped by continent, each a readable line. */
import { CONTINENTS, regionByName, regions, type Continent } from '~/model/regions/index.ts';

export const CONTINENT_LABEL: Record<Continent, string> = {
	'north-america': 'North America',
	'south-america': 'South America',
	europe: 'Europe',
	'middle-east': 'Middle East',
	africa: 'Africa',
	asia: 'Asia',
	oceania: 'Oceania',
};

export interface RegionRow {
	name: string;
	displayName: string;
	geography: string;
	pair: string;
	zones: 'Yes' | 'No' | 'Not stated';
	note: string;
}

export interface RegionGroup {
	continent: string;
	rows: RegionRow[];
}

export function regionGroups(): RegionGroup[] {
	return CONTINENTS.map((continent) => ({
		continent: CONTINENT_LABEL[continent],
		rows: regions
			.filter((r) => r.continent === continent)
			.sort((a, b) => a.displayName.localeCompare(b.displayName))
			.map((r): RegionRow => ({
				name: r.name,
				displayName: r.displayName,
				geography: r.geography,
				pair: r.pair === undefined ? 'None' : (regionByName(r.pair)?.displayName ?? r.pair),
				zones: r.zones === undefined ? 'Not stated' : r.zones ? 'Yes' : 'No',
				note: [r.restricted ? 'Access on request.' : '', r.note ?? ''].filter(Boolean).join(' '),
			})),
	})).filter((g) => g.rows.length > 0);
}
