/**
 * A declared dependency holds back a tier's serving, not its preparation. An architect starts
 * the infrastructure of every tier at once and opens each tier to traffic after the tiers it
 * needs: steps that create or prepare capacity (provision, restore, boot) run from the
 * declaration, in parallel with the tiers the tier depends on; the steps that make it serve wait
 * for them. An option says when one of its preparing steps needs its dependencies after all (a
 * replica promoted to serving, Site Recovery's recovery-plan groups): `waitsForDependencies`.
 *
 * This is the one rule the schedule, the plan's critical path, the runbook and the estate use.
 */
import { findOption } from '../patterns/index.ts';
import type { PatternId } from '../patterns/ids.ts';
import type { PreparingKind } from '../patterns/patternModule.ts';
import { addRanges } from '../kit/range.ts';
import type { Range, RtoStep, StepKind } from '../kit/types.ts';

const PREPARING: ReadonlySet<StepKind> = new Set<PreparingKind>(['provision', 'restore', 'boot']);

/** The option a tier's steps belong to. */
export interface StepOwner {
	patternId: PatternId;
	variant?: string;
}

/** The step needs the tiers its tier depends on to be up before it starts. */
export function needsDependencies(step: RtoStep, owner: StepOwner): boolean {
	if (!PREPARING.has(step.kind)) return true;
	return waitingKinds(owner).has(step.kind);
}

/** Per option, the preparing kinds that wait: looked up once (a plan's search asks thousands of times). */
const waiting = new Map<string, ReadonlySet<StepKind>>();
function waitingKinds(owner: StepOwner): ReadonlySet<StepKind> {
	const key = `${owner.patternId}/${owner.variant ?? ''}`;
	let kinds = waiting.get(key);
	if (kinds === undefined) {
		kinds = new Set(findOption(owner.patternId, owner.variant)?.waitsForDependencies?.kinds ?? []);
		waiting.set(key, kinds);
	}
	return kinds;
}

/** A tier's own steps: those that run from the declaration, and those that wait for its dependencies. */
export interface TierPhases {
	prepare: RtoStep[];
	serve: RtoStep[];
}

/**
 * A tier's own steps (not the shared ones) by phase, each in its original order. A preparing
 * step listed after a waiting one still runs ahead: a tier's steps are a sequence only within
 * a phase.
 */
export function tierPhases(steps: readonly RtoStep[], owner: StepOwner): TierPhases {
	const own = steps.filter((s) => s.tier !== undefined);
	return {
		prepare: own.filter((s) => !needsDependencies(s, owner)),
		serve: own.filter((s) => needsDependencies(s, owner)),
	};
}

/** How long each phase takes. */
export interface TierTiming {
	prepare: Range;
	serve: Range;
}

export function phaseTiming(phases: TierPhases): TierTiming {
	return {
		prepare: addRanges(...phases.prepare.map((s) => s.minutes)),
		serve: addRanges(...phases.serve.map((s) => s.minutes)),
	};
}

/** Why the option's preparing steps wait, when they do; for the plan and the runbook. */
export function waitReason(owner: StepOwner): string | undefined {
	return findOption(owner.patternId, owner.variant)?.waitsForDependencies?.why;
}
