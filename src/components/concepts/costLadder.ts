/**
 * The cost ladder on the RTO and RPO page: for one tier of a plan, every option that could be
 * used today (nothing retired, no unmet prerequisite or constraint; missing a target is fine),
 * cheapest first. It shows, with the model's own numbers, how cost climbs as RTO and RPO
 * shrink.
 */
import type { Evaluation, Plan, RejectionKind } from '~/model/index.ts';

/** Rejections that only say "misses your target": the option itself is usable. */
const TARGET_MISSES: ReadonlySet<RejectionKind> = new Set(['rto', 'rpo']);

export interface LadderRow {
	patternId: string;
	name: string;
	rtoMinutes: number;
	rpoMinutes: number;
	monthlyUsd: number;
	meetsTargets: boolean;
}

export function costLadder(plan: Plan, tierName: string): LadderRow[] {
	const tier = plan.tiers.find((t) => t.tier === tierName);
	if (tier === undefined) {
		throw new Error(
			`costLadder: the plan has no tier "${tierName}"; it has ${plan.tiers.map((t) => `"${t.tier}"`).join(', ')}.`,
		);
	}
	const usable = (e: Evaluation) => e.rejections.every((r) => TARGET_MISSES.has(r.kind));
	const all = [tier.recommended, ...tier.alternatives, ...tier.rejected];
	const seen = new Set<string>();
	return all
		.filter((e) => usable(e) && !seen.has(e.key) && seen.add(e.key))
		.map((e) => ({
			patternId: e.patternId,
			name: e.name,
			rtoMinutes: e.rto.total.typical,
			rpoMinutes: e.rpo.minutes.typical,
			monthlyUsd: e.cost.monthlyUsd,
			meetsTargets: e.viable,
		}))
		.sort((a, b) => a.monthlyUsd - b.monthlyUsd || a.rtoMinutes - b.rtoMinutes);
}
