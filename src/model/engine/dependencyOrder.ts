/**
 * Dependency order between tiers: which tier must be running before another starts. A tier
 * starts when the last of its dependencies is up, so the time to bring the whole workload
 * back is the longest path through the graph, not the slowest tier on its own.
 */
import { addRanges, maxRanges } from '../kit/range.ts';
import type { Range } from '../kit/types.ts';

export { dependencyIssues, startGroups } from '../schema/dependencyGraph.ts';
export type { DependencyIssue, DependentTier } from '../schema/dependencyGraph.ts';
import type { DependentTier } from '../schema/dependencyGraph.ts';

export interface TierSchedule {
	tier: string;
	/** Minutes after the recovery phase begins that the tier starts: its dependencies are up. */
	start: Range;
	/** Minutes after the recovery phase begins that the tier is up. */
	finish: Range;
	/** The dependency that holds the tier back longest (typical), if any. */
	waitsFor?: string;
}

export interface Schedule {
	tiers: TierSchedule[];
	/** The recovery phase: when the last tier is up, each bound on its own longest path. */
	total: Range;
	/** The longest path at the typical bound, first tier first. */
	criticalPath: string[];
}

/**
 * When each tier starts and finishes, given how long each tier's own recovery takes. Each
 * bound (low, typical, high) is computed on its own: a tier starts when the slowest of its
 * dependencies is up at that bound. Without dependencies every tier starts at 0, in parallel.
 */
export function schedule(
	tiers: readonly DependentTier[],
	duration: (tier: string) => Range,
): Schedule {
	const byName = new Map(tiers.map((t) => [t.name, t]));
	const memo = new Map<string, TierSchedule>();
	const at = (name: string, depth = 0): TierSchedule => {
		const known = memo.get(name);
		if (known !== undefined) return known;
		if (depth > tiers.length) throw new Error('dependency cycle; check dependencyIssues first');
		const deps = (byName.get(name)?.dependsOn ?? []).map((d) => at(d, depth + 1));
		const start = maxRanges(deps.map((d) => d.finish));
		const own = duration(name);
		const slowest = [...deps].sort(
			(a, b) => b.finish.typical - a.finish.typical || a.tier.localeCompare(b.tier),
		)[0];
		const entry: TierSchedule = {
			tier: name,
			start,
			finish: addRanges(start, own),
			...(slowest !== undefined ? { waitsFor: slowest.tier } : {}),
		};
		memo.set(name, entry);
		return entry;
	};
	const entries = tiers.map((t) => at(t.name));
	const total = maxRanges(entries.map((e) => e.finish));
	const last = [...entries].sort(
		(a, b) => b.finish.typical - a.finish.typical || a.tier.localeCompare(b.tier),
	)[0];
	const criticalPath: string[] = [];
	for (
		let e = last;
		e !== undefined;
		e = e.waitsFor === undefined ? undefined : memo.get(e.waitsFor)
	)
		criticalPath.unshift(e.tier);
	return { tiers: entries, total, criticalPath };
}
