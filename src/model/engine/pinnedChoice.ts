/**
 * Pinned choices (issue 21, point 7): a tier that names the option it already runs
 * (`tiers[].pattern`) keeps that option, evaluated as given, and the plan chooses the other
 * tiers around it. Beside it, the plan shows what the engine would have picked with nothing
 * pinned, and the difference in the tier's RTO (when it is back in the schedule), its RPO at
 * worst and its monthly cost.
 */
import { formatMinutes, formatUsd } from '../facts/format.ts';
import { round } from '../kit/range.ts';
import type { Workload } from '../schema/workload.ts';
import type { Evaluation } from './evaluate.ts';
import type { PinnedChoice, Plan, TierPlan } from './plan.ts';
import { hardRejections } from './targetStatus.ts';

/** Every candidate for every tier, evaluated, in the workload's tier order. */
type TierEvaluations = readonly (readonly Evaluation[])[];

/** The workload without pins: what the engine would plan on its own. */
function unpinned(workload: Workload): Workload {
	return {
		...workload,
		tiers: workload.tiers.map((t) => {
			const rest = { ...t };
			delete rest.pattern;
			return rest;
		}),
	};
}

/**
 * The plan with each pinned tier on its own option. `plan` builds a plan from evaluations (the
 * engine's planning without pins); with no pin it is called once, unchanged.
 */
export function withPinnedChoices(
	workload: Workload,
	evaluations: TierEvaluations,
	plan: (workload: Workload, evaluations: TierEvaluations) => Plan,
): Plan {
	const pins = workload.tiers.map((t) => t.pattern);
	if (pins.every((p) => p === undefined)) return plan(workload, evaluations);
	const restricted = evaluations.map((evs, i) => {
		const key = pins[i];
		if (key === undefined) return evs;
		const own = evs.filter((e) => e.key === key);
		if (own.length === 0)
			throw new Error(
				`tiers.${i}.pattern: tier "${workload.tiers[i]?.name ?? i}" names the option ${key}, which is not among its options; parse the workload first (parseWorkload names the options it accepts).`,
			);
		return own;
	});
	const pinnedPlan = plan(workload, restricted);
	const free = plan(unpinned(workload), evaluations);
	const tiers = pinnedPlan.tiers.map((t, i): TierPlan => {
		const key = pins[i];
		const engine = free.tiers[i];
		if (key === undefined || engine === undefined) return t;
		const others = (list: readonly Evaluation[]) => list.filter((e) => e.key !== key);
		// An option a rule rejects is kept as given; its evaluation is judged missed (evaluate.ts).
		const hard = hardRejections(t.recommended.rejections);
		return {
			...t,
			// The tier's other options, as the engine ranked them with nothing pinned.
			alternatives: others(engine.meetsTargets ? [engine.recommended, ...engine.alternatives] : []),
			// When nothing meets, the engine's nearest option is among its rejected ones already.
			rejected: others(
				engine.meetsTargets
					? engine.rejected
					: [
							engine.recommended,
							...engine.rejected.filter((e) => e.key !== engine.recommended.key),
						],
			),
			pinned: {
				key,
				enginePick: engine.recommended,
				...(hard.length === 0 ? {} : { ruledOut: hard.map((r) => r.reason).join(' ') }),
				difference: {
					rtoMinutes: round(t.recoveredBy.typical - engine.recoveredBy.typical),
					rpoMinutes: round(t.recommended.rpo.minutes.high - engine.recommended.rpo.minutes.high),
					monthlyUsd: round(t.recommended.cost.monthlyUsd - engine.recommended.cost.monthlyUsd),
				},
			},
		};
	});
	const kept = tiers.filter((t) => t.pinned !== undefined).map((t) => t.tier);
	const blocked = tiers.filter((t) => t.pinned?.ruledOut !== undefined);
	const note = `The option you gave is kept for ${kept.join(', ')}; ${kept.length === 1 ? 'its row says' : 'their rows say'} what the engine would pick instead.`;
	const blockedNote = blocked
		.map((t) => ` For ${t.tier}, ${t.recommended.name} cannot be used: ${t.pinned?.ruledOut ?? ''}`)
		.join('');
	return { ...pinnedPlan, tiers, headline: `${pinnedPlan.headline} ${note}${blockedNote}` };
}

const signed = (n: number, show: (v: number) => string) =>
	n === 0 ? 'the same' : `${n > 0 ? '+' : '−'}${show(Math.abs(n))}`;

/** "Kept as you gave it; the engine would pick …: yours against it, RTO +3 min, RPO the same, US$… a month more." */
export function pinnedText(pinned: PinnedChoice): string {
	const d = pinned.difference;
	if (pinned.ruledOut !== undefined)
		return `Kept as you gave it, but it cannot be used for this tier: ${pinned.ruledOut} ${
			pinned.enginePick.key === pinned.key
				? 'With nothing pinned, the engine’s nearest option is the same one: nothing it offers this tier fits.'
				: `The engine would pick ${pinned.enginePick.name} (${pinned.enginePick.key}).`
		}`;
	if (pinned.enginePick.key === pinned.key)
		return 'Kept as you gave it; it is also the engine’s own choice.';
	const usd =
		d.monthlyUsd === 0
			? 'the same cost'
			: `${formatUsd(Math.abs(d.monthlyUsd))} a month ${d.monthlyUsd > 0 ? 'more' : 'less'}`;
	return `Kept as you gave it; the engine would pick ${pinned.enginePick.name} (${pinned.enginePick.key}). Yours against it: RTO in the plan ${signed(d.rtoMinutes, formatMinutes)}, RPO at worst ${signed(d.rpoMinutes, formatMinutes)}, ${usd}.`;
}
