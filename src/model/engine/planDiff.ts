/**
 * What changed between two plans (a pinned plan and an edited one, or two workload files):
 * per tier, the pattern, RTO, RPO, monthly cost and traps; for the whole plan, the headline,
 * status, end-to-end RTO, RPO and cost. Tiers are matched by name. Pure.
 *
 * "Largest change first": each tier's size is the largest relative change of its monthly cost,
 * its typical RTO and its typical RPO, where the relative change of a figure going from x to y
 * is |y − x| ÷ max(x, y) (0 when both are 0). The size runs from 0 to 1; a tier added or
 * removed counts 1. Ties go to a change of pattern first, then the larger cost change in US$,
 * then the tier name.
 */
import { renderFactText } from '../facts/factRefs.ts';
import { formatMinutes, formatUsd } from '../facts/format.ts';
import type { Plan, PlanStatus, TierPlan } from './recommend.ts';
import type { Trap } from './traps.ts';

export interface Change<T> {
	from: T;
	to: T;
}

export interface TierDiff {
	tier: string;
	change: 'added' | 'removed' | 'changed';
	/** The recommended option, by name and key (absent on the side without the tier). */
	pattern?: Change<{ key: string; name: string } | null>;
	/** Typical minutes and US$ a month of the tier's recommended option. */
	rtoMinutes?: Change<number | null>;
	rpoMinutes?: Change<number | null>;
	monthlyUsd?: Change<number | null>;
	meetsTargets?: Change<boolean | null>;
	trapsAdded: string[];
	trapsRemoved: string[];
	/** From 0 to 1: the largest relative change of cost, RTO and RPO (see the file's comment). */
	size: number;
}

export interface PlanDiff {
	/** True when nothing below changed: the two plans are the same. */
	same: boolean;
	headline?: Change<string>;
	status?: Change<PlanStatus>;
	rtoMinutes?: Change<number>;
	rpoMinutes?: Change<number>;
	monthlyUsd?: Change<number>;
	/** Traps not tied to one tier (people steps, DNS TTL). */
	trapsAdded: string[];
	trapsRemoved: string[];
	/** Tiers that changed, largest change first; unchanged tiers are left out. */
	tiers: TierDiff[];
}

/** |y − x| ÷ max(|x|, |y|): 0 for no change, 1 when one side is 0 and the other is not. */
export function relativeChange(x: number, y: number): number {
	const scale = Math.max(Math.abs(x), Math.abs(y));
	return scale === 0 ? 0 : Math.abs(y - x) / scale;
}

function changed<T>(from: T, to: T): Change<T> | undefined {
	return from === to ? undefined : { from, to };
}

const trapTexts = (traps: readonly Trap[], tier: string | undefined) =>
	new Map(traps.filter((t) => t.tier === tier).map((t) => [t.id, renderFactText(t.text)]));

function trapChanges(a: Plan, b: Plan, tier: string | undefined) {
	const before = trapTexts(a.traps, tier);
	const after = trapTexts(b.traps, tier);
	return {
		trapsAdded: [...after].filter(([id]) => !before.has(id)).map(([, text]) => text),
		trapsRemoved: [...before].filter(([id]) => !after.has(id)).map(([, text]) => text),
	};
}

function figures(t: TierPlan | undefined) {
	return {
		pattern: t === undefined ? null : { key: t.recommended.key, name: t.recommended.name },
		rto: t?.recommended.rto.total.typical ?? null,
		rpo: t?.recommended.rpo.minutes.typical ?? null,
		cost: t?.recommended.cost.monthlyUsd ?? null,
		meets: t?.meetsTargets ?? null,
	};
}

function diffTier(a: Plan, b: Plan, name: string): TierDiff | undefined {
	const x = a.tiers.find((t) => t.tier === name);
	const y = b.tiers.find((t) => t.tier === name);
	const fx = figures(x);
	const fy = figures(y);
	const traps = trapChanges(a, b, name);
	const change = x === undefined ? 'added' : y === undefined ? 'removed' : 'changed';
	const patternChanged = fx.pattern?.key !== fy.pattern?.key;
	const diff: TierDiff = {
		tier: name,
		change,
		...(patternChanged ? { pattern: { from: fx.pattern, to: fy.pattern } } : {}),
		...optional('rtoMinutes', changed(fx.rto, fy.rto)),
		...optional('rpoMinutes', changed(fx.rpo, fy.rpo)),
		...optional('monthlyUsd', changed(fx.cost, fy.cost)),
		...optional('meetsTargets', changed(fx.meets, fy.meets)),
		...traps,
		size:
			change === 'changed'
				? Math.max(
						relativeChange(fx.cost ?? 0, fy.cost ?? 0),
						relativeChange(fx.rto ?? 0, fy.rto ?? 0),
						relativeChange(fx.rpo ?? 0, fy.rpo ?? 0),
					)
				: 1,
	};
	const anything =
		change !== 'changed' ||
		patternChanged ||
		diff.rtoMinutes !== undefined ||
		diff.rpoMinutes !== undefined ||
		diff.monthlyUsd !== undefined ||
		diff.meetsTargets !== undefined ||
		traps.trapsAdded.length > 0 ||
		traps.trapsRemoved.length > 0;
	return anything ? diff : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
	return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

const costDelta = (t: TierDiff) => Math.abs((t.monthlyUsd?.to ?? 0) - (t.monthlyUsd?.from ?? 0));

export function diffPlans(a: Plan, b: Plan): PlanDiff {
	const names = [
		...a.tiers.map((t) => t.tier),
		...b.tiers.map((t) => t.tier).filter((n) => !a.tiers.some((t) => t.tier === n)),
	];
	const tiers = names
		.map((n) => diffTier(a, b, n))
		.filter((t): t is TierDiff => t !== undefined)
		.sort(
			(p, q) =>
				q.size - p.size ||
				Number(q.pattern !== undefined) - Number(p.pattern !== undefined) ||
				costDelta(q) - costDelta(p) ||
				p.tier.localeCompare(q.tier),
		);
	const traps = trapChanges(a, b, undefined);
	const diff: PlanDiff = {
		same: false,
		...optional('headline', changed(a.headline, b.headline)),
		...optional('status', changed(a.status, b.status)),
		...optional('rtoMinutes', changed(a.rto.total.typical, b.rto.total.typical)),
		...optional('rpoMinutes', changed(a.rpo.minutes.typical, b.rpo.minutes.typical)),
		...optional('monthlyUsd', changed(a.cost.monthlyUsd, b.cost.monthlyUsd)),
		...traps,
		tiers,
	};
	diff.same =
		tiers.length === 0 &&
		diff.headline === undefined &&
		diff.status === undefined &&
		diff.rtoMinutes === undefined &&
		diff.rpoMinutes === undefined &&
		diff.monthlyUsd === undefined &&
		traps.trapsAdded.length === 0 &&
		traps.trapsRemoved.length === 0;
	return diff;
}

export const SAME_PLANS_MESSAGE = 'The two plans are the same: nothing to compare.';

const minutes = (c: Change<number | null>) =>
	`${c.from === null ? 'none' : formatMinutes(c.from)} → ${c.to === null ? 'none' : formatMinutes(c.to)}`;
const usd = (c: Change<number | null>) =>
	`${c.from === null ? 'none' : formatUsd(c.from)} → ${c.to === null ? 'none' : formatUsd(c.to)} a month`;

/** One plain-text sentence per change in a tier, in the order a reader checks them. */
export function tierDiffLines(t: TierDiff): string[] {
	const out: string[] = [];
	if (t.change === 'added') out.push(`New tier, planned with ${t.pattern?.to?.name ?? 'nothing'}.`);
	else if (t.change === 'removed')
		out.push(`Tier removed; it was planned with ${t.pattern?.from?.name ?? 'nothing'}.`);
	else if (t.pattern !== undefined)
		out.push(`Pattern: ${t.pattern.from?.name ?? 'none'} → ${t.pattern.to?.name ?? 'none'}`);
	if (t.rtoMinutes !== undefined) out.push(`RTO: ${minutes(t.rtoMinutes)}`);
	if (t.rpoMinutes !== undefined) out.push(`RPO: ${minutes(t.rpoMinutes)}`);
	if (t.monthlyUsd !== undefined) out.push(`Cost: ${usd(t.monthlyUsd)}`);
	if (t.meetsTargets !== undefined && t.change === 'changed')
		out.push(
			t.meetsTargets.to === true ? 'Now meets the targets.' : 'No longer meets the targets.',
		);
	for (const trap of t.trapsAdded) out.push(`New trap: ${trap}`);
	for (const trap of t.trapsRemoved) out.push(`Trap gone: ${trap}`);
	return out;
}

/** The whole diff as plain text: the plan's changes, then each tier, largest change first. */
export function planDiffText(
	diff: PlanDiff,
	labels: Change<string> = { from: 'A', to: 'B' },
): string {
	if (diff.same) return SAME_PLANS_MESSAGE;
	const out: string[] = [`Changes from ${labels.from} to ${labels.to}:`, ''];
	if (diff.headline !== undefined)
		out.push(`${labels.from}: ${diff.headline.from}`, `${labels.to}: ${diff.headline.to}`, '');
	if (diff.rtoMinutes !== undefined) out.push(`End-to-end RTO: ${minutes(diff.rtoMinutes)}`);
	if (diff.rpoMinutes !== undefined) out.push(`RPO: ${minutes(diff.rpoMinutes)}`);
	if (diff.monthlyUsd !== undefined) out.push(`Monthly standby cost: ${usd(diff.monthlyUsd)}`);
	for (const trap of diff.trapsAdded) out.push(`New trap: ${trap}`);
	for (const trap of diff.trapsRemoved) out.push(`Trap gone: ${trap}`);
	for (const t of diff.tiers) {
		out.push('', `Tier ${t.tier} (change ${Math.round(t.size * 100)}%):`);
		for (const line of tierDiffLines(t)) out.push(`  ${line}`);
	}
	if (diff.tiers.length > 0)
		out.push(
			'',
			'Tiers are listed largest change first: the largest relative change of cost, RTO or RPO (a change from x to y counts |y − x| ÷ the larger of the two).',
		);
	return out.join('\n');
}
