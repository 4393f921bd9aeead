/**
 * Where a workload's copies may go: `residency` limits the target to the source's geography
 * (Microsoft's data-residency boundary) or continent, and `allowedTargetRegions` to a list the
 * reader names. Both apply to the target the model picks (`any`) and to a target the reader
 * names; the pair is held to them too.
 */
import type { Region } from './region.ts';

export const RESIDENCIES = ['any', 'continent', 'geography'] as const;
export type Residency = (typeof RESIDENCIES)[number];

export interface ResidencyRule {
	residency?: Residency | undefined;
	/** Programmatic region names; undefined or empty allows every region. */
	allowedTargetRegions?: readonly string[] | undefined;
}

/** Whether the rule allows this target for this source (never the source itself). */
export function allowsTarget(source: Region, target: Region, rule: ResidencyRule = {}): boolean {
	if (target.name === source.name) return false;
	const residency = rule.residency ?? 'any';
	if (residency === 'geography' && target.geography !== source.geography) return false;
	if (residency === 'continent' && target.continent !== source.continent) return false;
	const allowed = rule.allowedTargetRegions;
	if (allowed !== undefined && allowed.length > 0 && !allowed.includes(target.name)) return false;
	return true;
}

/** The regions the rule allows as targets for this source, in the table's order. */
export function allowedTargets(
	source: Region,
	all: readonly Region[],
	rule: ResidencyRule = {},
): Region[] {
	return all.filter((r) => allowsTarget(source, r, rule));
}

/** What the rule asks, in words: "the source's geography (Europe) and the regions you allow". */
export function residencyText(source: Region, rule: ResidencyRule = {}): string {
	const residency = rule.residency ?? 'any';
	const parts = [
		...(residency === 'geography' ? [`the source's geography (${source.geography})`] : []),
		...(residency === 'continent' ? [`the source's continent (${source.continent})`] : []),
		...(rule.allowedTargetRegions !== undefined && rule.allowedTargetRegions.length > 0
			? [`allowedTargetRegions (${rule.allowedTargetRegions.join(', ')})`]
			: []),
	];
	return parts.length === 0 ? 'any region' : parts.join(' and ');
}
