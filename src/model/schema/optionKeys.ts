/**
 * The option keys a tier may name in `tiers[].pattern` ("we already run…"): the engine's own
 * keys (`pattern-id`, `pattern-id/variant`, `…+capacity-reservation`, see engine/candidates.ts),
 * by the kind of tier that takes them. The schema sits below the pattern folders, so the lists
 * are written here; a unit test holds them equal to what the engine evaluates for each kind.
 */
import { z } from 'zod';

/** Which options a tier is offered: a stateless tier, a stateful tier on VMs, a PaaS database. */
export type OptionSituation = 'stateless' | 'stateful-vm' | 'paas';

export const OPTION_KEYS_BY_SITUATION = {
	stateless: [
		'scale-set-rebuild/cold',
		'scale-set-rebuild/cold+capacity-reservation',
		'scale-set-rebuild/standby-pool',
		'scale-set-rebuild/warm',
		'scale-set-rebuild/warm+capacity-reservation',
		'scale-set-rebuild/hot',
		'scale-set-rebuild/active-active',
		'captured-image',
		'captured-image+capacity-reservation',
		'disk-copy',
		'disk-copy+capacity-reservation',
		'site-recovery-a2a',
		'site-recovery-a2a+capacity-reservation',
		'site-recovery-a2a/zone-to-zone',
		'azure-backup',
		'azure-backup+capacity-reservation',
		'azure-backup/disk-backup',
		'grs-vm-disks',
		'site-recovery-2016',
	],
	'stateful-vm': [
		'disk-copy-interval',
		'disk-copy-interval+capacity-reservation',
		'app-backup-shipping',
		'app-backup-shipping+capacity-reservation',
		'app-replication/full',
		'app-replication/one-replica',
		'app-replication/smaller-vms',
		'site-recovery-a2a',
		'site-recovery-a2a+capacity-reservation',
		'site-recovery-a2a/zone-to-zone',
		'azure-backup',
		'azure-backup+capacity-reservation',
		'azure-backup/disk-backup',
		'grs-vm-disks',
		'site-recovery-2016',
	],
	paas: [
		'paas-sql-geo/failover-group',
		'paas-sql-geo/failover-group-microsoft',
		'paas-sql-geo/geo-restore',
	],
} as const satisfies Record<OptionSituation, readonly string[]>;

/** Every option key any tier may name, each once. */
export const OPTION_KEYS = [
	...new Set([
		...OPTION_KEYS_BY_SITUATION.stateless,
		...OPTION_KEYS_BY_SITUATION['stateful-vm'],
		...OPTION_KEYS_BY_SITUATION.paas,
	]),
] as unknown as readonly [OptionKey, ...OptionKey[]];

export type OptionKey = (typeof OPTION_KEYS_BY_SITUATION)[OptionSituation][number];

/** The kind of tier an option list is for, from the tier's kind and data answers. */
export function optionSituation(tier: {
	kind: string;
	data?: string | undefined;
}): OptionSituation {
	if (tier.data === 'paas') return 'paas';
	return tier.kind === 'stateless' ? 'stateless' : 'stateful-vm';
}

const SITUATION_WORDS: Record<OptionSituation, string> = {
	stateless: 'a stateless tier',
	'stateful-vm': 'a stateful tier on VMs',
	paas: 'a tier whose data is in a PaaS database',
};

/** The keys a tier may name, in the engine's evaluation order. */
export function optionKeysFor(tier: {
	kind: string;
	data?: string | undefined;
}): readonly string[] {
	return OPTION_KEYS_BY_SITUATION[optionSituation(tier)];
}

/**
 * Why a tier's `pattern` is refused, naming the tier's options; undefined when it applies.
 * "is not an option key; …" or "does not apply to a stateless tier; …".
 */
export function pinnedOptionMessage(
	tier: { kind: string; data?: string | undefined },
	key: unknown,
): string | undefined {
	const keys = optionKeysFor(tier);
	if (typeof key === 'string' && keys.includes(key)) return undefined;
	const situation = SITUATION_WORDS[optionSituation(tier)];
	const known = typeof key === 'string' && (OPTION_KEYS as readonly string[]).includes(key);
	return `${known ? `does not apply to ${situation}` : 'must be an option key'}; the options for ${situation} are: ${keys.join(', ')}`;
}

/** The keys by kind of tier, in words: the workload-file reference page's "accepts". */
export const OPTION_KEYS_TEXT = (Object.keys(SITUATION_WORDS) as OptionSituation[])
	.map((s) => `for ${SITUATION_WORDS[s]}: ${OPTION_KEYS_BY_SITUATION[s].join(', ')}`)
	.join('; ');

const RESERVED = ', with a capacity reservation';

/**
 * The form's words for each key: the option's name as the plan writes it (a unit test holds
 * them equal to the engine's names), then the kinds of tier it is for.
 */
export const OPTION_LABELS: Record<OptionKey, string> = {
	'scale-set-rebuild/cold': 'Scale sets rebuilt from a recipe: Cold: scale from zero',
	'scale-set-rebuild/cold+capacity-reservation': `Scale sets rebuilt from a recipe: Cold: scale from zero${RESERVED}`,
	'scale-set-rebuild/standby-pool': 'Scale sets rebuilt from a recipe: Standby pool',
	'scale-set-rebuild/warm': 'Scale sets rebuilt from a recipe: Warm: a few instances running',
	'scale-set-rebuild/warm+capacity-reservation': `Scale sets rebuilt from a recipe: Warm: a few instances running${RESERVED}`,
	'scale-set-rebuild/hot': 'Scale sets rebuilt from a recipe: Hot: the capacity needed, running',
	'scale-set-rebuild/active-active':
		'Scale sets rebuilt from a recipe: Active/active: serving in both regions',
	'captured-image': 'Captured images replicated by Azure Compute Gallery',
	'captured-image+capacity-reservation': `Captured images replicated by Azure Compute Gallery${RESERVED}`,
	'disk-copy': 'Copying disks after each change',
	'disk-copy+capacity-reservation': `Copying disks after each change${RESERVED}`,
	'disk-copy-interval': 'Regular disk copies of stateful VMs',
	'disk-copy-interval+capacity-reservation': `Regular disk copies of stateful VMs${RESERVED}`,
	'app-backup-shipping': 'Application backups shipped to the secondary region',
	'app-backup-shipping+capacity-reservation': `Application backups shipped to the secondary region${RESERVED}`,
	'app-replication/full': 'Application replication to running replicas: Full replicas',
	'app-replication/one-replica': 'Application replication to running replicas: One replica VM',
	'app-replication/smaller-vms': 'Application replication to running replicas: Smaller replica VMs',
	'site-recovery-a2a': 'Site Recovery, Azure to Azure',
	'site-recovery-a2a+capacity-reservation': `Site Recovery, Azure to Azure${RESERVED}`,
	'site-recovery-a2a/zone-to-zone': 'Site Recovery, Azure to Azure: Zone to zone',
	'azure-backup': 'Azure Backup with Cross Region Restore',
	'azure-backup+capacity-reservation': `Azure Backup with Cross Region Restore${RESERVED}`,
	'azure-backup/disk-backup': 'Azure Backup with Cross Region Restore: Azure Disk Backup',
	'grs-vm-disks': 'Geo-redundant storage for VM disks',
	'site-recovery-2016': 'Site Recovery as it was in 2016',
	'paas-sql-geo/failover-group':
		'Azure SQL Database geo-replication and failover groups: Failover group, customer-managed',
	'paas-sql-geo/failover-group-microsoft':
		'Azure SQL Database geo-replication and failover groups: Failover group, Microsoft-managed',
	'paas-sql-geo/geo-restore':
		'Azure SQL Database geo-replication and failover groups: Geo-restore only',
};

/** `tiers[].pattern`: an option key, checked against the tier's kind by the tier's schema. */
export const pinnedOptionSchema = z
	.enum(OPTION_KEYS, { error: 'must be an option key for the tier’s kind' })
	.meta({
		accepts: `an option key ${OPTION_KEYS_TEXT}`,
		description:
			'The option this tier already runs, as the engine names it (pattern id, then /variant, then +capacity-reservation). The plan keeps it, plans the other tiers around it, and shows what it would have picked and the difference in RTO, RPO and cost.',
	})
	.optional();

/** An issue on `tiers.N.pattern` rewritten to list that tier's options; undefined for others. */
export function pinnedOptionIssue(
	input: unknown,
	path: readonly PropertyKey[],
	field: string,
): { field: string; message: string } | undefined {
	if (path.length !== 3 || path[0] !== 'tiers' || path[2] !== 'pattern') return undefined;
	const tiers = (input as { tiers?: unknown } | null)?.tiers;
	const tier = Array.isArray(tiers) ? (tiers[Number(path[1])] as unknown) : undefined;
	const { kind, data, pattern } = (tier ?? {}) as Record<string, unknown>;
	const message = pinnedOptionMessage(
		{ kind: String(kind), data: typeof data === 'string' ? data : undefined },
		pattern,
	);
	return message === undefined ? undefined : { field, message };
}
