/**
 * How a tier's options are ranked: the order that picks its recommendation among the viable,
 * and its last resort among the rejected.
 */
import { RPO_STATISTIC, type Evaluation } from './evaluate.ts';
import {
	overallStatus,
	rejectionRank,
	SOFT_REJECTIONS as SOFT,
	statusRank,
} from './targetStatus.ts';

/**
 * The ranking, with its tie-break written out: met before at risk before missed (the worse of
 * RTO and RPO), then cheaper first, then faster (typical RTO), then
 * the smaller RPO, then the option's key. A total order, so the order options are registered
 * and evaluated in never changes a plan.
 */
export function compareViable(a: Evaluation, b: Evaluation): number {
	return (
		statusRank(overallStatus(a.targetStatus)) - statusRank(overallStatus(b.targetStatus)) ||
		a.cost.monthlyUsd - b.cost.monthlyUsd ||
		a.rto.total.typical - b.rto.total.typical ||
		a.rpo.minutes[RPO_STATISTIC] - b.rpo.minutes[RPO_STATISTIC] ||
		a.key.localeCompare(b.key)
	);
}

const isHard = (e: Evaluation) => e.rejections.some((r) => !SOFT.has(r.kind));
export const missesOnlyTargets = (e: Evaluation) =>
	e.rejections.every((r) => r.kind === 'rto' || r.kind === 'rpo');
/** Misses targets or the tier's share of the budget only: nothing rules it out for good. */
export const missesOnlySoft = (e: Evaluation) => !isHard(e) && e.rejections.length > 0;

/** Options blocked by a hard constraint come after those that only miss a target or budget. */
export function compareRejected(a: Evaluation, b: Evaluation): number {
	return (
		rejectionRank(a.rejections) - rejectionRank(b.rejections) ||
		a.shortfall - b.shortfall ||
		compareViable(a, b)
	);
}
