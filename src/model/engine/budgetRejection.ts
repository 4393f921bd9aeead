/** The budget's mark on one option: over budget once the other tiers' cheapest options are paid. */
import { formatUsd } from '../facts/format.ts';
import { round } from '../kit/range.ts';
import type { Rejection } from '../kit/types.ts';
import type { Evaluation } from './evaluate.ts';

/**
 * Over budget: an option whose cost, with the cheapest options that meet the other tiers'
 * targets, takes the plan over the budget. It is not viable and says by how much.
 */
export function withBudget(
	e: Evaluation,
	othersUsd: number,
	budgetUsd: number | undefined,
): Evaluation {
	if (budgetUsd === undefined || !e.viable) return e;
	const total = round(e.cost.monthlyUsd + othersUsd);
	if (total <= budgetUsd) return e;
	const over = round(total - budgetUsd);
	const rejection: Rejection = {
		kind: 'budget',
		reason:
			othersUsd > 0
				? `Costs ${formatUsd(e.cost.monthlyUsd)} a month; with the routing and the other tiers’ cheapest options (${formatUsd(othersUsd)}) the plan would cost ${formatUsd(total)}, ${formatUsd(over)} over your budget of ${formatUsd(budgetUsd)}.`
				: `Costs ${formatUsd(e.cost.monthlyUsd)} a month, ${formatUsd(over)} over your budget of ${formatUsd(budgetUsd)}.`,
		byUsd: over,
	};
	return { ...e, viable: false, rejections: [...e.rejections, rejection] };
}
