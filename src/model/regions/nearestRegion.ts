/**
 * The region a plan assumes for targetRegion `any`. No latencies or distances are invented:
 * the rule uses only what the regions list states.
 *
 * 1. Candidates are the other regions in the same geography (Microsoft's data-residency
 *    boundary); if there are none, the regions on the same continent; if none, every region.
 * 2. Within those, open regions come before restricted ones (a restricted region needs an
 *    access request), the documented pair before the others, regions with availability zones
 *    before those without or unknown, and then alphabetical order by programmatic name.
 */
import type { Region } from './region.ts';
import { regionByName } from './lookup.ts';
import { regions } from './regionTable.ts';

export type NearestReason = 'same-geography' | 'same-continent' | 'elsewhere';

export interface NearestRegion {
	region: Region;
	reason: NearestReason;
}

function rank(source: Region, candidate: Region): number[] {
	return [
		candidate.restricted ? 1 : 0,
		candidate.name === source.pair ? 0 : 1,
		candidate.zones === true ? 0 : 1,
	];
}

function compare(source: Region) {
	return (a: Region, b: Region): number => {
		const ra = rank(source, a);
		const rb = rank(source, b);
		for (let i = 0; i < ra.length; i++) {
			const d = (ra[i] ?? 0) - (rb[i] ?? 0);
			if (d !== 0) return d;
		}
		return a.name.localeCompare(b.name);
	};
}

/** Candidate target regions in the rule's order; the first is the one a plan assumes. */
export function targetCandidates(sourceName: string): NearestRegion[] {
	const source = regionByName(sourceName);
	if (source === undefined) return [];
	const others = regions.filter((r) => r.name !== source.name);
	const sameGeography = others.filter((r) => r.geography === source.geography);
	const sameContinent = others.filter(
		(r) => r.continent === source.continent && r.geography !== source.geography,
	);
	const elsewhere = others.filter((r) => r.continent !== source.continent);
	const order = compare(source);
	return [
		...sameGeography.sort(order).map((region) => ({ region, reason: 'same-geography' as const })),
		...sameContinent.sort(order).map((region) => ({ region, reason: 'same-continent' as const })),
		...elsewhere.sort(order).map((region) => ({ region, reason: 'elsewhere' as const })),
	];
}

/** The region the rule picks for targetRegion `any`, or undefined for an unknown source. */
export function nearestRegion(sourceName: string): NearestRegion | undefined {
	return targetCandidates(sourceName)[0];
}
