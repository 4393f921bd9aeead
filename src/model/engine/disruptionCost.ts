/**
 * The cost of a regional disruption, and when a faster option pays for itself. The reader
 * gives what an hour of downtime costs them; the model gives each option's RTO and monthly
 * cost. No outage frequency is assumed: the reader supplies theirs, or reads the break-even,
 * the number of disruptions a year at which the faster option's extra cost is paid back.
 *
 * A regional disruption takes down every tier, so the workload is back when its slowest tier
 * is (the plan's end-to-end RTO). A faster option for one tier saves only what it takes off
 * that slowest path: a tier that is not the slowest saves nothing on its own.
 */
import { round } from '../kit/range.ts';
import type { Evaluation } from './evaluate.ts';
import type { Range } from '../kit/types.ts';
import { formatDecimal, formatMinutes, formatUsd } from '../facts/format.ts';

/** What the disruption cost reads of a plan's tier: its options (the engine's TierPlan). */
export interface TierOptions {
	tier: string;
	meetsTargets: boolean;
	recommended: Evaluation;
	alternatives: readonly Evaluation[];
	rejected: readonly Evaluation[];
	nearest: readonly Evaluation[];
}

/** What the disruption cost reads of a plan (plan.ts names PlanDisruption: importing Plan would close a circle). */
interface Plan {
	tiers: readonly TierOptions[];
	rto: { total: Range };
}

export interface DisruptionCost {
	/** Downtime cost × RTO, at the typical and the high RTO; US$. */
	typicalUsd: number;
	highUsd: number;
}

export interface OptionDisruption {
	key: string;
	name: string;
	rtoMinutes: { typical: number; high: number };
	monthlyUsd: number;
	disruptionCostUsd: DisruptionCost;
}

export interface BreakEven {
	tier: string;
	key: string;
	name: string;
	/** Extra monthly cost against the tier's recommended option; US$ (≤ 0: not dearer). */
	extraMonthlyUsd: number;
	/** Typical minutes the tier's own RTO is shorter by. */
	tierRtoSavedMinutes: number;
	/** Typical minutes the plan's end-to-end RTO is shorter by with this option in the tier. */
	planRtoSavedMinutes: number;
	/**
	 * Disruptions a year at which the extra cost pays off: extra × 12 ÷ (downtime cost an hour ×
	 * hours saved). 0 when the option is not dearer; undefined when it saves no time for the
	 * plan or downtime costs nothing, so no number of disruptions pays it off.
	 */
	breakEvenPerYear?: number;
	/** With the reader's disruptionsPerYear: downtime saved minus the extra cost, US$ a year. */
	netUsdPerYear?: number;
}

export interface TierDisruption {
	tier: string;
	recommended: OptionDisruption;
	/** Every option evaluated for the tier, recommended first. */
	options: OptionDisruption[];
	/** Viable options faster than the recommended one (nearest ones when none is viable). */
	fasterAlternatives: BreakEven[];
}

export interface PlanDisruption {
	downtimeCostPerHourUsd: number;
	disruptionsPerYear?: number;
	/** The plan: downtime cost × end-to-end RTO. */
	disruptionCostUsd: DisruptionCost;
	/** With disruptionsPerYear: the expected downtime cost a year, typical RTO; US$. */
	expectedUsdPerYear?: number;
	tiers: TierDisruption[];
}

function cost(perHour: number, rto: { typical: number; high: number }): DisruptionCost {
	return {
		typicalUsd: round((perHour * rto.typical) / 60),
		highUsd: round((perHour * rto.high) / 60),
	};
}

function option(perHour: number, e: Evaluation): OptionDisruption {
	const rto = { typical: e.rto.total.typical, high: e.rto.total.high };
	return {
		key: e.key,
		name: e.name,
		rtoMinutes: rto,
		monthlyUsd: e.cost.monthlyUsd,
		disruptionCostUsd: cost(perHour, rto),
	};
}

/**
 * The plan's typical end-to-end RTO, optionally with one tier's option swapped: the slowest
 * tier's (tiers recover in parallel after the shared steps every option includes).
 */
function planRto(plan: Plan, swap?: { tier: string; rtoTypical: number }): number {
	return Math.max(
		...plan.tiers.map((t) =>
			t.tier === swap?.tier ? swap.rtoTypical : t.recommended.rto.total.typical,
		),
	);
}

/** Break-even disruptions a year: extra × 12 ÷ (cost an hour × hours saved). */
export function breakEvenPerYear(
	extraMonthlyUsd: number,
	downtimeCostPerHourUsd: number,
	savedMinutes: number,
): number | undefined {
	if (extraMonthlyUsd <= 0) return 0;
	const savedPerDisruption = (downtimeCostPerHourUsd * savedMinutes) / 60;
	const perYear = (extraMonthlyUsd * 12) / savedPerDisruption;
	return savedPerDisruption > 0 && Number.isFinite(perYear) ? perYear : undefined;
}

function alternatives(t: TierOptions): Evaluation[] {
	const pool = t.meetsTargets ? t.alternatives : t.nearest;
	return pool.filter(
		(e) => e.key !== t.recommended.key && e.rto.total.typical < t.recommended.rto.total.typical,
	);
}

export function disruptionCost(
	plan: Plan,
	downtimeCostPerHourUsd: number,
	disruptionsPerYear?: number,
): PlanDisruption {
	const perHour = downtimeCostPerHourUsd;
	const current = planRto(plan);
	const tiers = plan.tiers.map((t): TierDisruption => {
		const rec = t.recommended;
		const others = [...t.alternatives, ...t.rejected].filter((e) => e.key !== rec.key);
		return {
			tier: t.tier,
			recommended: option(perHour, rec),
			options: [rec, ...others].map((e) => option(perHour, e)),
			fasterAlternatives: alternatives(t).map((e): BreakEven => {
				const extra = round(e.cost.monthlyUsd - rec.cost.monthlyUsd);
				const planSaved = round(
					current - planRto(plan, { tier: t.tier, rtoTypical: e.rto.total.typical }),
				);
				const breakEven = breakEvenPerYear(extra, perHour, planSaved);
				return {
					tier: t.tier,
					key: e.key,
					name: e.name,
					extraMonthlyUsd: extra,
					tierRtoSavedMinutes: round(rec.rto.total.typical - e.rto.total.typical),
					planRtoSavedMinutes: planSaved,
					...(breakEven !== undefined
						? { breakEvenPerYear: Number(breakEven.toPrecision(4)) }
						: {}),
					...(disruptionsPerYear !== undefined
						? {
								netUsdPerYear: round((disruptionsPerYear * perHour * planSaved) / 60 - extra * 12),
							}
						: {}),
				};
			}),
		};
	});
	const planCost = cost(perHour, plan.rto.total);
	return {
		downtimeCostPerHourUsd: perHour,
		...(disruptionsPerYear !== undefined ? { disruptionsPerYear } : {}),
		disruptionCostUsd: planCost,
		...(disruptionsPerYear !== undefined
			? { expectedUsdPerYear: round(disruptionsPerYear * planCost.typicalUsd) }
			: {}),
		tiers,
	};
}

/** "1 in 4 years", "2.5 a year": a break-even frequency as a reader says it. */
export function formatPerYear(perYear: number): string {
	if (perYear === 0) return 'any number of disruptions';
	if (perYear < 1) {
		const years = 1 / perYear;
		return `1 disruption every ${formatDecimal(years, 1)} years`;
	}
	return `${formatDecimal(perYear, 1)} disruptions a year`;
}

/** Plain-text lines for the CLI and the wizard: the plan's cost, then each faster option. */
export function disruptionLines(d: PlanDisruption): string[] {
	const out: string[] = [];
	out.push(
		`A regional disruption costs about ${formatUsd(d.disruptionCostUsd.typicalUsd)} at the typical RTO, up to ${formatUsd(d.disruptionCostUsd.highUsd)} at the high end (${formatUsd(d.downtimeCostPerHourUsd)} an hour of downtime).`,
	);
	if (d.expectedUsdPerYear !== undefined && d.disruptionsPerYear !== undefined)
		out.push(
			`At your ${formatDecimal(d.disruptionsPerYear, 3)} disruptions a year: about ${formatUsd(d.expectedUsdPerYear)} a year in downtime.`,
		);
	for (const t of d.tiers) {
		for (const a of t.fasterAlternatives) {
			const head = `${t.tier}: ${a.name} is ${formatMinutes(a.tierRtoSavedMinutes)} faster for ${a.extraMonthlyUsd > 0 ? `${formatUsd(a.extraMonthlyUsd)} a month more` : 'no extra cost'}`;
			if (a.breakEvenPerYear === undefined) {
				out.push(
					`${head}, but the plan's end-to-end RTO does not shorten (another tier is slower), so it pays off at no frequency on its own.`,
				);
				continue;
			}
			const net =
				a.netUsdPerYear === undefined
					? ''
					: ` At your frequency it ${a.netUsdPerYear >= 0 ? 'saves' : 'costs'} about ${formatUsd(Math.abs(a.netUsdPerYear))} a year net.`;
			const pays =
				a.breakEvenPerYear === 0
					? 'pays off whatever the frequency'
					: `pays off at ${formatPerYear(a.breakEvenPerYear)} or more often`;
			out.push(
				`${head}; it shortens the plan's RTO by ${formatMinutes(a.planRtoSavedMinutes)} and ${pays}.${net}`,
			);
		}
	}
	return out;
}
