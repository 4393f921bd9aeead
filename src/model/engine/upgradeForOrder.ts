/**
 * Upgrading tiers for dependency order. Each tier's option is first chosen on its own targets; a
 * tier that meets its RTO target alone can still miss it in dependency order, because a tier it
 * waits for comes back late. An architect then buys a faster option for a tier on its path (the
 * tiers it waits for, directly or not, and itself: a faster start of its own can make up for a
 * slower, much cheaper upstream option), with the tiers' already-evaluated options.
 *
 * Two cheap searches, the better result kept (fewest misses, then fewest minutes late, then the
 * least monthly cost); nothing changes unless it brings at least one more tier back in time
 * (being less late is not worth paying for on its own):
 * - the cheapest single switch (one tier to one faster acceptable option) that brings every
 *   watched tier back in time: the usual case is one slow database under its dependents;
 * - a greedy one: repeatedly the switch that removes the most minutes late per extra dollar,
 *   taken only when it strictly improves (so it ends; it is also capped), then each switched
 *   tier tried back down to the cheapest option that keeps the result. This finds pairs such as
 *   a slightly faster web tier with a mid-priced database where one switch alone would need the
 *   dearest database.
 * Why that is good enough: a tier's finish time is the longest path to it, so an option with a
 * shorter recovery makes its dependents no later, unless it brings a people step or a longer
 * provider declare step the other tiers did not have (those count once for the whole workload
 * and delay every tier; the score counts every watched tier, so such a switch is kept only when
 * the result is better overall, though a tier already late on its own targets may end later).
 * The late tiers' paths are short (at most 10 tiers, about 10 options each), so one step is at
 * most about 100 schedule evaluations. An exact search over
 * every combination (up to 10^10) is out of reach, and the two searches agree with it on the
 * shapes real workloads have (a chain or a fan-in under one or two slow data tiers).
 *
 * Pure and deterministic: ties fall to input order, then the option's cost and key.
 */
import type { DependentTier } from './dependencyOrder.ts';
import type { Evaluation } from './evaluate.ts';
import { formatMinutes, formatTarget, formatUsd } from '../facts/format.ts';

/** A dependent the upgrade was bought for, with when it is back in dependency order. */
export interface UpgradeTarget {
	tier: string;
	rtoMinutes: number;
	/** Minutes (typical) until the dependent is back in order with each tier's own choice. */
	beforeMinutes: number;
	/** Minutes (typical) until it is back with the upgrades. */
	afterMinutes: number;
	/** It is now back within its target. */
	meets: boolean;
}

/** Why a tier has a faster option than its own targets need. */
export interface OrderUpgrade {
	/** The tier upgraded. */
	tier: string;
	/** The option the tier had on its own targets. */
	from: Evaluation;
	/** What the upgrade adds to the monthly cost. */
	extraUsd: number;
	/** The dependents it was bought for (downstream of this tier), input order. */
	for: UpgradeTarget[];
}

export interface OrderTier extends DependentTier {
	/** The option chosen on the tier's own targets. */
	chosen: Evaluation;
	/**
	 * Options the tier could be recommended with: they meet its own targets and every hard
	 * constraint. Empty when the tier must not be changed.
	 */
	acceptable: readonly Evaluation[];
	/** The tier's own choice meets its targets, so being late in order is what it misses. */
	watched: boolean;
}

/** When each tier is back (typical minutes), in input order, for a choice of options. */
export type BackBy = (choice: readonly Evaluation[]) => readonly number[];

export interface OrderResult {
	/** The option per tier, input order; the same objects as given where unchanged. */
	choice: Evaluation[];
	/** Upgrades by tier index. */
	upgrades: Map<number, OrderUpgrade>;
}

const MAX_STEPS = 100;

/**
 * What an option brings to the steps counted once for the whole workload: its people steps and
 * a provider's declare step (grace period). Two options with the same key differ in time only
 * by their own steps.
 */
function sharedKey(e: Evaluation): string {
	const declare = e.rto.steps.find((s) => s.kind === 'declare' && s.tier === undefined);
	return `${e.peopleSteps.join('+')}/${declare === undefined ? '' : `${declare.label}:${declare.minutes.typical}`}`;
}

interface Score {
	misses: number;
	/** Minutes late, summed over the watched tiers, rounded to absorb float noise. */
	late: number;
	usd: number;
}

function ancestorsOf(tiers: readonly DependentTier[]): Set<number>[] {
	const index = new Map(tiers.map((t, i) => [t.name, i]));
	const memo = new Map<number, Set<number>>();
	const up = (i: number): Set<number> => {
		const known = memo.get(i);
		if (known !== undefined) return known;
		const out = new Set<number>();
		memo.set(i, out);
		for (const d of tiers[i]?.dependsOn ?? []) {
			const j = index.get(d);
			if (j === undefined) continue;
			out.add(j);
			for (const k of up(j)) out.add(k);
		}
		return out;
	};
	return tiers.map((_, i) => up(i));
}

const better = (a: Score, b: Score) => a.misses - b.misses || a.late - b.late;

/**
 * The choice with upstream tiers upgraded so that every watched tier meets its RTO target in
 * dependency order at the least extra monthly cost found; failing that, as few misses as found;
 * unchanged when no faster acceptable option brings another tier back in time.
 */
export function upgradeForOrder(
	tiers: readonly OrderTier[],
	backBy: BackBy,
	/** The workload's monthly limit: no upgrade takes the plan's cost above it. */
	budgetUsd?: number,
): OrderResult {
	const own = tiers.map((t) => t.chosen);
	const targets = tiers.map((t) => t.chosen.targets.rtoMinutes);
	const paths = ancestorsOf(tiers);
	const watched = tiers.map((t) => t.watched);
	const score = (
		choice: readonly Evaluation[],
		usd = choice.reduce((sum, e) => sum + e.cost.monthlyUsd, 0),
	): Score & { back: readonly number[] } => {
		const back = backBy(choice);
		let misses = 0;
		let late = 0;
		for (let i = 0; i < back.length; i++) {
			const over = (back[i] ?? 0) - (targets[i] ?? 0);
			if (watched[i] === true && over > 0) {
				misses += 1;
				late += over;
			}
		}
		return { misses, late: Math.round(late * 100) / 100, usd, back };
	};
	const initial = score(own);
	if (initial.misses === 0) return { choice: own, upgrades: new Map() };
	// A tier's options faster than its own choice, own choice first (for trying back down),
	// without those another option beats on both cost and time with the same shared steps.
	const options = tiers.map((t) => {
		const faster = t.acceptable
			.filter((e) => e.key !== t.chosen.key && e.rto.total.typical < t.chosen.rto.total.typical)
			.sort(
				(a, b) =>
					a.cost.monthlyUsd - b.cost.monthlyUsd ||
					a.rto.total.typical - b.rto.total.typical ||
					a.key.localeCompare(b.key),
			);
		const fastest = new Map<string, number>([[sharedKey(t.chosen), t.chosen.rto.total.typical]]);
		const kept = faster.filter((e) => {
			const key = sharedKey(e);
			const best = fastest.get(key);
			if (best !== undefined && best <= e.rto.total.typical) return false;
			fastest.set(key, e.rto.total.typical);
			return true;
		});
		return [t.chosen, ...kept];
	});
	const lateTiers = (s: { back: readonly number[] }) =>
		tiers
			.map((t, i) => (t.watched && (s.back[i] ?? 0) > (targets[i] ?? 0) ? i : -1))
			.filter((i) => i >= 0);

	type Scored = { choice: Evaluation[]; score: ReturnType<typeof score> };
	const switches = (from: Scored): Scored[] => {
		const onPath = new Set(lateTiers(from.score).flatMap((i) => [i, ...(paths[i] ?? [])]));
		return (
			[...onPath]
				.sort((x, y) => x - y)
				.flatMap((u) =>
					(options[u] ?? [])
						.filter((o) => o.key !== from.choice[u]?.key)
						.map((o) => {
							const next = from.choice.slice();
							const was = next[u];
							next[u] = o;
							const usd = from.score.usd - (was?.cost.monthlyUsd ?? 0) + o.cost.monthlyUsd;
							return { choice: next, score: score(next, usd) };
						}),
				)
				// In cents, as the plan totals its cost and judges its budget.
				.filter((c) => budgetUsd === undefined || Math.round(c.score.usd * 100) / 100 <= budgetUsd)
		);
	};
	const start: Scored = { choice: [...own], score: initial };

	// 1. The cheapest single switch that brings every watched tier back in time.
	const first = switches(start);
	const single = first
		.filter((c) => c.score.misses === 0)
		.sort((x, y) => x.score.usd - y.score.usd)[0];

	// 2. Greedy: the switch that removes the most minutes late per extra dollar, until none helps.
	let greedy = start;
	for (let step = 0; step < MAX_STEPS && greedy.score.misses > 0; step++) {
		let best: { c: Scored; perUsd: number } | undefined;
		for (const c of step === 0 ? first : switches(greedy)) {
			if (better(c.score, greedy.score) >= 0) continue;
			const gain = greedy.score.late - c.score.late + 1e-9;
			const perUsd = gain / Math.max(c.score.usd - greedy.score.usd, 0.01);
			if (best === undefined || perUsd > best.perUsd) best = { c, perUsd };
		}
		if (best === undefined) break;
		greedy = best.c;
	}
	// Then each upgraded tier back down to the cheapest option that keeps the result: a later
	// step can make an earlier one needless.
	tiers.forEach((_, u) => {
		if (greedy.choice[u] === own[u]) return;
		for (const option of options[u] ?? []) {
			if (option.cost.monthlyUsd >= (greedy.choice[u]?.cost.monthlyUsd ?? 0)) continue;
			const next = greedy.choice.map((e, i) => (i === u ? option : e));
			const s = score(next);
			if (better(s, greedy.score) <= 0) {
				greedy = { choice: next, score: s };
				break;
			}
		}
	});

	// The better of the two; nothing when neither helps.
	const found = [greedy, ...(single !== undefined ? [single] : [])].sort(
		(x, y) => better(x.score, y.score) || x.score.usd - y.score.usd,
	)[0];
	// Money is spent only to bring a tier back in time: an upgrade that leaves as many tiers late,
	// only less late, is not bought (the plan names the late tier and the reader decides).
	if (found === undefined || found.score.misses >= initial.misses)
		return { choice: own, upgrades: new Map() };
	const { choice, score: current } = found;
	const upgrades = new Map<number, OrderUpgrade>();
	choice.forEach((e, u) => {
		const from = own[u];
		if (from === undefined || e === from) return;
		const served = tiers
			.map((t, i) => ({ t, i }))
			.filter(({ t, i }) => t.watched && (i === u || paths[i]?.has(u) === true));
		const wasLate = served.filter(({ i }) => (initial.back[i] ?? 0) > (targets[i] ?? 0));
		upgrades.set(u, {
			tier: tiers[u]?.name ?? '',
			from,
			extraUsd: Math.round((e.cost.monthlyUsd - from.cost.monthlyUsd) * 100) / 100,
			for: (wasLate.length > 0 ? wasLate : served).map(({ t, i }) => ({
				tier: t.name,
				rtoMinutes: targets[i] ?? 0,
				beforeMinutes: initial.back[i] ?? 0,
				afterMinutes: current.back[i] ?? 0,
				meets: (current.back[i] ?? 0) <= (targets[i] ?? 0),
			})),
		});
	});
	return { choice, upgrades };
}

/** The upgrade as a sentence; every figure from the plan. */
export function upgradeText(upgrade: OrderUpgrade): string {
	const each = upgrade.for.map(
		(d) =>
			`${d.tier === upgrade.tier ? 'this tier serves only once the tiers it waits for are up' : `${d.tier} waits for this tier`} and must be back within ${formatTarget(d.rtoMinutes)}: in dependency order ${d.tier === upgrade.tier ? 'it' : d.tier} is back after about ${formatMinutes(d.afterMinutes)} instead of ${formatMinutes(d.beforeMinutes)}${d.meets ? '' : ', still beyond its target'}`,
	);
	return `Upgraded from ${upgrade.from.name} (${formatUsd(upgrade.from.cost.monthlyUsd)} a month, enough for this tier’s own targets) for ${formatUsd(upgrade.extraUsd)} a month more, because ${each.join('; ')}.`;
}

/** For a headline: which tiers have a faster option bought for the tiers that wait for them. */
export function upgradesNote(upgraded: readonly string[]): string {
	if (upgraded.length === 0) return '';
	const names =
		upgraded.length === 1
			? (upgraded[0] ?? '')
			: `${upgraded.slice(0, -1).join(', ')} and ${upgraded[upgraded.length - 1] ?? ''}`;
	return ` The plan buys a faster option for ${names} than ${upgraded.length === 1 ? 'that tier’s' : 'those tiers’'} own targets need, so that the workload is back sooner in dependency order.`;
}
