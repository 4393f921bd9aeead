/**
 * A private DNS zone: the workload is reached by name inside the private network (an Azure
 * Private DNS zone linked to both regions' virtual networks), with no public entry point. Nothing
 * probes it: failover changes the record to the secondary's private address, and clients follow
 * once their cached answer expires (the record's TTL). Priced by the zone and its queries.
 */
import { factNumber, factSpread } from '../../facts/factRegistry.ts';
import { formatDecimal, formatMinutes } from '../../facts/format.ts';
import type { Routing, Workload } from '../../schema/workload.ts';
import type { CostLine } from '../types.ts';
import { ROUTED_ENDPOINTS, routingLine, type RouterRule, type RoutingArithmetic } from './rule.ts';

function costLines(workload: Workload): CostLine[] {
	const { requestsMillionsPerMonth } = workload.routing;
	const zone = factNumber('dns.private-zone-price');
	const lines: CostLine[] = [
		routingLine(
			'Private DNS zone',
			`1 zone × US$${zone} a month (estimate); its ${ROUTED_ENDPOINTS} virtual network links (one per region) are not priced: no page read here says they are billed`,
			['dns.private-zone-price'],
			{
				service: 'Azure DNS',
				sku: 'Private DNS zone',
				quantity: 1,
				unit: 'zone a month',
				unitPriceUsd: zone,
				region: 'Global',
			},
		),
	];
	if (requestsMillionsPerMonth !== undefined) {
		const price = factNumber('dns.private-queries-price');
		lines.push(
			routingLine(
				'Private DNS queries',
				`${formatDecimal(requestsMillionsPerMonth, 3)} million queries × US$${price} per million (estimate)`,
				['dns.private-queries-price'],
				{
					service: 'Azure DNS',
					sku: 'Private DNS queries',
					quantity: requestsMillionsPerMonth,
					unit: 'million queries',
					unitPriceUsd: price,
					region: 'Global',
				},
			),
		);
	}
	return lines;
}

/**
 * Someone (or the recovery plan's script) changes the record to the secondary's address, then
 * clients follow within one TTL: none if their cache just expired, a full TTL at worst, half on
 * average. No probe: noticing the outage is the detect step's, before this one.
 */
function arithmetic(routing: Routing): RoutingArithmetic {
	const change = factSpread('dns.private-record-switch');
	const ttl = routing.ttlSeconds;
	return {
		detectionSeconds: undefined,
		settings: `Private DNS zone (internal only), record changed by script or by hand, TTL ${ttl} s`,
		cacheSeconds: ttl,
		range: {
			low: change.low,
			typical: change.typical + ttl / 2 / 60,
			high: change.high + ttl / 60,
		},
		formula: `Private DNS: change the record to the secondary's private address (our estimate: ${formatMinutes(change.typical)}, ${formatMinutes(change.low)} to ${formatMinutes(change.high)}), then up to one TTL of ${ttl} s for client caches (typical: half). No probe moves it by itself.`,
		factIds: ['dns.private-record-switch', 'dns.private-zone-linked'],
	};
}

export const PRIVATE_DNS: RouterRule = {
	stepLabel: 'Switch the private DNS record',
	arithmetic,
	costLines,
	// Clients are inside the private network: no internet egress to bill.
	internetEgressWhenFailedOver: false,
	ttlTrap: (ttl) => ({
		text: `Your private DNS record's TTL of ${ttl} s keeps clients on the failed region's address for up to that long after you change the record; lower it ahead of time.`,
		factIds: ['dns.private-record-switch'],
	}),
};
