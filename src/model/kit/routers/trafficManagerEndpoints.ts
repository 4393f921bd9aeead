/**
 * What a Traffic Manager plan routes to and how its probes run, decided once: the cost lines
 * (trafficManager.ts) and the Terraform (trafficManagerTerraform.ts) both read these, so the
 * endpoint type priced is the type written, and the fast-interval add-on is billed exactly when
 * the profile probes every 10 s.
 */
import { ROUTED_ENDPOINTS } from './rule.ts';

export interface TrafficManagerEndpoints {
	/** How many endpoints, one per region. */
	count: number;
	/** Traffic Manager's endpoint type, as its pricing names it. */
	type: 'Azure endpoint';
	/** The azurerm resource that writes one. */
	resource: 'azurerm_traffic_manager_azure_endpoint';
	/** The price facts of its health checks and of the fast-interval add-on. */
	checkFact: string;
	fastFact: string;
	/** Why this type, in words, with the fact that says so. */
	why: string;
	factIds: string[];
}

/**
 * Each region's entry point is a public IP address in Azure (on its VM or its public load
 * balancer): an Azure endpoint, whose target is the address's resource ID. External endpoints
 * are for addresses, host names and services outside Azure; nothing the plan fails over to is
 * outside Azure, so every plan writes and prices Azure endpoints.
 */
export const TM_ENDPOINTS: TrafficManagerEndpoints = {
	count: ROUTED_ENDPOINTS,
	type: 'Azure endpoint',
	resource: 'azurerm_traffic_manager_azure_endpoint',
	checkFact: 'traffic.tm-health-check-price',
	fastFact: 'traffic.tm-fast-check-price',
	why: "each region's public IP",
	factIds: ['tm.azure-endpoint-target'],
};

/** Traffic Manager probes every 10 s (fast, billed as an add-on) or 30 s, nothing between. */
export type TrafficManagerInterval = 10 | 30;

/** The interval the profile is written with for the plan's probe interval: the nearer one. */
export function trafficManagerInterval(probeIntervalSeconds: number): TrafficManagerInterval {
	return probeIntervalSeconds <= 20 ? 10 : 30;
}
