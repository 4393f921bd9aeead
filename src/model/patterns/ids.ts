/**
 * Every pattern's id, in catalogue order. A pattern's id is one of these, so a misspelt id
 * anywhere in the model is a type error. Each has its folder here and a line in index.ts.
 */
export const PATTERN_IDS = [
	'grs-vm-disks',
	'site-recovery-2016',
	'azure-backup',
	'scale-set-rebuild',
	'disk-copy',
	'captured-image',
	'disk-copy-interval',
	'app-backup-shipping',
	'app-replication',
	'site-recovery-a2a',
	'paas-sql-geo',
	'dns-failover',
] as const;

export type PatternId = (typeof PATTERN_IDS)[number];

export function isPatternId(id: string): id is PatternId {
	return (PATTERN_IDS as readonly string[]).includes(id);
}
