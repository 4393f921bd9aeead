/**
 * The regions a plan assumes: the source the reader named, and the target it resolves to (the
 * one given, the documented pair for `pair`, or the nearest region by the model's rule for
 * `any`). Without a named source there is nothing to resolve, and plans read sourceHasPair.
 */
import { pairOf, regionByName } from './lookup.ts';
import { nearestRegion } from './nearestRegion.ts';
import type { Region } from './region.ts';
import { transferKind, type TransferKind } from './transfer.ts';

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
}

/** The plan's regions, or undefined when no source region is named (or a name is unknown). */
export function planRegions(workload: {
	sourceRegion?: string | undefined;
	targetRegion: string;
}): PlanRegions | undefined {
	if (workload.sourceRegion === undefined) return undefined;
	// Estimators ask once per tier and option; the answer depends only on the two names.
	const key = `${workload.sourceRegion}\n${workload.targetRegion}`;
	if (!cache.has(key)) cache.set(key, resolve(workload.sourceRegion, workload.targetRegion));
	return cache.get(key);
}

const cache = new Map<string, PlanRegions | undefined>();

function resolve(sourceName: string, targetName: string): PlanRegions | undefined {
	const source = regionByName(sourceName);
	if (source === undefined) return undefined;
	const pair = pairOf(source.name);
	let target: Region | undefined;
	let how: TargetHow;
	if (targetName === 'pair') {
		target = pair;
		how = 'pair';
	} else if (targetName === 'any') {
		target = nearestRegion(source.name)?.region;
		how = 'nearest';
	} else {
		target = regionByName(targetName);
		how = 'given';
	}
	if (target === undefined) return undefined;
	const transfer = transferKind(source.name, target.name);
	if (transfer === undefined) return undefined;
	return { source, target, how, transfer, pair };
}

const HOW_TEXT: Record<TargetHow, string> = {
	given: 'the region you named',
	pair: 'its documented pair',
	nearest: 'the nearest region by the model’s rule (same geography first)',
};

/** "From westeurope (West Europe) to northeurope (North Europe), its documented pair." */
export function planRegionsText(regions: PlanRegions): string {
	return `From ${regions.source.name} (${regions.source.displayName}) to ${regions.target.name} (${regions.target.displayName}), ${HOW_TEXT[regions.how]}.`;
}
