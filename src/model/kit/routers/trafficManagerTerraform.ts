/** The Terraform half of the trafficManager rule: its resources and the alert automation listens to. */
import { attr, block, expr } from '../hcl.ts';
import type { TerraformBuilder } from '../terraformBuilder.ts';
import { TM_ENDPOINTS, trafficManagerInterval } from './trafficManagerEndpoints.ts';
import { healthProbePath, type RouterTerraform } from './terraformRule.ts';

/**
 * The public IP address of each region's entry point (its VM's or its public load balancer's),
 * linked by ID: the workload's network deploys it, this Terraform routes to it.
 */
function publicIpId(b: TerraformBuilder, side: 'primary' | 'secondary') {
	const name = `${side}_public_ip_id`;
	return b.variable(name, {
		type: 'string',
		description: `Resource ID of the public IP address of the application's entry point in the ${side} region (on its VM or its public load balancer). It must have a DNS name label: Traffic Manager answers with that name.`,
		validation: {
			condition: `can(regex("(?i)^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft.Network/publicIPAddresses/[^/]+$", var.${name}))`,
			message: `${name} must be a public IP address resource ID: /subscriptions/<id>/resourceGroups/<name>/providers/Microsoft.Network/publicIPAddresses/<name>.`,
		},
	});
}

function terraform(b: TerraformBuilder, activeActive: boolean): void {
	const r = b.workload.routing;
	const rg = b.routingResourceGroup;
	const path = healthProbePath(b);
	// Traffic Manager accepts a probe interval of 10 or 30 seconds only; the cost reads the same.
	const interval = trafficManagerInterval(r.probeIntervalSeconds);
	const timeout = interval === 10 ? 9 : 10;
	b.comment(
		activeActive
			? 'Routing: Traffic Manager (weighted routing) answers DNS with both regions, and with the healthy one alone when the other fails its probes.'
			: 'Routing: Traffic Manager (priority routing) answers DNS with the secondary when the primary fails its probes.',
	);
	const profile = b.resource(
		'azurerm_traffic_manager_profile',
		'dr',
		[
			attr('name', expr(`"\${${b.prefix.text}}-tm"`)),
			attr('resource_group_name', rg),
			attr('traffic_routing_method', activeActive ? 'Weighted' : 'Priority'),
			block(
				'dns_config',
				[],
				[attr('relative_name', expr(`"\${${b.prefix.text}}-app"`)), attr('ttl', r.ttlSeconds)],
			),
			block(
				'monitor_config',
				[],
				[
					attr('protocol', 'HTTPS'),
					attr('port', 443),
					attr('path', path),
					attr('interval_in_seconds', interval),
					attr('timeout_in_seconds', timeout),
					attr('tolerated_number_of_failures', r.toleratedFailures),
				],
			),
		],
		[
			`TTL ${r.ttlSeconds} s, probe every ${interval} s, ${r.toleratedFailures} tolerated failure(s): the plan's routing settings.`,
			...(interval !== r.probeIntervalSeconds
				? [
						`The plan says ${r.probeIntervalSeconds} s, but Traffic Manager accepts 10 or 30 s only: ${interval} s is the nearest.`,
					]
				: []),
			`Probe timeout ${timeout} s, the longest Traffic Manager allows at that interval.`,
		],
	);
	(['primary', 'secondary'] as const).forEach((side, i) =>
		b.resource(
			TM_ENDPOINTS.resource,
			side,
			[
				attr('name', side),
				attr('profile_id', expr(`${profile}.id`)),
				attr('target_resource_id', publicIpId(b, side)),
				activeActive ? attr('weight', 1) : attr('priority', i + 1),
			],
			[
				activeActive
					? `The ${side} region's entry point, equal weight: active/active, both serve.`
					: `The ${side} region's entry point, priority ${i + 1}.`,
				`An Azure endpoint (fact tm.azure-endpoint-target), the type the plan's health-check line prices.`,
			],
		),
	);
}

export const TRAFFIC_MANAGER_TERRAFORM: RouterTerraform = {
	healthAlert: {
		scope: 'azurerm_traffic_manager_profile.dr.id',
		criteria: [
			attr('metric_namespace', 'Microsoft.Network/trafficManagerProfiles'),
			attr('metric_name', 'ProbeAgentCurrentEndpointStateByProfileResourceId'),
			attr('aggregation', 'Maximum'),
			attr('operator', 'LessThan'),
			attr('threshold', 1),
			block(
				'dimension',
				[],
				[attr('name', 'EndpointName'), attr('operator', 'Include'), attr('values', ['primary'])],
			),
		],
		fires: 'Fires when the primary endpoint has been down (state 0) for 5 minutes.',
	},
	write: terraform,
};
