/**
 * The region a plan assumes for targetRegion `any`, chosen among the regions the reader allows
 * (see residency.ts) by Microsoft's published round-trip latency (latencyTable.ts):
 *
 * 1. Open regions before restricted ones: a restricted region needs an access request, not
 *    something to discover on the day.
 * 2. The lowest round-trip latency from the source; regions the latency page does not list
 *    come after those it does.
 * 3. Where the latency is the same or not listed: the same geography (Microsoft's
 *    data-residency boundary), then the same continent, then the rest.
 * 4. Then regions with availability zones, then the documented pair, then the programmatic
 *    name (only so that the order is total).
 */
import type { Region } from './region.ts';
import { latencyMs } from './latencyTable.ts';
import { regionByName } from './lookup.ts';
import { regions } from './regionTable.ts';
import { allowedTargets, type ResidencyRule } from './residency.ts';

export type NearestReason = 'same-geography' | 'same-continent' | 'elsewhere';

export interface NearestRegion {
	region: Region;
	reason: NearestReason;
	/** Round-trip milliseconds from the source, when the latency page lists the pair. */
	latencyMs: number | undefined;
}

function proximity(source: Region, candidate: Region): NearestReason {
	if (candidate.geography === source.geography) return 'same-geography';
	if (candidate.continent === source.continent) return 'same-continent';
	return 'elsewhere';
}

const PROXIMITY_RANK: Record<NearestReason, number> = {
	'same-geography': 0,
	'same-continent': 1,
	elsewhere: 2,
};

const UNLISTED_MS = 1e6;

function rank(source: Region, c: NearestRegion): number[] {
	return [
		c.region.restricted ? 1 : 0,
		// Unlisted after every listed figure (a finite stand-in: Infinity - Infinity is NaN).
		c.latencyMs ?? UNLISTED_MS,
		PROXIMITY_RANK[c.reason],
		c.region.zones === true ? 0 : 1,
		c.region.name === source.pair ? 0 : 1,
	];
}

function compare(source: Region) {
	return (a: NearestRegion, b: NearestRegion): number => {
		const ra = rank(source, a);
		const rb = rank(source, b);
		for (let i = 0; i < ra.length; i++) {
			const d = (ra[i] ?? 0) - (rb[i] ?? 0);
			if (d !== 0) return d;
		}
		return a.region.name.localeCompare(b.region.name);
	};
}

/**
 * Candidate target regions in the rule's order, among those the residency rule allows; the
 * first is the one a plan assumes. Empty for an unknown source or when nothing is allowed.
 */
export function targetCandidates(sourceName: string, rule?: ResidencyRule): NearestRegion[] {
	const source = regionByName(sourceName);
	if (source === undefined) return [];
	return allowedTargets(source, regions, rule)
		.map((region) => ({
			region,
			reason: proximity(source, region),
			latencyMs: latencyMs(source.name, region.name),
		}))
		.sort(compare(source));
}

/** The region the rule picks for targetRegion `any`, or undefined for an unknown source. */
export function nearestRegion(sourceName: string, rule?: ResidencyRule): NearestRegion | undefined {
	return targetCandidates(sourceName, rule)[0];
}

const REASON_TEXT: Record<NearestReason, string> = {
	'same-geography': 'in the same geography',
	'same-continent': 'on the same continent, in another geography',
	elsewhere: 'on another continent',
};

function describe(c: NearestRegion): string {
	const ms = c.latencyMs === undefined ? 'latency not published' : `${c.latencyMs} ms`;
	return `${c.region.name} (${ms}${c.region.restricted ? ', restricted' : ''})`;
}

/**
 * Why the rule picked its first candidate, naming the runner-up and any closer region it passed
 * over because access to it is restricted. Empty for an unknown source.
 */
export function nearestWhy(sourceName: string, rule?: ResidencyRule): string {
	const [first, second, ...rest] = targetCandidates(sourceName, rule);
	if (first === undefined) return '';
	const measure =
		first.latencyMs === undefined
			? `The latency page lists no round trip from ${sourceName} to it, so it was chosen ${REASON_TEXT[first.reason]}, with availability zones and the pair before others.`
			: first.region.restricted
				? `It has the lowest published round-trip latency from ${sourceName} (${first.latencyMs} ms median) among the allowed regions, where access is by request only: have both subscriptions allowed before relying on it; it is ${REASON_TEXT[first.reason]}.`
				: `It has the lowest published round-trip latency from ${sourceName} (${first.latencyMs} ms median) among the allowed regions open to every subscription; it is ${REASON_TEXT[first.reason]}.`;
	const runnerUp =
		second === undefined ? ' No other region is allowed.' : ` Runner-up: ${describe(second)}.`;
	const passed = [second, ...rest]
		.filter(
			(c): c is NearestRegion =>
				c !== undefined &&
				c.region.restricted &&
				c.latencyMs !== undefined &&
				first.latencyMs !== undefined &&
				c.latencyMs < first.latencyMs,
		)
		.map(describe);
	const restricted =
		passed.length === 0
			? ''
			: ` Closer but restricted (access by request only): ${passed.join(', ')}.`;
	return `${measure}${runnerUp}${restricted}`;
}
