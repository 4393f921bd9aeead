/**
 * What each service supports for a VM's security type and host, and which vault each feature
 * keeps its copies in: the facts behind the `not-supported` rejections of confidential VMs and
 * the caveats on Dedicated Hosts and Resource Guard. Each note names the revision read.
 */
import type { Fact } from './fact.ts';
import { SOURCES as S } from './sources.ts';
import { reviewedSecondPass } from './review.ts';

export const supportFacts: readonly Fact[] = [
	{
		id: 'asr.confidential-vms',
		label: 'Site Recovery for confidential VMs',
		value: 'not supported',
		unit: 'text',
		sources: [S.confidentialVmOverview, S.asrSupport],
		asOf: '2023-11-14',
		...reviewedSecondPass,
		status: 'documented',
		note: 'The confidential VM overview (November 2023 revision) lists Azure Site Recovery among the features confidential VMs do not support, with Azure Dedicated Host, shared disks and Ultra disks. The Azure-to-Azure support matrix revision read (June 2025) does not mention confidential VMs at all, so nothing there lifts the limit. Protect a confidential VM with application replication or by rebuilding it from code.',
	},
	{
		id: 'backup.confidential-vms',
		label: 'Azure Backup for confidential VMs',
		value: 'preview: v6-series sizes in listed regions, no Cross Region Restore',
		unit: 'text',
		sources: [S.backupSupportMatrixIaas],
		asOf: '2026-07-02',
		...reviewedSecondPass,
		status: 'documented',
		note: 'The support matrix for confidential VM backup (preview, July 2026 revision) supports v6-series confidential VMs only (not v5), in UAE North, Korea Central, East US, West Europe, North Europe, Southeast Asia, West US, Germany West Central and UK South, with confidential OS disk encryption only; it needs the preview feature RestorePointSupportForConfidentialVMV2 registered. Multi-disk crash-consistent backup and Cross Region Restore are not supported, so a vault backup of a confidential VM cannot be restored in another region. The November 2023 confidential VM overview still lists Azure Backup as not supported at all.',
	},
	{
		id: 'vaults.which-vault',
		label: 'Which vault each feature uses, and what a Resource Guard protects there',
		value:
			'Recovery Services vault: VM backup and Site Recovery; Backup vault: Disk Backup. Resource Guard guards backup operations on both',
		unit: 'text',
		sources: [S.backupMua, S.diskBackup, S.backupAgentlessMultiDisk],
		asOf: '2023-09-25',
		...reviewedSecondPass,
		status: 'documented',
		note: 'Azure VM backup (application-consistent or agentless multi-disk crash-consistent, with Cross Region Restore) and Site Recovery replication live in a Recovery Services vault; Azure Disk Backup needs a Backup vault and keeps its snapshots in your resource group, never in the vault (Disk Backup overview, July 2023). Multi-user authorization (September 2023 revision) lets a Resource Guard guard, on a Recovery Services vault, disabling soft delete and disabling MUA (always) and, if chosen, reducing retention in a policy or protection, stopping protection with delete data and changing the MARS PIN; on a Backup vault, disabling MUA (always) and deleting a backup instance. None of these concern Site Recovery replication, and operations on the protected VMs or disks themselves are outside its scope.',
	},
];
