/** The Terraform half of the frontDoor rule: its resources and the alert automation listens to. */
import { factNumber } from '../../facts/factRegistry.ts';
import { attr, block, expr } from '../hcl.ts';
import type { TerraformBuilder } from '../terraformBuilder.ts';
import { endpointHost, healthProbePath, type RouterTerraform } from './terraformRule.ts';

function terraform(b: TerraformBuilder, activeActive: boolean): void {
	const r = b.workload.routing;
	const rg = b.routingResourceGroup;
	const path = healthProbePath(b);
	const sample = factNumber('afd.sample-size');
	const required = Math.max(1, sample - r.toleratedFailures);
	b.comment(
		'Routing: Azure Front Door sends users to the secondary origin when the primary fails its probes.',
	);
	const profile = b.resource(
		'azurerm_cdn_frontdoor_profile',
		'dr',
		[
			attr('name', expr(`"\${${b.prefix.text}}-afd"`)),
			attr('resource_group_name', rg),
			attr('sku_name', 'Standard_AzureFrontDoor'),
		],
		['Front Door profile.'],
	);
	const fdEndpoint = b.resource(
		'azurerm_cdn_frontdoor_endpoint',
		'dr',
		[
			attr('name', expr(`"\${${b.prefix.text}}-app"`)),
			attr('cdn_frontdoor_profile_id', expr(`${profile}.id`)),
		],
		['The address users reach.'],
	);
	const group = b.resource(
		'azurerm_cdn_frontdoor_origin_group',
		'dr',
		[
			attr('name', 'regions'),
			attr('cdn_frontdoor_profile_id', expr(`${profile}.id`)),
			block(
				'health_probe',
				[],
				[
					attr('protocol', 'Https'),
					attr('interval_in_seconds', r.probeIntervalSeconds),
					attr('request_type', 'HEAD'),
					attr('path', path),
				],
			),
			block(
				'load_balancing',
				[],
				[attr('sample_size', sample), attr('successful_samples_required', required)],
			),
		],
		[
			`Probe every ${r.probeIntervalSeconds} s (the plan's probe interval); sample size ${sample} (fact afd.sample-size).`,
			`${required} successful sample(s) required: ${sample} samples less your ${r.toleratedFailures} tolerated failure(s), at least 1.`,
		],
	);
	const origins = (['primary', 'secondary'] as const).map((side, i) => {
		const priority = activeActive ? 1 : i + 1;
		return b.resource(
			'azurerm_cdn_frontdoor_origin',
			side,
			[
				attr('name', side),
				attr('cdn_frontdoor_origin_group_id', expr(`${group}.id`)),
				attr('host_name', endpointHost(b, side)),
				attr('origin_host_header', endpointHost(b, side)),
				attr('certificate_name_check_enabled', true),
				attr('priority', priority),
				attr('weight', 1000),
			],
			[
				activeActive
					? `The ${side} region's entry point, priority 1 like the other: active/active, both serve.`
					: `The ${side} region's entry point, priority ${priority}.`,
			],
		);
	});
	b.resource(
		'azurerm_cdn_frontdoor_route',
		'dr',
		[
			attr('name', 'all'),
			attr('cdn_frontdoor_endpoint_id', expr(`${fdEndpoint}.id`)),
			attr('cdn_frontdoor_origin_group_id', expr(`${group}.id`)),
			attr('cdn_frontdoor_origin_ids', expr(`[${origins.map((o) => `${o}.id`).join(', ')}]`)),
			attr('patterns_to_match', ['/*']),
			attr('supported_protocols', ['Https']),
			attr('https_redirect_enabled', false),
			attr('forwarding_protocol', 'HttpsOnly'),
			attr('link_to_default_domain', true),
		],
		[
			'Every path goes to the origin group, over HTTPS only. The redirect from HTTP is off: the',
			'provider accepts it only when supported_protocols has both Http and Https.',
		],
	);
}

export const FRONT_DOOR_TERRAFORM: RouterTerraform = {
	healthAlert: {
		scope: 'azurerm_cdn_frontdoor_profile.dr.id',
		criteria: [
			attr('metric_namespace', 'Microsoft.Cdn/profiles'),
			attr('metric_name', 'OriginHealthPercentage'),
			attr('aggregation', 'Average'),
			attr('operator', 'LessThan'),
			attr('threshold', 100),
		],
		fires: 'Fires when an origin is unhealthy for 5 minutes (OriginHealthPercentage below 100).',
	},
	write: terraform,
};
