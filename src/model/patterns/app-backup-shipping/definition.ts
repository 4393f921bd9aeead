import type { Pattern } from '../pattern.ts';
import { declareStep, planFailbackStep, switchTrafficStep, validateStep } from '../commonSteps.ts';

export const appBackupShipping: Pattern = {
	id: 'app-backup-shipping',
	name: 'Application backups shipped to the secondary region',
	shortName: 'Backup shipping',
	category: 'stateful',
	status: 'current',
	appliesTo: ['stateful'],
	summary:
		'Let the application back itself up (a database’s full, differential and log backups) to a dedicated location, ship those backups to the secondary region, and restore them on VMs created at failover. Incremental backups keep the shipped volume small.',
	protects: [
		{ threat: 'region-outage', level: 'yes', note: 'Any region you ship to.' },
		{ threat: 'zone-outage', level: 'yes', note: 'Backups stored zone-redundantly.' },
		{ threat: 'corruption', level: 'yes', note: 'Restore to a point before the corruption.' },
		{ threat: 'deletion', level: 'yes', note: 'With immutable storage for the shipped files.' },
	],
	consistency: {
		level: 'app',
		acrossDisks: true,
		acrossVms: false,
		note: 'The application writes consistent backups itself, whatever the disk layout; separate databases are consistent only to their own backup times.',
	},
	prerequisites: [
		'An application with native backup and restore, preferably incremental (log backups).',
		'Storage in the secondary region for the shipped backups, and a job that ships and verifies them.',
	],
	useWhen: [
		'RPO from minutes to hours on a database without a replica budget.',
		'When you also need point-in-time restore against corruption: one mechanism covers both.',
	],
	avoidWhen: [
		'An RTO shorter than a full restore of your data takes.',
		'Applications without reliable native backup.',
	],
	caveats: [
		{
			text: 'The RTO includes restoring the whole data set on new VMs; it grows with data size.',
			trap: true,
		},
		{
			text: 'Shipping backups through a GRS account has no lag SLA for page blobs; copy the files (AzCopy) or use block blobs with priority replication for a bound.',
		},
		{
			text: 'A backup chain with a missing log file restores only to the gap: verify shipped chains automatically.',
			trap: true,
		},
		{
			text: 'SQL Server can write backups straight to Blob storage in another region, which removes the backup disk and the copy step.',
		},
	],
	failover: [
		declareStep,
		{
			title: 'Create the database VMs',
			detail:
				'Deploy the VMs from the template or image in the secondary region, with empty data disks.',
			owner: 'platform engineer',
		},
		{
			title: 'Restore the latest backup chain',
			detail:
				'Restore the last full backup, then the differential and every shipped log backup, and bring the database online.',
			owner: 'database administrator',
		},
		switchTrafficStep,
		validateStep,
	],
	failback: [
		planFailbackStep,
		{
			title: 'Ship backups the other way',
			detail:
				'Back up the secondary database and restore it in the primary; apply log backups until a short write freeze, then switch.',
			owner: 'database administrator',
		},
	],
	drills: [
		'Restore the shipped backups into an isolated VNet {fact:asr.drill-frequency} and time the restore per GB; that figure sets your RTO.',
	],
	then: {
		era: '2016',
		text: 'Back up to a dedicated disk, then ship it by copying the whole disk, by keeping it in an RA-GRS account, or by copying the backup files with AzCopy; no VM needed in the secondary.',
	},
	now: 'Copy the files, not the disk: AzCopy copies account to account {fact:network.azcopy-server-side}, and SQL Server can back up to Blob storage in another region. Unmanaged backup disks in GRS accounts are gone with unmanaged disks.',
	factIds: [
		'network.azcopy-server-side',
		'network.transfer-price',
		'storage.grs-lag-sla',
		'sql.vm-dr-options',
		'ops.app-restore-throughput',
		'ops.provision',
		'disks.snapshot-price',
	],
	diagram: {
		nodes: [
			{ id: 'db', label: 'Database VM', place: 'primary' },
			{ id: 'bk', label: 'Backup files', place: 'primary' },
			{ id: 'bk2', label: 'Shipped backup files', place: 'secondary' },
			{ id: 'db2', label: 'New VM, restored database', place: 'secondary' },
		],
		edges: [
			{ from: 'db', to: 'bk', label: 'full, differential, log backups' },
			{ from: 'bk', to: 'bk2', label: 'AzCopy or backup to remote Blob' },
			{ from: 'bk2', to: 'db2', label: 'restore the chain', atFailover: true },
		],
	},
	variants: [
		{
			id: 'copy-files',
			name: 'Copy the backup files',
			summary: 'AzCopy or backup-to-URL ships only new backup files.',
		},
		{
			id: 'copy-disk',
			name: 'Copy the backup disk',
			summary: 'The whole disk each time: simple, and the slowest RPO.',
		},
		{
			id: 'geo-storage',
			name: 'Geo-replicated storage',
			summary: 'GRS ships changed bits only, with no lag SLA.',
		},
	],
};
