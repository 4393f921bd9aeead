/**
 * Dependency order between tiers: which tier must be up before another serves. A declared
 * dependency holds back a tier's serving, not its preparation (dependencyWait.ts): a tier's
 * preparing steps run from the declaration, its serving steps start once its preparation is
 * done and the last of its dependencies is up. The time to bring the whole workload back is the
 * longest path through the graph, not the slowest tier on its own.
 */
import { addRanges, maxRanges } from '../kit/range.ts';
import type { Range } from '../kit/types.ts';
import type { TierTiming } from './dependencyWait.ts';

export { dependencyIssues, startGroups } from '../schema/dependencyGraph.ts';
export type { DependencyIssue, DependentTier } from '../schema/dependencyGraph.ts';
import type { DependentTier } from '../schema/dependencyGraph.ts';

export interface TierSchedule {
	tier: string;
	/**
	 * Minutes after the recovery phase begins that the tier's own steps start: at once when it
	 * has steps to prepare ahead, else when its dependencies are up.
	 */
	start: Range;
	/** Minutes after the recovery phase begins that its serving steps start: prepared, dependencies up. */
	serveFrom: Range;
	/** Minutes after the recovery phase begins that the tier is up. */
	finish: Range;
	/** The dependency that is up last (typical), if any. */
	waitsFor?: string;
	/** That dependency, not the tier's own preparation, decides when it serves (typical). */
	heldBack: boolean;
}

export interface Schedule {
	tiers: TierSchedule[];
	/** The recovery phase: when the last tier is up, each bound on its own longest path. */
	total: Range;
	/** The longest path at the typical bound, first tier first. */
	criticalPath: string[];
}

/**
 * When each tier starts, serves and finishes, given how long each tier's preparing and serving
 * steps take. Each bound (low, typical, high) is computed on its own: a tier serves when its
 * preparation is done and the slowest of its dependencies is up at that bound. Without
 * dependencies every tier runs its steps from 0, in parallel, one after another.
 */
export function schedule(
	tiers: readonly DependentTier[],
	timing: (tier: string) => TierTiming,
): Schedule {
	const byName = new Map(tiers.map((t) => [t.name, t]));
	const memo = new Map<string, TierSchedule>();
	const at = (name: string, depth = 0): TierSchedule => {
		const known = memo.get(name);
		if (known !== undefined) return known;
		if (depth > tiers.length) throw new Error('dependency cycle; check dependencyIssues first');
		const deps = (byName.get(name)?.dependsOn ?? []).map((d) => at(d, depth + 1));
		const depsUp = maxRanges(deps.map((d) => d.finish));
		const own = timing(name);
		const serveFrom = maxRanges([depsUp, own.prepare]);
		const slowest = [...deps].sort(
			(a, b) => b.finish.typical - a.finish.typical || a.tier.localeCompare(b.tier),
		)[0];
		const prepares = own.prepare.high > 0;
		const entry: TierSchedule = {
			tier: name,
			start: prepares ? { low: 0, typical: 0, high: 0 } : depsUp,
			serveFrom,
			finish: addRanges(serveFrom, own.serve),
			...(slowest !== undefined ? { waitsFor: slowest.tier } : {}),
			heldBack: slowest !== undefined && depsUp.typical >= own.prepare.typical,
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
		e = e.waitsFor === undefined || !e.heldBack ? undefined : memo.get(e.waitsFor)
	)
		criticalPath.unshift(e.tier);
	return { tiers: entries, total, criticalPath };
}
