/** Which patterns (and variants) can protect a tier at all, before any target is checked. */
import type { PatternId } from '../patterns/ids.ts';
import { optionsFor } from '../patterns/index.ts';
import type { Tier } from '../workload.ts';

export interface Candidate {
	patternId: PatternId;
	variant?: string;
}

export function candidateKey(c: Candidate): string {
	return c.variant === undefined ? c.patternId : `${c.patternId}/${c.variant}`;
}

/** The options every pattern module offers for this kind of tier, in evaluation order. */
export function candidatesFor(tier: Tier): Candidate[] {
	return optionsFor(tier).map(({ patternId, variant }) =>
		variant === undefined ? { patternId } : { patternId, variant },
	);
}
