/** One candidate pattern for one tier: its full RTO, RPO and cost, and whether it is viable. */
import { getPattern } from '../patterns/patternRegistry.ts';
import { formatMinutes, formatMinutesApart } from '../facts/format.ts';
import type { Category } from '../patterns/pattern.ts';
import type { PatternId } from '../patterns/ids.ts';
import type { Tier, Workload } from '../schema/workload.ts';
import { candidateKey, type Candidate } from './candidates.ts';
import { estimateTier, neededVms, tierScope, type TierScope } from './estimateTier.ts';
import { failoverQuota, failoverQuotaText } from '../kit/quota.ts';
import { hasUltraDisks } from '../kit/diskZone.ts';
import { diskTypesOf } from '../kit/prices.ts';
import { LAYER_SHORT_NAME, type ProtectionLayer } from './protectionLayer.ts';
import { addRanges, round, roundRange } from '../kit/range.ts';
import {
	PEOPLE_KINDS,
	sharedAfterSteps,
	sharedBeforeSteps,
	type PeopleKind,
} from '../kit/sharedSteps.ts';
import { factMinutes } from '../facts/factRegistry.ts';
import { renderFactText } from '../facts/factRefs.ts';
import { findOption } from '../patterns/index.ts';
import type { StandbyLevel } from '../kit/standbyLadder.ts';
import type {
	CostEstimate,
	CostLine,
	Rejection,
	RpoEstimate,
	RtoEstimate,
	RtoStep,
} from '../kit/types.ts';
import { withUniqueKeys } from '../kit/types.ts';
import {
	judgeTarget,
	ruledOutJudgement,
	ruledOutWords,
	type TargetsJudged,
} from './targetStatus.ts';

export interface Evaluation {
	key: string;
	patternId: PatternId;
	variant?: string;
	name: string;
	category: Category;
	tier: string;
	rto: RtoEstimate;
	rpo: RpoEstimate;
	cost: CostEstimate;
	/** Typical RTO within the target (met or at risk). */
	meetsRto: boolean;
	/** Typical RPO within the target (met or at risk). */
	meetsRpo: boolean;
	/** RTO and RPO each met, at risk or missed against the tier's targets, from the same ranges. */
	targetStatus: TargetsJudged;
	viable: boolean;
	rejections: Rejection[];
	/** How far the worse of RTO and RPO is from its target, as a ratio (≤ 1 meets both). */
	shortfall: number;
	assumptions: string[];
	/** Where the option sits on the standby ladder. */
	standby: StandbyLevel;
	/** The targets this tier is judged against: its own, or the workload's. */
	targets: TierTargets;
	/** The people steps (or automated ones) this option needs. */
	peopleSteps: PeopleKind[];
	/** The VMs a capacity reservation in the target region holds; absent without one. */
	capacityReservation?: { vms: number };
	/** Protection layered on the pattern (its cost lines are in `cost`); empty when none. */
	layers: ProtectionLayer[];
	/**
	 * Present when the option protects this tier with a feature in preview only: the rules'
	 * reasons. The engine prefers a generally available option (previewPreference.ts).
	 */
	preview?: Rejection;
}

export interface TierTargets {
	rtoMinutes: number;
	rpoMinutes: number;
}

/** A tier's own targets where it has them, the workload's otherwise. */
export function tierTargets(workload: Workload, tier: Tier): TierTargets {
	return {
		rtoMinutes: tier.rtoMinutes ?? workload.rtoMinutes,
		rpoMinutes: tier.rpoMinutes ?? workload.rpoMinutes,
	};
}

/**
 * The RPO figure quoted first: the worst case in normal operation (the high end of its range:
 * the disruption strikes just before the next copy lands), with the typical beside it. Judging
 * follows one rule for RTO and RPO (targetStatus.ts): missed when the typical value is beyond the
 * target, at risk when only the worst case is, met when the whole range is within.
 */
export const RPO_STATISTIC = 'high' as const;

export function candidateName(candidate: Candidate): string {
	const pattern = getPattern(candidate.patternId);
	const variant = pattern.variants?.find((v) => v.id === candidate.variant);
	return variant === undefined ? pattern.name : `${pattern.name}: ${variant.name}`;
}

export function rtoEstimate(steps: RtoStep[], assumptions: string[]): RtoEstimate {
	const rounded = withUniqueKeys(steps).map((s) => ({ ...s, minutes: roundRange(s.minutes) }));
	const total = roundRange(addRanges(...rounded.map((s) => s.minutes)));
	let dominant = 0;
	rounded.forEach((s, i) => {
		if (s.minutes.typical > (rounded[dominant]?.minutes.typical ?? -1)) dominant = i;
	});
	return { steps: rounded, total, dominant, assumptions };
}

export function costEstimate(
	lines: CostLine[],
	failedOverDayUsd: number,
	failedOverDayFormula: string,
): CostEstimate {
	const rounded = lines.map((l) => ({ ...l, monthlyUsd: round(l.monthlyUsd) }));
	return {
		lines: rounded,
		monthlyUsd: round(rounded.reduce((sum, l) => sum + l.monthlyUsd, 0)),
		failedOverDayUsd: round(failedOverDayUsd),
		failedOverDayFormula,
	};
}

function miss(kind: 'rto' | 'rpo', actual: number, target: number): Rejection {
	const label = kind === 'rto' ? 'Typical RTO' : 'Typical RPO';
	// "15 min misses your 15 min target" reads as a contradiction: show seconds when needed.
	const [shownActual, shownTarget] = formatMinutesApart(actual, target);
	return {
		kind,
		reason: `${label} of ${shownActual} misses your ${shownTarget} target by ${formatMinutes(actual - target)}.`,
		byMinutes: round(actual - target),
	};
}

/**
 * One candidate for one tier, evaluated in full. `recommend()` passes the tier's scope, shared
 * by its candidates; alone, the function makes its own.
 */
export function evaluateCandidate(
	workload: Workload,
	tier: Tier,
	candidate: Candidate,
	scope: TierScope = tierScope(workload, tier),
): Evaluation {
	const estimate = estimateTier(workload, tier, candidate, scope);
	const option = findOption(candidate.patternId, candidate.variant);
	const people = new Set(option?.peopleSteps ?? PEOPLE_KINDS);
	const before = sharedBeforeSteps(workload.operations, people);
	const after = sharedAfterSteps(workload.routing, workload.operations, people);
	const declare = option?.declareStep;
	const steps = [
		...(declare === undefined
			? before
			: [
					...before.filter((s) => s.kind !== 'declare'),
					{
						key: 'declare',
						kind: 'declare' as const,
						label: declare.label,
						minutes: factMinutes(declare.factId),
						formula: declare.formula,
						factIds: [declare.factId],
					},
				]),
		...estimate.steps,
		...after,
	];
	// An option that creates VMs at failover needs vCPU quota in the target region.
	const assumptions =
		option?.createdAtFailover === true
			? [
					...estimate.assumptions,
					failoverQuotaText(
						failoverQuota(tier, candidate.reserveCapacity === true ? neededVms(tier) : 0),
					),
				]
			: estimate.assumptions;
	const rto = rtoEstimate(steps, assumptions);
	const rpo: RpoEstimate = { ...estimate.rpo, minutes: roundRange(estimate.rpo.minutes) };
	const cost = costEstimate(
		estimate.lines,
		estimate.failedOverDayUsd,
		estimate.failedOverDayFormula,
	);
	const targets = tierTargets(workload, tier);
	const judged: TargetsJudged = {
		rto: judgeTarget(rto.total, targets.rtoMinutes),
		rpo: judgeTarget(rpo.minutes, targets.rpoMinutes),
	};
	const meetsRto = judged.rto.status !== 'missed';
	const meetsRpo = judged.rpo.status !== 'missed';
	const rejections: Rejection[] = [
		...estimate.blockers,
		...(option?.unsupported ?? [])
			.filter((r) => r.applies(tier, workload))
			.map((r): Rejection => ({
				kind: 'not-supported',
				reason: renderFactText(r.rule),
				factIds: [...r.factIds],
			})),
		// The VMs created at failover get the tier's disk type; a reservation cannot hold Ultra Disk VMs.
		...(candidate.reserveCapacity === true && hasUltraDisks(tier, diskTypesOf(tier).disk)
			? [
					{
						kind: 'not-supported' as const,
						reason: renderFactText(
							'No capacity reservation can hold this tier’s VMs: reservations are {fact:capacity.reservation-limits}, and these VMs have Ultra Disks.',
						),
						factIds: ['capacity.reservation-limits'],
					},
				]
			: []),
	];
	// An option a rule rules out is missed on both targets, whatever its estimate: never met.
	const ruledOut = ruledOutWords(tier.name, rejections);
	const targetStatus: TargetsJudged =
		ruledOut === undefined
			? judged
			: {
					rto: ruledOutJudgement(judged.rto, ruledOut),
					rpo: ruledOutJudgement(judged.rpo, ruledOut),
				};
	if (!meetsRto) rejections.push(miss('rto', rto.total.typical, targets.rtoMinutes));
	if (!meetsRpo) rejections.push(miss('rpo', rpo.minutes.typical, targets.rpoMinutes));
	const pattern = getPattern(candidate.patternId);
	// Targets below a second count as a second, so the ratio stays finite.
	const shortfall = Math.max(
		rto.total.typical / targets.rtoMinutes,
		rpo.minutes.typical / Math.max(targets.rpoMinutes, 1 / 60),
	);
	// One literal with every required key, then the optional ones: a literal with conditional
	// spreads is several times slower to create, and a plan creates hundreds of these.
	const evaluation: Evaluation = {
		key: candidateKey(candidate),
		patternId: candidate.patternId,
		name: [
			candidateName(candidate),
			...(candidate.reserveCapacity === true ? ['capacity reservation'] : []),
			...(estimate.layers.length > 0 ? [LAYER_SHORT_NAME] : []),
		].join(' + '),
		category: pattern.category,
		tier: tier.name,
		rto,
		rpo,
		cost,
		meetsRto,
		meetsRpo,
		targetStatus,
		viable: rejections.length === 0,
		rejections,
		shortfall: round(shortfall, 4),
		assumptions,
		standby: option?.standby ?? 'backup-restore',
		targets,
		peopleSteps: PEOPLE_KINDS.filter((k) => people.has(k)),
		layers: estimate.layers.map((l) => ({
			...l,
			lines: l.lines.map((x) => ({ ...x, monthlyUsd: round(x.monthlyUsd) })),
		})),
	};
	if (candidate.variant !== undefined) evaluation.variant = candidate.variant;
	const preview = (option?.preview ?? []).filter((r) => r.applies(tier, workload));
	if (preview.length > 0)
		evaluation.preview = {
			kind: 'preview',
			reason: preview.map((r) => renderFactText(r.rule)).join(' '),
			factIds: preview.flatMap((r) => [...r.factIds]),
		};
	if (candidate.reserveCapacity === true) evaluation.capacityReservation = { vms: neededVms(tier) };
	return evaluation;
}
