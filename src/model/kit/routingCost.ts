/**
 * What the traffic router costs (its rule's lines: Traffic Manager's health checks and DNS
 * queries, Front Door's base fee, requests and data served, or a private DNS zone and its
 * queries), and the data transfer of serving users from the secondary region: every month when
 * a tier serves from both regions, and on a day failed over. Counted once for the plan, not per
 * tier, and once only: behind Front Door the transfer to users is Front Door's own line.
 */
import { factNumber } from '../facts/factRegistry.ts';
import { formatDecimal } from '../facts/format.ts';
import { planRegions } from '../regions/index.ts';
import type { Workload } from '../schema/workload.ts';
import { internetEgressPrice } from './internetEgress.ts';
import { ROUTED_ENDPOINTS, routerRule } from './routers/index.ts';
import type { CostLine } from './types.ts';

export { ROUTED_ENDPOINTS } from './routers/index.ts';

export interface RoutingCost {
	lines: CostLine[];
	monthlyUsd: number;
	/** Serving from the secondary for a day: internet egress billed there. */
	failedOverDayUsd: number;
	failedOverDayFormula: string;
	/**
	 * That day's egress as the calculator takes it (a day's GB); undefined when the router's own
	 * monthly lines carry the transfer, clients are inside the network, or no volume is given.
	 */
	failedOverDayLine: CostLine | undefined;
}

/**
 * `servesFromBoth`: a tier serves users from both regions (active/active), so the secondary
 * answers its share of them every month, not only on a day failed over.
 */
export function routingCost(workload: Workload, servesFromBoth = false): RoutingCost {
	const rule = routerRule(workload.routing);
	const { servedGBPerMonth } = workload.routing;
	const lines = rule.costLines(workload);
	const days = factNumber('vm.hours-per-month') / 24;
	const target = planRegions(workload)?.target;
	const where = target?.name ?? 'the target region';
	const egress = internetEgressPrice(target);
	// Behind a DNS router on the internet users reach the secondary directly, so its egress is
	// billed there; Front Door's transfer to users is in its monthly lines whichever origin
	// answers, and a private zone's clients are inside the network.
	const served = rule.internetEgressWhenFailedOver ? servedGBPerMonth : undefined;
	// Equal weights (the Terraform writes weight 1 for each endpoint): the secondary's share.
	const share = servesFromBoth ? 1 / ROUTED_ENDPOINTS : 0;
	const meter = (quantity: number) => ({
		service: 'Bandwidth',
		sku: `Internet egress, Microsoft network routing, ${egress.zone}`,
		quantity,
		unit: 'GB',
		unitPriceUsd: egress.usd,
		region: where,
	});
	if (served !== undefined && share > 0) {
		const gb = served * share;
		lines.push({
			kind: 'routing',
			label: 'Serving users from the secondary (active/active)',
			monthlyUsd: gb * egress.usd,
			formula: `${formatDecimal(served, 3)} GB served a month × 1/${ROUTED_ENDPOINTS} (equal weights: ${where} answers its share) × US$${egress.usd}/GB internet egress from ${where}; the primary serves as much less`,
			factIds: [egress.factId],
			meter: meter(gb),
		});
	}
	const monthlyUsd = lines.reduce((sum, l) => sum + l.monthlyUsd, 0);
	if (served === undefined)
		return {
			lines,
			monthlyUsd,
			failedOverDayUsd: 0,
			failedOverDayFormula: rule.internetEgressWhenFailedOver
				? 'No data served to users given (routing.servedGBPerMonth): a day failed over prices no egress from the secondary.'
				: '',
			failedOverDayLine: undefined,
		};
	// A day failed over adds what the secondary did not serve already.
	const gb = (served * (1 - share)) / days;
	const formula = `${formatDecimal(served, 3)} GB a month${share > 0 ? ` × (1 − 1/${ROUTED_ENDPOINTS} served there already)` : ''} ÷ ${formatDecimal(days, 1)} days × US$${egress.usd}/GB internet egress from ${where}`;
	return {
		lines,
		monthlyUsd,
		failedOverDayUsd: gb * egress.usd,
		failedOverDayFormula: formula,
		failedOverDayLine: {
			kind: 'routing',
			label: 'Serving users from the secondary, a day failed over',
			monthlyUsd: gb * egress.usd,
			formula,
			factIds: [egress.factId],
			meter: meter(gb),
		},
	};
}
