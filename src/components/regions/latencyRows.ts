/**
 * The latency table for the regions page: for every region, where targetRegion `any` recovers
 * (with no residency rule) and the next-closest regions by Microsoft's published round trip,
 * all read from the model's latency table and rule.
 */
import { targetCandidates, regions, latencyMs } from '~/model/regions/index.ts';

export interface LatencyNeighbour {
	name: string;
	displayName: string;
	/** Median round trip in ms, or undefined where the page lists none. */
	ms: number | undefined;
	restricted: boolean;
	/** Outside the source's geography. */
	leavesGeography: boolean;
}

export interface LatencyRow {
	name: string;
	displayName: string;
	geography: string;
	/** The region `any` picks. */
	pick: LatencyNeighbour | undefined;
	/** The closest regions by published latency, closest first (restricted ones included). */
	closest: LatencyNeighbour[];
	/** The page lists no latency from this region. */
	unlisted: boolean;
}

export function latencyRows(count = 4): LatencyRow[] {
	return [...regions]
		.sort((a, b) => a.displayName.localeCompare(b.displayName))
		.map((source): LatencyRow => {
			const neighbour = (name: string): LatencyNeighbour => {
				const region = regions.find((r) => r.name === name);
				return {
					name,
					displayName: region?.displayName ?? name,
					ms: latencyMs(source.name, name),
					restricted: region?.restricted ?? false,
					leavesGeography: region?.geography !== source.geography,
				};
			};
			const candidates = targetCandidates(source.name);
			const closest = candidates
				.filter((c) => c.latencyMs !== undefined)
				.sort(
					(a, b) =>
						(a.latencyMs ?? 0) - (b.latencyMs ?? 0) || a.region.name.localeCompare(b.region.name),
				)
				.slice(0, count)
				.map((c) => neighbour(c.region.name));
			const first = candidates[0];
			return {
				name: source.name,
				displayName: source.displayName,
				geography: source.geography,
				pick: first === undefined ? undefined : neighbour(first.region.name),
				closest,
				unlisted: closest.length === 0,
			};
		});
}

/** "UAE North, 14 ms (another geography)" */
export function neighbourText(n: LatencyNeighbour): string {
	const ms = n.ms === undefined ? 'latency not published' : `${n.ms} ms`;
	const notes = [
		...(n.restricted ? ['access on request'] : []),
		...(n.leavesGeography ? ['another geography'] : []),
	];
	return `${n.displayName}, ${ms}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}
