/** The Terraform half of the privateDns rule: its resources and the alert automation listens to. */
import { attr, expr } from '../hcl.ts';
import type { TerraformBuilder } from '../terraformBuilder.ts';
import type { RouterTerraform } from './terraformRule.ts';

function terraform(b: TerraformBuilder, activeActive: boolean): void {
	const r = b.workload.routing;
	const rg = b.routingResourceGroup;
	const zoneName = b.variable('private_dns_zone_name', {
		type: 'string',
		description:
			'Name of the private DNS zone users resolve the application in (at least two labels, for example corp.contoso.internal).',
	});
	const recordName = b.variable('private_dns_record_name', {
		type: 'string',
		description: 'Name of the application’s record within the zone (for example app).',
	});
	const address = (side: 'primary' | 'secondary') =>
		b.variable(`${side}_private_ip`, {
			type: 'string',
			description: `Private IP address of the application's entry point (its internal load balancer or VM) in the ${side} region.`,
		});
	const network = (side: 'primary' | 'secondary') =>
		b.variable(`${side}_virtual_network_id`, {
			type: 'string',
			description: `Resource ID of the virtual network in the ${side} region whose clients resolve the application's name.`,
		});
	b.comment(
		'Routing: a private DNS zone, linked to both regions’ networks. At failover, change the record to the',
		'secondary’s address (set primary_private_ip to the secondary’s and apply, or az network private-dns',
		'record-set a update); clients follow once their cached answer expires.',
	);
	const zone = b.resource(
		'azurerm_private_dns_zone',
		'dr',
		[attr('name', zoneName), attr('resource_group_name', rg)],
		[
			'The zone lives in the routing resource group, in neither region: it stays writable when one fails.',
		],
	);
	(['primary', 'secondary'] as const).forEach((side) =>
		b.resource(
			'azurerm_private_dns_zone_virtual_network_link',
			side,
			[
				attr('name', side),
				attr('resource_group_name', rg),
				attr('private_dns_zone_name', expr(`${zone}.name`)),
				attr('virtual_network_id', network(side)),
				attr('registration_enabled', false),
			],
			[`Clients in the ${side} region's network resolve the zone.`],
		),
	);
	b.resource(
		'azurerm_private_dns_a_record',
		'app',
		[
			attr('name', recordName),
			attr('zone_name', expr(`${zone}.name`)),
			attr('resource_group_name', rg),
			attr('ttl', r.ttlSeconds),
			attr(
				'records',
				expr(
					activeActive
						? `[${address('primary').text}, ${address('secondary').text}]`
						: `[${address('primary').text}]`,
				),
			),
		],
		[
			`TTL ${r.ttlSeconds} s, the plan's: clients keep the old address up to that long after the change.`,
			activeActive
				? 'Both regions serve (active/active): clients get both addresses; at failover, remove the failed one.'
				: `The secondary's address (${address('secondary').text}) replaces it at failover.`,
		],
	);
}

export const PRIVATE_DNS_TERRAFORM: RouterTerraform = {
	healthAlert: undefined,
	write: terraform,
};
