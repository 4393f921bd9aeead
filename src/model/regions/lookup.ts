/** Finding regions by name, and "did you mean" for names that are not regions. */
import type { Region } from './region.ts';
import { regions } from './regionTable.ts';

/** Lower case, without spaces, hyphens or underscores: `West Europe` and `westeurope` match. */
export function normalizeRegionName(name: string): string {
	return name.toLowerCase().replace(/[\s_-]+/g, '');
}

const byName = new Map<string, Region>();
for (const region of regions) {
	byName.set(region.name, region);
	byName.set(normalizeRegionName(region.displayName), region);
}

/** The region with this programmatic or display name (any case), or undefined. */
export function regionByName(name: string): Region | undefined {
	return byName.get(normalizeRegionName(name));
}

/** Levenshtein distance: insertions, deletions and substitutions, each counting one. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current.push(
				Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
			);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/**
 * The programmatic names closest to an unknown name, closest first (ties by name), for a
 * "did you mean" message. Always real region names; `count` of them.
 */
export function nearestNames(unknown: string, count = 3): string[] {
	const wanted = normalizeRegionName(unknown);
	return regions
		.map((r) => ({
			name: r.name,
			distance: Math.min(
				editDistance(wanted, r.name),
				editDistance(wanted, normalizeRegionName(r.displayName)),
			),
		}))
		.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
		.slice(0, Math.max(0, count))
		.map((r) => r.name);
}

/** The region's documented pair, or undefined when it has none (or the name is unknown). */
export function pairOf(name: string): Region | undefined {
	const pair = regionByName(name)?.pair;
	return pair === undefined ? undefined : regionByName(pair);
}

/** Whether the region has availability zones; undefined when unknown or not stated. */
export function hasZones(name: string): boolean | undefined {
	return regionByName(name)?.zones;
}
