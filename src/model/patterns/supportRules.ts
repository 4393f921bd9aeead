/**
 * Support rules shared by pattern options: configurations of a tier (disk type, security type,
 * shared disks, processor architecture) that an option's service does not support. Each rule
 * names the fact it rests on; an option lists the rules that apply to it in its `unsupported`.
 */
import type { SupportRule } from './patternModule.ts';

const isStateful = (kind: string) => kind === 'stateful';

/** Site Recovery does not protect Arm64 VMs. */
export const asrArm64: SupportRule = {
	id: 'asr-arm64',
	applies: (tier) => tier.architecture === 'arm64',
	rule: 'Site Recovery does not support VMs on the Arm64 architecture ({fact:asr.unsupported-compute}).',
	factIds: ['asr.unsupported-compute'],
};

/**
 * Site Recovery keeps only crash-consistent points for shared disks: a tier that must be
 * application-consistent cannot use it.
 */
export const asrSharedDiskConsistency: SupportRule = {
	id: 'asr-shared-disk-consistency',
	applies: (tier, workload) =>
		tier.sharedDisk === true && workload.appConsistency && isStateful(tier.kind),
	rule: 'Site Recovery protects shared disks with crash-consistent recovery points only, and your data must be application-consistent ({fact:asr.shared-disks}).',
	factIds: ['asr.shared-disks'],
};

/** Site Recovery protects at most so many disks per subscription. */
export const asrDiskLimit: SupportRule = {
	id: 'asr-disk-limit',
	applies: (tier) => tier.vmCount * tier.disksPerVm > 3000,
	rule: 'Site Recovery protects at most {fact:asr.max-protected-disks} disks per subscription, and this tier alone has more: split it across subscriptions.',
	factIds: ['asr.max-protected-disks'],
};

/** Site Recovery does not protect confidential VMs. */
export const asrConfidential: SupportRule = {
	id: 'asr-confidential',
	applies: (tier) => tier.securityType === 'confidential',
	rule: 'Site Recovery and confidential VMs: {fact:asr.confidential-vms}; the confidential VM overview lists Site Recovery among the features they do not support.',
	factIds: ['asr.confidential-vms'],
};

/**
 * Site Recovery protects Linux Trusted Launch VMs in preview only (Windows is generally
 * available). A tier that names no operating system is priced as Linux (kit/prices.ts), so it is
 * judged as Linux here too.
 */
export const asrTrustedLaunchLinuxPreview: SupportRule = {
	id: 'asr-trusted-launch-linux-preview',
	applies: (tier) => tier.securityType === 'trusted-launch' && (tier.os ?? 'linux') === 'linux',
	rule: 'For a Linux tier, Site Recovery’s Trusted Launch support is a preview ({fact:asr.trusted-launch}): no SLA, and it may change before general availability.',
	factIds: ['asr.trusted-launch'],
};

/** Azure Backup of confidential VMs is a preview without Cross Region Restore. */
export const backupConfidentialCrossRegion: SupportRule = {
	id: 'backup-confidential-cross-region',
	applies: (tier) => tier.securityType === 'confidential',
	rule: 'Azure Backup of confidential VMs is in preview and does not support Cross Region Restore, so no backup can be restored in the other region ({fact:backup.confidential-vms}).',
	factIds: ['backup.confidential-vms'],
};

/** Zone-to-zone Site Recovery excludes Ultra disks. */
export const asrZoneToZoneUltra: SupportRule = {
	id: 'asr-z2z-ultra',
	applies: (tier) => tier.diskType === 'ultra',
	rule: 'Site Recovery supports Ultra disks between regions but not zone-to-zone ({fact:asr.disk-type-support}).',
	factIds: ['asr.disk-type-support'],
};

/** VM restore points leave out shared disks. */
export const restorePointSharedDisk: SupportRule = {
	id: 'restore-point-shared-disk',
	applies: (tier) => tier.sharedDisk === true,
	rule: 'VM restore points do not support shared disks: they would be left out of every copy ({fact:disks.restore-point-support}).',
	factIds: ['disks.restore-point-support'],
};

/** VM restore points of confidential VMs. */
export const restorePointConfidential: SupportRule = {
	id: 'restore-point-confidential',
	applies: (tier) => tier.securityType === 'confidential',
	rule: 'VM restore points do not support confidential VMs ({fact:disks.restore-point-support}).',
	factIds: ['disks.restore-point-support'],
};

/** Ultra and Premium SSD v2 disks get application-consistent restore points only. */
export const restorePointCrashNewDisks: SupportRule = {
	id: 'restore-point-crash-new-disks',
	applies: (tier, workload) =>
		(tier.diskType === 'ultra' || tier.diskType === 'premium-ssd-v2') &&
		!(workload.appConsistency && isStateful(tier.kind)),
	rule: 'Crash-consistent VM restore points do not support Ultra or Premium SSD v2 disks; only application-consistent points do, at most every {fact:disks.restore-point-app-interval} (set "Data must be application-consistent" to plan with them) ({fact:disks.restore-point-support}).',
	factIds: ['disks.restore-point-support', 'disks.restore-point-app-interval'],
};

/** An image disk larger than a gallery image may hold. */
export const galleryDiskSize: SupportRule = {
	id: 'gallery-disk-size',
	applies: (tier) => tier.dataGiB / tier.disksPerVm > 2 * 1024,
	rule: 'A Compute Gallery image holds disks of at most {fact:gallery.max-disk-size} each with full replication, and this tier’s disks are larger on average ({fact:gallery.max-disk-size-shallow} with shallow replication, which keeps no full copy in the other region).',
	factIds: ['gallery.max-disk-size', 'gallery.max-disk-size-shallow'],
};

/** Every rule, for the reference page and the tests. */
export const SUPPORT_RULES: readonly SupportRule[] = [
	asrArm64,
	asrSharedDiskConsistency,
	asrDiskLimit,
	asrZoneToZoneUltra,
	asrConfidential,
	backupConfidentialCrossRegion,
	restorePointSharedDisk,
	restorePointConfidential,
	restorePointCrashNewDisks,
	galleryDiskSize,
	asrTrustedLaunchLinuxPreview,
];
