/** The region table and what the model asks of it. */
export * from './region.ts';
export {
	regions,
	REGION_SOURCES,
	REGION_TABLE_AS_OF,
	REGION_TABLE_CHECKED,
} from './regionTable.ts';
export {
	regionByName,
	normalizeRegionName,
	editDistance,
	nearestNames,
	pairOf,
	hasZones,
} from './lookup.ts';
export { nearestRegion, nearestWhy, targetCandidates } from './nearestRegion.ts';
export {
	latencyMs,
	latencyRegions,
	LATENCY_AS_OF,
	LATENCY_CHECKED,
	LATENCY_NOTE,
	LATENCY_SOURCE,
	LATENCY_STATISTIC,
} from './latencyTable.ts';
export { RESIDENCIES, allowsTarget, allowedTargets, residencyText } from './residency.ts';
export type { Residency, ResidencyRule } from './residency.ts';
export type { NearestRegion, NearestReason } from './nearestRegion.ts';
export { transferKind, TRANSFER_FACT } from './transfer.ts';
export type { TransferKind } from './transfer.ts';
export { planRegions, planRegionsText } from './planRegions.ts';
export type { PlanRegions, TargetHow } from './planRegions.ts';
