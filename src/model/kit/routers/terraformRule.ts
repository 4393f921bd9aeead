/**
 * The Terraform half of a router's rule: the resources that stand it up, and the metric alert
 * automated failover fires on. Loaded only with the Terraform writers.
 */
import type { HclItem } from '../hcl.ts';
import type { TerraformBuilder } from '../terraformBuilder.ts';

/** The metric alert that tells automation the primary is down, on the router's own probes. */
export interface HealthAlert {
	/** The monitored resource's address, e.g. `azurerm_traffic_manager_profile.dr.id`. */
	scope: string;
	criteria: HclItem[];
	/** The alert's comment: when it fires. */
	fires: string;
}

export interface RouterTerraform {
	/** The alert automation fires on; undefined when the router probes nothing. */
	healthAlert: HealthAlert | undefined;
	/** Writes the router's resources; `activeActive` when a tier serves from both regions. */
	write: (b: TerraformBuilder, activeActive: boolean) => void;
}

/** The public host name of each region's entry point, as a Terraform variable. */
export function endpointHost(b: TerraformBuilder, side: 'primary' | 'secondary') {
	return b.variable(`${side}_endpoint_host`, {
		type: 'string',
		description: `Public host name of the application's entry point in the ${side} region.`,
	});
}

export function healthProbePath(b: TerraformBuilder) {
	return b.variable('health_probe_path', {
		type: 'string',
		description:
			'Path the health probe requests over HTTPS on each region’s endpoint (for example /health).',
	});
}
