/** Which patterns (and variants) can protect a tier at all, before any target is checked. */
import type { Tier } from '../workload.ts';

export interface Candidate {
	patternId: string;
	variant?: string;
}

export function candidateKey(c: Candidate): string {
	return c.variant === undefined ? c.patternId : `${c.patternId}/${c.variant}`;
}

export function parseCandidateKey(key: string): Candidate {
	const [patternId = '', variant] = key.split('/');
	return variant === undefined ? { patternId } : { patternId, variant };
}

const STATELESS: Candidate[] = [
	{ patternId: 'scale-set-rebuild', variant: 'cold' },
	{ patternId: 'scale-set-rebuild', variant: 'standby-pool' },
	{ patternId: 'scale-set-rebuild', variant: 'hot' },
	{ patternId: 'captured-image' },
	{ patternId: 'disk-copy' },
	{ patternId: 'site-recovery-a2a' },
	{ patternId: 'azure-backup' },
	{ patternId: 'grs-vm-disks' },
	{ patternId: 'site-recovery-2016' },
];

const STATEFUL_VM: Candidate[] = [
	{ patternId: 'disk-copy-interval' },
	{ patternId: 'app-backup-shipping' },
	{ patternId: 'app-replication', variant: 'full' },
	{ patternId: 'app-replication', variant: 'one-replica' },
	{ patternId: 'app-replication', variant: 'smaller-vms' },
	{ patternId: 'site-recovery-a2a' },
	{ patternId: 'azure-backup' },
	{ patternId: 'grs-vm-disks' },
	{ patternId: 'site-recovery-2016' },
];

const PAAS: Candidate[] = [
	{ patternId: 'paas-sql-geo', variant: 'failover-group' },
	{ patternId: 'paas-sql-geo', variant: 'geo-restore' },
];

export function candidatesFor(tier: Tier): Candidate[] {
	if (tier.data === 'paas') return PAAS;
	return tier.kind === 'stateless' ? STATELESS : STATEFUL_VM;
}
