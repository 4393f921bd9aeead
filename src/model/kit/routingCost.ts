/**
 * What the traffic router costs (its rule's lines: Traffic Manager's health checks and DNS
 * queries, Front Door's base fee, requests and data served, or a private DNS zone and its
 * queries), and what serving from the secondary adds to a failed-over day. Counted once for the
 * plan, not per tier.
 */
import { factNumber } from '../facts/factRegistry.ts';
import { formatDecimal } from '../facts/format.ts';
import { planRegions } from '../regions/index.ts';
import type { Workload } from '../schema/workload.ts';
import { routerRule } from './routers/index.ts';
import type { CostLine } from './types.ts';

export { ROUTED_ENDPOINTS } from './routers/index.ts';

export interface RoutingCost {
	lines: CostLine[];
	monthlyUsd: number;
	/** Serving from the secondary for a day: internet egress billed there. */
	failedOverDayUsd: number;
	failedOverDayFormula: string;
}

export function routingCost(workload: Workload): RoutingCost {
	const rule = routerRule(workload.routing);
	const { servedGBPerMonth } = workload.routing;
	const lines = rule.costLines(workload);
	const monthlyUsd = lines.reduce((sum, l) => sum + l.monthlyUsd, 0);
	// Behind a DNS router on the internet users reach the secondary directly, so a failed-over
	// day's internet egress is billed there; Front Door's transfer is already in its monthly
	// lines, and a private zone's clients are inside the network.
	const days = factNumber('vm.hours-per-month') / 24;
	const served = rule.internetEgressWhenFailedOver && servedGBPerMonth !== undefined;
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
