/**
 * A pattern's numbers for the reference workload, as its page's summary card and build-time
 * calculator show them before the reader changes anything.
 */
import { candidatesFor, type Candidate } from './candidates.ts';
import { evaluateCandidate, type Evaluation } from './evaluate.ts';
import { hasEstimator } from './estimateTier.ts';
import { getPattern } from '../patterns/patternRegistry.ts';
import { referenceWorkloadFor } from '../patterns/referenceWorkloadFor.ts';
import type { Workload } from '../schema/workload.ts';

export interface PatternReference {
	workload: Workload;
	evaluations: Evaluation[];
}

/** The candidates of one pattern (its variants, or itself) that fit a workload's first tier. */
export function patternCandidates(patternId: string, workload: Workload): Candidate[] {
	const tier = workload.tiers[0];
	if (tier === undefined) return [];
	return candidatesFor(tier).filter((c) => c.patternId === patternId);
}

export function patternReference(
	patternId: string,
	workload?: Workload,
): PatternReference | undefined {
	const pattern = getPattern(patternId);
	if (!hasEstimator(pattern.id) || pattern.status === 'historical') return undefined;
	const w = workload ?? referenceWorkloadFor(pattern.category, pattern.appliesTo);
	const tier = w.tiers[0];
	if (tier === undefined) return undefined;
	const evaluations = patternCandidates(patternId, w).map((c) => evaluateCandidate(w, tier, c));
	return evaluations.length === 0 ? undefined : { workload: w, evaluations };
}
