/** The shapes estimators return: breakdowns, never bare numbers. */

export type { Range } from '../facts/fact.ts';
import type { Range } from '../facts/fact.ts';

export type StepKind =
	'detect' | 'declare' | 'provision' | 'restore' | 'boot' | 'traffic' | 'validate';

export interface RtoStep {
	/**
	 * Stable name of the step within its timeline, for drill records (a workload's `measured`
	 * block, the runbook's measurement table): `detect`, `declare`, `<tier>/provision`,
	 * `<tier>/boot`, `traffic`, `validate`…; a second step of one kind in a tier gets `-2`.
	 */
	key: string;
	kind: StepKind;
	label: string;
	minutes: Range;
	/** How the figure was computed, in words and numbers. */
	formula: string;
	factIds: string[];
	/** The tier this step belongs to; absent for the steps every tier shares. */
	tier?: string;
}

/** The base key of a step: its kind, after its tier's name when it belongs to one tier. */
export function stepKey(kind: StepKind, tier?: string): string {
	return tier === undefined ? kind : `${tier}/${kind}`;
}

/** Steps with unique keys, in order: repeats of a base key get `-2`, `-3`… */
export function withUniqueKeys(steps: readonly RtoStep[]): RtoStep[] {
	const seen = new Map<string, number>();
	return steps.map((s) => {
		const base = stepKey(s.kind, s.tier);
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return { ...s, key: n === 1 ? base : `${base}-${n}` };
	});
}

export interface RtoEstimate {
	steps: RtoStep[];
	total: Range;
	/** Index into steps of the step with the largest typical time. */
	dominant: number;
	assumptions: string[];
}

export interface RpoEstimate {
	minutes: Range;
	/** What sets the RPO, in words. */
	driver: string;
	formula: string;
	factIds: string[];
	/** False when no SLA bounds it. */
	bounded: boolean;
}

export type CostKind = 'compute' | 'storage' | 'licence' | 'transfer' | 'drills' | 'routing';

export const COST_LABELS: Record<CostKind, string> = {
	compute: 'Compute in the secondary',
	storage: 'Storage',
	licence: 'Replication or backup licence',
	transfer: 'Inter-region transfer',
	drills: 'Drills',
	routing: 'Traffic routing',
};

/**
 * What a cost line is billed on, as the Azure pricing calculator names it, so a reader can
 * enter it there: the service, the SKU or tier, how many units a month at what unit price, and
 * the region. `quantity × unitPriceUsd` is the line's monthly cost.
 */
export interface Meter {
	service: string;
	sku: string;
	quantity: number;
	/** What one unit is: `GiB a month`, `GB`, `hour`, `protected instance a month`… */
	unit: string;
	unitPriceUsd: number;
	/** Where it is billed: a region name, `westeurope to eastus` for transfer, or words. */
	region: string;
	/**
	 * The region the unit price is for, when it is not `region`: the model's prices are East US
	 * list prices until a snapshot reads the region's own, and the calculator shows `region`'s.
	 */
	priceRegion?: string;
}

export interface CostLine {
	kind: CostKind;
	label: string;
	monthlyUsd: number;
	formula: string;
	factIds: string[];
	meter: Meter;
	tier?: string;
}

export interface CostEstimate {
	lines: CostLine[];
	monthlyUsd: number;
	/** Extra cost of one day running failed over, at full size in the secondary. */
	failedOverDayUsd: number;
	failedOverDayFormula: string;
}

export type RejectionKind =
	| 'retired'
	| 'not-applicable'
	| 'prerequisite'
	| 'region'
	| 'not-supported'
	| 'consistency'
	| 'limit'
	| 'preview'
	| 'rto'
	| 'rpo'
	| 'budget';

export interface Rejection {
	kind: RejectionKind;
	/** Which target or constraint, and by how much. */
	reason: string;
	/** For target misses: how far over, in minutes. */
	byMinutes?: number;
	/** For budget misses: how far over the budget the plan would go, in US$ a month. */
	byUsd?: number;
	/** The facts a rule rests on (support rules name theirs). */
	factIds?: string[];
}

/**
 * A second layer of protection an option carries (engine/protectionLayer.ts builds it, the
 * Terraform writers deploy it); Id is the pattern that provides it.
 */
export interface ProtectionLayerOf<Id extends string = string> {
	patternId: Id;
	purpose: 'corruption';
	/** What the layer is, for a reader. */
	name: string;
	/** What it covers and what it does not. */
	note: string;
	lines: CostLine[];
	factIds: string[];
}
