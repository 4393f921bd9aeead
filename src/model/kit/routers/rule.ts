/**
 * What one traffic router means for a plan: the step that moves users (its time), its cost
 * lines, what a failed-over day adds, and the TTL trap. Its Terraform half (resources and the
 * alert automation listens to) is terraformRule.ts, apart so that calculators do not load the
 * HCL writer; both tables are keyed by the same router (routers/index.ts, terraform.ts).
 */
import type { Routing, Workload } from '../../schema/workload.ts';
import type { CostLine, Meter, Range } from '../types.ts';

export interface RoutingArithmetic {
	/**
	 * Seconds until the router stops sending users to the failed endpoint; undefined when
	 * nothing probes it and someone (or a script) makes the switch.
	 */
	detectionSeconds: number | undefined;
	/** The settings it was computed for, in words. */
	settings: string;
	/** Seconds clients may keep a cached answer after that (0 for Front Door). */
	cacheSeconds: number;
	range: Range;
	formula: string;
	factIds: string[];
}

export interface RouterRule {
	/** The switch step's label in the RTO and the runbook. */
	stepLabel: string;
	arithmetic: (routing: Routing) => RoutingArithmetic;
	costLines: (workload: Workload) => CostLine[];
	/** After a failover users reach the secondary over the internet: its egress is billed there. */
	internetEgressWhenFailedOver: boolean;
	/**
	 * Clients cache a DNS answer for the TTL: the trap that says so above 60 s (its text and
	 * facts), and the TTL's sensitivity; undefined when no client cache delays the switch.
	 */
	ttlTrap: ((ttlSeconds: number) => { text: string; factIds: string[] }) | undefined;
}

/** The endpoints (or origins, or records) routed between: one in each region. */
export const ROUTED_ENDPOINTS = 2;

export const GLOBAL = 'Global';

export function routingLine(
	label: string,
	formula: string,
	factIds: string[],
	meter: Meter,
): CostLine {
	return {
		kind: 'routing',
		label,
		monthlyUsd: meter.quantity * meter.unitPriceUsd,
		formula,
		factIds,
		meter,
	};
}
