/** Which patterns (and variants) can protect a tier at all, before any target is checked. */
import type { PatternId } from '../patterns/ids.ts';
import { optionsFor } from '../patterns/index.ts';
import type { Tier } from '../schema/workload.ts';

export interface Candidate {
	patternId: PatternId;
	variant?: string;
	/** A capacity reservation in the target region holds the VMs created at failover. */
	reserveCapacity?: true;
}

/** What a key adds for an option with a capacity reservation. */
export const RESERVATION_KEY_SUFFIX = '+capacity-reservation';

export function candidateKey(c: Candidate): string {
	const base = c.variant === undefined ? c.patternId : `${c.patternId}/${c.variant}`;
	return c.reserveCapacity === true ? `${base}${RESERVATION_KEY_SUFFIX}` : base;
}

/**
 * The options every pattern module offers for this kind of tier, in evaluation order; an
 * option whose VMs are created at failover is followed by the same option with a capacity
 * reservation.
 */
export function candidatesFor(tier: Tier): Candidate[] {
	return optionsFor(tier).flatMap(({ patternId, variant, createdAtFailover }) => {
		const plain: Candidate = variant === undefined ? { patternId } : { patternId, variant };
		return createdAtFailover ? [plain, { ...plain, reserveCapacity: true as const }] : [plain];
	});
}
