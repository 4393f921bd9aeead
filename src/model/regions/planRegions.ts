/**
 * The regions a plan assumes: the source the reader named, and the target it resolves to (the
 * one given, the documented pair for `pair`, or the nearest allowed region by the model's rule
 * for `any`). Without a named source there is nothing to resolve, and plans read sourceHasPair.
 */
import { pairOf, regionByName } from './lookup.ts';
import { nearestRegion, nearestWhy } from './nearestRegion.ts';
import type { Region } from './region.ts';
import { residencyText, type ResidencyRule } from './residency.ts';
import { transferKind, type TransferKind } from './transfer.ts';
import { latencyMs } from './latencyTable.ts';

export type TargetHow = 'given' | 'pair' | 'nearest';

export interface PlanRegions {
	source: Region;
	target: Region;
	/** How the target was chosen: named by the reader, the pair, or the nearest region. */
	how: TargetHow;
	/** Which transfer price applies between the two. */
	transfer: TransferKind;
	/** The source's documented pair, if it has one. */
	pair: Region | undefined;
	/** Whether the target is in the source's geography (Microsoft's data-residency boundary). */
	sameGeography: boolean;
	/** Published median round trip from source to target, when the latency page lists it. */
	latencyMs: number | undefined;
	/** For `any`: why the rule picked the target, naming the runner-up. */
	why?: string;
	/** What the residency rule allowed, in words. */
	allowed: string;
}

interface RegionAnswers extends ResidencyRule {
	sourceRegion?: string | undefined;
	targetRegion: string;
}

/** The plan's regions, or undefined when no source region is named (or a name is unknown). */
export function planRegions(workload: RegionAnswers): PlanRegions | undefined {
	if (workload.sourceRegion === undefined) return undefined;
	// Estimators ask once per tier and option; the answer depends only on these answers.
	const key = [
		workload.sourceRegion,
		workload.targetRegion,
		workload.residency ?? 'any',
		...(workload.allowedTargetRegions ?? []),
	].join('\n');
	if (!cache.has(key))
		cache.set(key, resolve(workload.sourceRegion, workload.targetRegion, workload));
	return cache.get(key);
}

const cache = new Map<string, PlanRegions | undefined>();

function resolve(
	sourceName: string,
	targetName: string,
	rule: ResidencyRule,
): PlanRegions | undefined {
	const source = regionByName(sourceName);
	if (source === undefined) return undefined;
	const pair = pairOf(source.name);
	let target: Region | undefined;
	let how: TargetHow;
	let why: string | undefined;
	if (targetName === 'pair') {
		target = pair;
		how = 'pair';
	} else if (targetName === 'any') {
		target = nearestRegion(source.name, rule)?.region;
		why = nearestWhy(source.name, rule);
		how = 'nearest';
	} else {
		target = regionByName(targetName);
		how = 'given';
	}
	if (target === undefined) return undefined;
	const transfer = transferKind(source.name, target.name);
	if (transfer === undefined) return undefined;
	return {
		source,
		target,
		how,
		transfer,
		pair,
		sameGeography: target.geography === source.geography,
		latencyMs: latencyMs(source.name, target.name),
		...(why === undefined ? {} : { why }),
		allowed: residencyText(source, rule),
	};
}

const HOW_TEXT: Record<TargetHow, string> = {
	given: 'the region you named',
	pair: 'its documented pair',
	nearest: 'the allowed region with the lowest published latency',
};

/**
 * "From westeurope (West Europe) to northeurope (North Europe), its documented pair; it stays
 * in the Europe geography." For `any`, followed by why the rule picked it.
 */
export function planRegionsText(regions: PlanRegions): string {
	const residency = regions.sameGeography
		? `it stays in the ${regions.source.geography} geography`
		: `it leaves the ${regions.source.geography} geography for ${regions.target.geography}`;
	const latency =
		regions.latencyMs === undefined ? '' : ` (${regions.latencyMs} ms round trip, median)`;
	const restricted = regions.target.restricted ? ' (access restricted: by request)' : '';
	return `From ${regions.source.name} (${regions.source.displayName}) to ${regions.target.name} (${regions.target.displayName})${latency}, ${HOW_TEXT[regions.how]}${restricted}; ${residency}.${regions.why === undefined ? '' : ` ${regions.why}`}`;
}
