/**
 * What the behaviour fixtures hold of a plan: what a reviewer reads to see that behaviour
 * changed, not the whole plan. Per tier the option, its RTO (own and in dependency order), RPO,
 * monthly cost and trap ids; for the plan its status and totals. Ranges are [low, typical,
 * high]. The full plan of any fixture is one command away: `npm run fixtures:full`.
 */
import type { Plan, Range } from '~/model/index.ts';

const range = (r: Range): [number, number, number] => [r.low, r.typical, r.high];

export function planProjection(plan: Plan) {
	return {
		status: plan.status,
		rtoMinutes: range(plan.rto.total),
		rpoMinutes: range(plan.rpo.minutes),
		monthlyUsd: plan.cost.monthlyUsd,
		...(plan.budget !== undefined ? { budget: plan.budget } : {}),
		...(plan.disruption !== undefined
			? { disruptionCostUsd: plan.disruption.disruptionCostUsd }
			: {}),
		tiers: plan.tiers.map((t) => ({
			tier: t.tier,
			option: t.recommended.key,
			meetsTargets: t.meetsTargets,
			meetsInOrder: t.meetsInOrder,
			...(t.upgradedFor !== undefined ? { upgradedFrom: t.upgradedFor.from.key } : {}),
			rtoMinutes: range(t.recommended.rto.total),
			recoveredBy: range(t.recoveredBy),
			rpoMinutes: range(t.recommended.rpo.minutes),
			monthlyUsd: t.recommended.cost.monthlyUsd,
			traps: plan.traps.filter((trap) => trap.tier === t.tier).map((trap) => trap.id),
		})),
		traps: plan.traps.filter((trap) => trap.tier === undefined).map((trap) => trap.id),
	};
}

/** The projection as a fixture file: JSON, each range and each list of trap ids on one line. */
export function projectionText(plan: Plan): string {
	const json = JSON.stringify(planProjection(plan), null, '\t');
	const oneLine = json.replace(
		/\[\s+([^[\]{}]*?)\s+\]/g,
		(_, items: string) => `[${items.split(/,\s+/).join(', ')}]`,
	);
	return `${oneLine}\n`;
}
