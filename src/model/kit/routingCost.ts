/**
 * What the traffic router costs: Traffic Manager's health checks and DNS queries, or Front
 * Door's base fee, requests and data served; and what serving from the secondary adds to a
 * failed-over day. Counted once for the plan, not per tier.
 */
import { factNumber } from '../facts/factRegistry.ts';
import { formatDecimal } from '../facts/format.ts';
import { planRegions } from '../regions/index.ts';
import type { Workload } from '../schema/workload.ts';
import type { CostLine, Meter } from './types.ts';

export interface RoutingCost {
	lines: CostLine[];
	monthlyUsd: number;
	/** Serving from the secondary for a day: internet egress billed there. */
	failedOverDayUsd: number;
	failedOverDayFormula: string;
}

/** The endpoints (or origins) the router probes: one in each region. */
export const ROUTED_ENDPOINTS = 2;

const GLOBAL = 'Global';

function routingLine(label: string, formula: string, factIds: string[], meter: Meter): CostLine {
	return {
		kind: 'routing',
		label,
		monthlyUsd: meter.quantity * meter.unitPriceUsd,
		formula,
		factIds,
		meter,
	};
}

export function routingCost(workload: Workload): RoutingCost {
	const { router, probeIntervalSeconds, requestsMillionsPerMonth, servedGBPerMonth } =
		workload.routing;
	const lines: CostLine[] = [];
	if (router === 'traffic-manager') {
		const check = factNumber('traffic.tm-health-check-price');
		const fast = probeIntervalSeconds < 30 ? factNumber('traffic.tm-fast-check-price') : 0;
		const perEndpoint = check + fast;
		lines.push(
			routingLine(
				'Traffic Manager health checks',
				`${ROUTED_ENDPOINTS} Azure endpoints (one per region) × (US$${check}${fast > 0 ? ` + US$${fast} for ${probeIntervalSeconds} s probes` : ''}) a month`,
				['traffic.tm-health-check-price', ...(fast > 0 ? ['traffic.tm-fast-check-price'] : [])],
				{
					service: 'Traffic Manager',
					sku:
						fast > 0
							? 'Azure endpoint, fast interval health checks'
							: 'Azure endpoint, health checks',
					quantity: ROUTED_ENDPOINTS,
					unit: 'endpoint a month',
					unitPriceUsd: perEndpoint,
					region: GLOBAL,
				},
			),
		);
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
	} else {
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
					`${formatDecimal(servedGBPerMonth, 3)} GB × US$${price}/GB`,
					['traffic.fd-egress-price'],
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
	}
	const monthlyUsd = lines.reduce((sum, l) => sum + l.monthlyUsd, 0);
	// Behind Traffic Manager users reach the secondary directly, so a failed-over day's
	// internet egress is billed there; Front Door's transfer is already in the monthly lines.
	const days = factNumber('vm.hours-per-month') / 24;
	const served = router === 'traffic-manager' && servedGBPerMonth !== undefined;
	const egress = factNumber('network.internet-egress-price');
	const target = planRegions(workload)?.target.name ?? 'the target region';
	return {
		lines,
		monthlyUsd,
		failedOverDayUsd: served ? (servedGBPerMonth / days) * egress : 0,
		failedOverDayFormula: served
			? `${formatDecimal(servedGBPerMonth, 3)} GB a month ÷ ${formatDecimal(days, 1)} days × US$${egress}/GB internet egress from ${target}`
			: '',
	};
}
