/**
 * Agentless multi-disk crash-consistent backup: an Enhanced-policy setting of Azure VM backup,
 * not a pattern of its own (its restore and cross-region RPO are the pattern's). What it changes
 * is whether a multi-disk tier needs the VM agent for backups consistent across its disks, so the
 * option carries it as a caveat: available, or ruled out by one of its support rules.
 */
import type { Tier, Workload } from '../../schema/workload.ts';
import type { OptionTrap } from '../patternModule.ts';

interface Exclusion {
	id: string;
	/** What the tier has that agentless backup does not support. */
	what: string;
	applies: (tier: Tier) => boolean;
}

/**
 * A size built on Azure Boost, which agentless backup does not support: Intel v6 and later, AMD v7
 * and later (an AMD size has an `a` after its vCPU count: `Standard_D4as_v6`). Read from the size's
 * name, so it holds for sizes the size table does not list yet.
 */
export function onAzureBoost(vmSize: string | undefined): boolean {
	const m = /^Standard_[A-Z]+\d+([a-z-]*)_v(\d+)$/i.exec(vmSize ?? '');
	if (m === null) return false;
	const version = Number(m[2]);
	const amd = (m[1] ?? '').startsWith('a');
	return version >= (amd ? 7 : 6);
}

/** The support rules of agentless multi-disk backup that a tier's fields can tell. */
export const AGENTLESS_EXCLUSIONS: readonly Exclusion[] = [
	{
		id: 'azure-boost',
		what: 'sizes built on Azure Boost (Intel v6 and later, AMD v7 and later)',
		applies: (t) => onAzureBoost(t.vmSize),
	},
	{
		id: 'confidential',
		what: 'confidential VMs',
		applies: (t) => t.securityType === 'confidential',
	},
	{ id: 'ultra', what: 'Ultra disks', applies: (t) => t.diskType === 'ultra' },
	{
		id: 'premium-ssd-v2',
		what: 'Premium SSD v2 disks',
		applies: (t) => t.diskType === 'premium-ssd-v2',
	},
	{ id: 'shared-disk', what: 'shared disks', applies: (t) => t.sharedDisk },
];

/** The first rule that rules agentless backup out for this tier, if any. */
export function agentlessExclusion(tier: Tier): Exclusion | undefined {
	return AGENTLESS_EXCLUSIONS.find((e) => e.applies(tier));
}

/** Several disks per VM whose backups need not be application-consistent. */
const multiDiskCrash = (tier: Tier, workload: Workload): boolean =>
	tier.disksPerVm > 1 && !(workload.appConsistency && tier.kind === 'stateful');

export const agentlessTraps: readonly OptionTrap[] = [
	{
		id: 'backup-agentless-multi-disk',
		text: 'the VM backups can be agentless and crash-consistent across all of a VM’s disks, on the Enhanced policy, with no VM agent or snapshot extension ({fact:backup.agentless-multi-disk}); not on sizes built on Azure Boost (Intel v6 and later, AMD v7 and later), and disks with read/write caching are not guaranteed consistent.',
		factIds: ['backup.agentless-multi-disk'],
		when: (tier, workload) =>
			multiDiskCrash(tier, workload) && agentlessExclusion(tier) === undefined,
	},
	...AGENTLESS_EXCLUSIONS.map((e): OptionTrap => ({
		id: `backup-agentless-no-${e.id}`,
		text: `agentless multi-disk crash-consistent backup does not support ${e.what} ({fact:backup.agentless-multi-disk}): the VM backups need the VM agent and snapshot extension.`,
		factIds: ['backup.agentless-multi-disk'],
		when: (tier, workload) =>
			multiDiskCrash(tier, workload) && agentlessExclusion(tier)?.id === e.id,
	})),
];
