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
export { nearestRegion, targetCandidates } from './nearestRegion.ts';
export type { NearestRegion, NearestReason } from './nearestRegion.ts';
export { transferKind, TRANSFER_FACT } from './transfer.ts';
export type { TransferKind } from './transfer.ts';
export { planRegions, planRegionsText } from './planRegions.ts';
export type { PlanRegions, TargetHow } from './planRegions.ts';
