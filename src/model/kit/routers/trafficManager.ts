/**
 * Traffic Manager: DNS answers that point at the healthy region after its probes fail; clients
 * follow within their cached TTL. Priced by health-checked endpoints and DNS queries.
 */
import { factNumber } from '../../facts/factRegistry.ts';
import { formatDecimal } from '../../facts/format.ts';
import type { Routing, Workload } from '../../schema/workload.ts';
import type { CostLine } from '../types.ts';
import { GLOBAL, routingLine, type RouterRule, type RoutingArithmetic } from './rule.ts';
import { TM_ENDPOINTS, trafficManagerInterval } from './trafficManagerEndpoints.ts';

function costLines(workload: Workload): CostLine[] {
	const { probeIntervalSeconds, requestsMillionsPerMonth } = workload.routing;
	const { count, type, checkFact, fastFact, why, factIds } = TM_ENDPOINTS;
	const interval = trafficManagerInterval(probeIntervalSeconds);
	const check = factNumber(checkFact);
	const lines: CostLine[] = [
		routingLine(
			'Traffic Manager health checks',
			`${count} ${type}s (${why}) × US$${check} a month, ${interval} s probes`,
			[checkFact, ...factIds],
			{
				service: 'Traffic Manager',
				sku: `${type}, basic health checks`,
				quantity: count,
				unit: 'endpoint a month',
				unitPriceUsd: check,
				region: GLOBAL,
			},
		),
	];
	if (interval === 10) {
		const fast = factNumber(fastFact);
		lines.push(
			routingLine(
				'Traffic Manager fast interval health checks',
				`${count} ${type}s × US$${fast} a month: the profile probes every 10 s${probeIntervalSeconds === 10 ? '' : ` (your ${probeIntervalSeconds} s rounds to it)`}, billed as an add-on to the basic checks`,
				[fastFact, 'tm.probe-interval-fast'],
				{
					service: 'Traffic Manager',
					sku: `${type}, fast interval health checks add-on`,
					quantity: count,
					unit: 'endpoint a month',
					unitPriceUsd: fast,
					region: GLOBAL,
				},
			),
		);
	}
	if (requestsMillionsPerMonth !== undefined) {
		const price = factNumber('traffic.tm-queries-price');
		lines.push(
			routingLine(
				'Traffic Manager DNS queries',
				`${formatDecimal(requestsMillionsPerMonth, 3)} million queries × US$${price} per million`,
				['traffic.tm-queries-price'],
				{
					service: 'Traffic Manager',
					sku: 'DNS queries',
					quantity: requestsMillionsPerMonth,
					unit: 'million queries',
					unitPriceUsd: price,
					region: GLOBAL,
				},
			),
		);
	}
	return lines;
}

/**
 * Traffic Manager marks an endpoint Degraded after (tolerated failures + 1) failed probes,
 * then clients follow within one TTL: 0 if their cache just expired, a full TTL at worst,
 * half on average.
 */
function arithmetic(routing: Routing): RoutingArithmetic {
	const probes = routing.toleratedFailures + 1;
	const detection = routing.probeIntervalSeconds * probes;
	const ttl = routing.ttlSeconds;
	return {
		detectionSeconds: detection,
		settings: `Traffic Manager, probes every ${routing.probeIntervalSeconds} s, ${routing.toleratedFailures} tolerated failures, TTL ${ttl} s`,
		cacheSeconds: ttl,
		range: {
			low: detection / 60,
			typical: (detection + ttl / 2) / 60,
			high: (detection + ttl) / 60,
		},
		formula: `Traffic Manager: ${routing.probeIntervalSeconds} s interval × (${routing.toleratedFailures} tolerated failures + 1) = ${detection} s to mark the endpoint Degraded, then up to one TTL of ${ttl} s for client caches (typical: half).`,
		factIds: ['tm.probe-interval', 'tm.tolerated-failures', 'tm.default-ttl', 'tm.dns-only'],
	};
}

export const TRAFFIC_MANAGER: RouterRule = {
	stepLabel: 'Switch traffic (DNS)',
	arithmetic,
	costLines,
	internetEgressWhenFailedOver: true,
	ttlTrap: (ttl) => ({
		text: `Your DNS TTL of ${ttl} s keeps clients on the failed region for up to that long after the switch; lower it ahead of time (Traffic Manager accepts down to {fact:tm.min-ttl}).`,
		factIds: ['tm.min-ttl', 'tm.dns-only'],
	}),
};
