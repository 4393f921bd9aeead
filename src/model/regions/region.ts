/**
 * An Azure region as `az account list-locations` names it, with what a disaster-recovery plan
 * needs to know about it: where it is, its pair (if any) and whether it has availability zones.
 */

/**
 * The continent a region sits on, for pricing transfer between regions (the bandwidth price
 * list distinguishes transfer within a continent from transfer between continents). This is
 * our grouping by the region's physical location, not a Microsoft field.
 */
export const CONTINENTS = [
	'north-america',
	'south-america',
	'europe',
	'middle-east',
	'africa',
	'asia',
	'oceania',
] as const;
export type Continent = (typeof CONTINENTS)[number];

export interface Region {
	/** Programmatic name, e.g. `westeurope`. */
	name: string;
	/** Display name, e.g. `West Europe`. */
	displayName: string;
	/** Physical location as the regions list gives it, e.g. `Netherlands`. */
	location: string;
	/** Microsoft's geography (the data-residency boundary), e.g. `Europe`, `Italy`. */
	geography: string;
	continent: Continent;
	/** The paired region's programmatic name, or undefined for a nonpaired region. */
	pair: string | undefined;
	/** Whether the region has availability zones; undefined where the sources do not say. */
	zones: boolean | undefined;
	/** Access restricted to specific scenarios (for example DR within a geography); needs a request. */
	restricted: boolean;
	/** What the sources add, or what they leave open. */
	note?: string;
}
