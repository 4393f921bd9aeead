import type { Pattern } from '../pattern.ts';
import { declareStep, switchTrafficStep, validateStep } from '../commonSteps.ts';

export const azureBackup: Pattern = {
	id: 'azure-backup',
	name: 'Azure Backup with Cross Region Restore',
	shortName: 'Azure Backup',
	category: 'false-friend',
	status: 'current',
	appliesTo: ['stateless', 'stateful'],
	summary:
		'Back VMs up to a geo-redundant Recovery Services vault and restore them in the paired region. Once an in-region "oops recovery" only; Cross Region Restore now lets you restore there {fact:backup.crr}, at an RPO of about {fact:backup.secondary-rpo}.',
	protects: [
		{
			threat: 'region-outage',
			level: 'partial',
			note: 'Paired region only, with an RPO of about {fact:backup.secondary-rpo} and an RTO of hours.',
		},
		{
			threat: 'zone-outage',
			level: 'yes',
			note: 'A ZRS vault keeps copies in several zones; a GRS vault keeps its primary copies in one region, plus a copy in the paired region that Cross Region Restore can read.',
		},
		{
			threat: 'corruption',
			level: 'yes',
			note: 'Point-in-time copies from before the corruption.',
		},
		{
			threat: 'deletion',
			level: 'yes',
			note: 'Soft delete keeps deleted items {fact:backup.soft-delete}.',
		},
	],
	consistency: {
		level: 'app',
		acrossDisks: true,
		acrossVms: false,
		note: 'App-consistent (VSS, or pre/post scripts on Linux) across the disks of one VM; each VM is backed up on its own schedule.',
	},
	prerequisites: [
		'A source region with a pair: vault geo-redundancy goes to {fact:backup.pair-only}.',
		'Vault redundancy set to GRS with Cross Region Restore before the first backup; it cannot be changed afterwards.',
		'Network, identity and DNS ready in the paired region.',
	],
	useWhen: [
		'Targets of a day or more, and a budget that rules out anything running in the secondary.',
		'As the second layer under any replication pattern, to recover from corruption and deletion.',
	],
	avoidWhen: [
		'An RPO shorter than {fact:backup.standard-interval}: only the last backup of the day reaches the vault, so even Enhanced policy leaves the secondary about {fact:backup.secondary-rpo} behind.',
		'A source region without a pair.',
	],
	caveats: [
		{
			text: 'Against a zone outage, Cross Zonal Restore brings a zone-pinned VM or its disks back in another zone of the same region ({fact:backup.cross-zonal-restore}): from vault-tier points only, never from the instant-restore snapshots, and it does nothing for a region outage.',
		},
		{
			text: 'VM backups live in a Recovery Services vault; Azure Disk Backup needs a separate Backup vault, and a Resource Guard guards different operations on each ({fact:vaults.which-vault}).',
		},
		{
			text: 'The secondary RPO is about {fact:backup.secondary-rpo}: a day of backup interval plus up to {fact:backup.replication-lag} of replication.',
			trap: true,
		},
		{
			text: 'Enhanced policy backs up every {fact:backup.enhanced-interval}, but only the last backup of the day goes to the vault, so the cross-region RPO does not improve.',
			trap: true,
		},
		{
			text: 'Restores from the vault take {fact:backup.vault-restore}; plan the RTO in hours, per VM, in parallel.',
		},
		{
			text: 'Cross Region Restore moves vault storage to RA-GRS at a higher price and cannot be turned off.',
		},
		{
			text: 'Newly backed-up items can take up to {fact:backup.crr-first-copy} to appear in the secondary.',
		},
	],
	failover: [
		declareStep,
		{
			title: 'Restore each VM in the secondary region',
			detail:
				'From the vault’s secondary region view, restore the latest cross-region recovery point of each VM into the prepared VNet. Start all restores at once; they run in parallel.',
			owner: 'platform engineer',
		},
		{
			title: 'Reattach what a restore does not carry',
			detail:
				'Public IPs, extensions, role assignments and backup protection have to be set again on the restored VMs.',
			owner: 'platform engineer',
		},
		switchTrafficStep,
		validateStep,
	],
	failback: [
		{
			title: 'Back up the restored VMs',
			detail:
				'Protect the restored VMs in a vault in the secondary region so failback starts from current data.',
			owner: 'platform engineer',
		},
		{
			title: 'Restore back and switch',
			detail:
				'In a maintenance window, restore to the primary (or rebuild there and copy data), switch traffic, and retire the secondary copies.',
			owner: 'platform engineer',
		},
	],
	drills: [
		'Cross Region Restore allows drills at any time: restore one VM per tier into an isolated VNet {fact:asr.drill-frequency} and time it.',
		'Record the restore duration per GB; it is the figure our calculator asks you to replace.',
	],
	then: {
		era: '2016',
		text: 'An in-region "oops recovery" tool. A geo-redundant vault could be read only after Microsoft declared the primary region lost, which had never happened.',
	},
	now: 'Cross Region Restore restores in the paired region {fact:backup.crr}. It is the cheapest cross-region option, and the slowest: RPO about {fact:backup.secondary-rpo}, RTO in hours.',
	factIds: [
		'backup.crr-first-copy',
		'disk-backup.tier',
		'disk-backup.min-interval',
		'disks.snapshot-price',
		'backup.crr',
		'backup.secondary-rpo',
		'backup.replication-lag',
		'backup.standard-interval',
		'backup.enhanced-interval',
		'backup.pair-only',
		'backup.soft-delete',
		'backup.vault-restore',
		'backup.agentless-multi-disk',
		'backup.confidential-vms',
		'vaults.which-vault',
		'backup.cross-zonal-restore',
		'backup.instance-price',
		'backup.grs-storage-price',
	],
	diagram: {
		nodes: [
			{ id: 'vm', label: 'Protected VMs', place: 'primary' },
			{ id: 'vault', label: 'GRS Recovery Services vault', place: 'primary' },
			{ id: 'vault2', label: 'Vault data in the paired region', place: 'secondary' },
			{ id: 'vm2', label: 'Restored VMs', place: 'secondary' },
		],
		edges: [
			{ from: 'vm', to: 'vault', label: 'daily (or 4-hourly) backup' },
			{
				from: 'vault',
				to: 'vault2',
				label: 'geo-replication, up to {fact:backup.replication-lag}',
			},
			{ from: 'vault2', to: 'vm2', label: 'Cross Region Restore', atFailover: true },
		],
	},
	variants: [
		{
			id: 'disk-backup',
			name: 'Azure Disk Backup',
			summary:
				'Agentless incremental snapshots of each disk, kept in the source region: a bad change or deleted disk can come back, a region cannot, so plans show it only as ruled out.',
			protects: [
				{
					threat: 'region-outage',
					level: 'no',
					note: 'The copies are {fact:disk-backup.tier}, never copied to another region, so nothing can be restored there.',
				},
				{
					threat: 'zone-outage',
					level: 'partial',
					note: 'The copies are {fact:disk-backup.tier}, with no vault copy to fall back on: whether they outlive a zone depends on the redundancy of that snapshot storage in your region.',
				},
				{
					threat: 'corruption',
					level: 'yes',
					note: 'Restore a disk from a snapshot taken before the damage, as often as every {fact:disk-backup.min-interval}.',
				},
				{
					threat: 'deletion',
					level: 'partial',
					note: 'A deleted disk comes back from its snapshots, which are {fact:disk-backup.tier}: immutable vaults and enhanced soft delete do not apply to them (see the fact’s note).',
				},
			],
		},
	],
};
