/**
 * Front Door: an anycast reverse proxy that stops sending requests to an origin that fails its
 * probes, at its edge; client DNS caches do not delay it. Priced by profile, requests and data.
 */
import { factNumber } from '../../facts/factRegistry.ts';
import { formatDecimal } from '../../facts/format.ts';
import type { Routing, Workload } from '../../schema/workload.ts';
import type { CostLine } from '../types.ts';
import { GLOBAL, routingLine, type RouterRule, type RoutingArithmetic } from './rule.ts';

function costLines(workload: Workload): CostLine[] {
	const { requestsMillionsPerMonth, servedGBPerMonth } = workload.routing;
	const lines: CostLine[] = [];
	const base = factNumber('traffic.fd-base-fee');
	lines.push(
		routingLine(
			'Front Door Standard profile',
			`1 profile × US$${base} a month`,
			['traffic.fd-base-fee'],
			{
				service: 'Azure Front Door',
				sku: 'Standard, base fee',
				quantity: 1,
				unit: 'profile a month',
				unitPriceUsd: base,
				region: GLOBAL,
			},
		),
	);
	if (requestsMillionsPerMonth !== undefined) {
		const price = factNumber('traffic.fd-requests-price');
		lines.push(
			routingLine(
				'Front Door requests',
				`${formatDecimal(requestsMillionsPerMonth, 3)} million requests × US$${price} per million`,
				['traffic.fd-requests-price'],
				{
					service: 'Azure Front Door',
					sku: 'Standard, requests',
					quantity: requestsMillionsPerMonth,
					unit: 'million requests',
					unitPriceUsd: price,
					region: 'Zone 1 (North America, Europe)',
				},
			),
		);
	}
	if (servedGBPerMonth !== undefined) {
		const price = factNumber('traffic.fd-egress-price');
		lines.push(
			routingLine(
				'Front Door data transfer to clients',
				`${formatDecimal(servedGBPerMonth, 3)} GB × US$${price}/GB, from the edge whichever region's origin answers (a day failed over adds none); the origin's responses to the edge are not billed, and the requests' own bytes to the origin are not priced here`,
				['traffic.fd-egress-price', 'afd.origin-transfer'],
				{
					service: 'Azure Front Door',
					sku: 'Standard, data transfer out to clients',
					quantity: servedGBPerMonth,
					unit: 'GB',
					unitPriceUsd: price,
					region: 'Zone 1 (North America, Europe)',
				},
			),
		);
	}
	return lines;
}

/** Front Door judges health over sample size × interval at its edge. */
function arithmetic(routing: Routing): RoutingArithmetic {
	const sample = factNumber('afd.sample-size');
	const seconds = routing.probeIntervalSeconds * sample;
	return {
		detectionSeconds: seconds,
		settings: `Front Door, probes every ${routing.probeIntervalSeconds} s`,
		cacheSeconds: 0,
		range: { low: seconds / 60, typical: seconds / 60, high: seconds / 60 },
		formula: `Front Door: ${routing.probeIntervalSeconds} s probe interval × sample size ${sample} = ${seconds} s, at the edge; client DNS caches do not delay it. Your toleratedFailures applies to Traffic Manager only: Front Door counts failures over its sample instead.`,
		factIds: ['afd.probe-interval', 'afd.sample-size', 'afd.edge-failover'],
	};
}

export const FRONT_DOOR: RouterRule = {
	stepLabel: 'Switch traffic (Front Door)',
	arithmetic,
	costLines,
	// Front Door's data transfer to clients is in its monthly lines already.
	internetEgressWhenFailedOver: false,
	ttlTrap: undefined,
};
