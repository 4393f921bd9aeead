/**
 * The dependency graph between tiers (`dependsOn`): what is wrong with it, and the groups the
 * tiers start in. engine/dependencyOrder.ts schedules the tiers' recovery on it.
 */
export interface DependentTier {
	name: string;
	dependsOn?: readonly string[] | undefined;
}

export interface DependencyIssue {
	/** Index of the tier whose dependsOn is wrong. */
	tier: number;
	/** Index into that tier's dependsOn, when one entry is at fault. */
	entry?: number;
	message: string;
}

/**
 * What is wrong with the graph: an unknown name, a tier that depends on itself, a name listed
 * twice, a cycle (named in full, once, on the first tier of the cycle in input order).
 */
export function dependencyIssues(tiers: readonly DependentTier[]): DependencyIssue[] {
	const issues: DependencyIssue[] = [];
	const index = new Map(tiers.map((t, i) => [t.name, i]));
	tiers.forEach((tier, i) => {
		const seen = new Set<string>();
		(tier.dependsOn ?? []).forEach((dep, entry) => {
			if (dep === tier.name) {
				issues.push({ tier: i, entry, message: 'must not name the tier itself' });
			} else if (!index.has(dep)) {
				const known = tiers
					.map((t) => t.name)
					.filter((n) => n !== tier.name)
					.map((n) => `"${n}"`);
				issues.push({
					tier: i,
					entry,
					message: `names "${dep}", which is not a tier; use ${known.length > 0 ? `one of ${known.join(', ')}` : 'no names: this is the only tier'}`,
				});
			} else if (seen.has(dep)) {
				issues.push({ tier: i, entry, message: `lists "${dep}" twice` });
			}
			seen.add(dep);
		});
	});
	if (issues.length > 0) return issues;
	const cycle = findCycle(tiers, index);
	if (cycle !== undefined) {
		const first = Math.min(...cycle.map((name) => index.get(name) ?? 0));
		const start = tiers[first]?.name ?? '';
		const rotated = rotateTo(cycle, start);
		issues.push({
			tier: first,
			message: `forms a cycle: ${[...rotated, start].map((n) => `"${n}"`).join(' needs ')}; every tier must be able to start once the ones it needs are up`,
		});
	}
	return issues;
}

function rotateTo(cycle: readonly string[], start: string): string[] {
	const at = cycle.indexOf(start);
	return [...cycle.slice(at), ...cycle.slice(0, at)];
}

/** A cycle as the list of names along it, or undefined. Depth-first, in input order. */
function findCycle(
	tiers: readonly DependentTier[],
	index: ReadonlyMap<string, number>,
): string[] | undefined {
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (name: string): string[] | undefined => {
		const s = state.get(name);
		if (s === 'done') return undefined;
		if (s === 'open') return stack.slice(stack.indexOf(name));
		state.set(name, 'open');
		stack.push(name);
		const tier = tiers[index.get(name) ?? -1];
		for (const dep of tier?.dependsOn ?? []) {
			const found = visit(dep);
			if (found !== undefined) return found;
		}
		stack.pop();
		state.set(name, 'done');
		return undefined;
	};
	for (const t of tiers) {
		const found = visit(t.name);
		if (found !== undefined) return found;
	}
	return undefined;
}

/**
 * Start groups: the tiers that need nothing first, then those whose dependencies are all in
 * earlier groups, and so on (a Site Recovery recovery plan's groups, in order). Input order
 * within a group. Assumes a valid graph (see dependencyIssues).
 */
export function startGroups(tiers: readonly DependentTier[]): string[][] {
	const level = new Map<string, number>();
	const byName = new Map(tiers.map((t) => [t.name, t]));
	const levelOf = (name: string, depth = 0): number => {
		const known = level.get(name);
		if (known !== undefined) return known;
		if (depth > tiers.length) throw new Error('dependency cycle; check dependencyIssues first');
		const deps = byName.get(name)?.dependsOn ?? [];
		const l = deps.length === 0 ? 0 : 1 + Math.max(...deps.map((d) => levelOf(d, depth + 1)));
		level.set(name, l);
		return l;
	};
	const groups: string[][] = [];
	for (const t of tiers) {
		const l = levelOf(t.name);
		(groups[l] ??= []).push(t.name);
	}
	return groups.filter((g) => g !== undefined);
}
