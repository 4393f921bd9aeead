import type { Pattern } from '../pattern.ts';
import { declareStep, switchTrafficStep, validateStep } from '../commonSteps.ts';

export const grsVmDisks: Pattern = {
	id: 'grs-vm-disks',
	name: 'Geo-redundant storage for VM disks',
	shortName: 'GRS disks',
	category: 'false-friend',
	status: 'retired',
	appliesTo: ['stateless', 'stateful'],
	summary:
		'Keep VM disks as page blobs in a GRS or RA-GRS storage account and rebuild the VMs from the replicated blobs in the paired region. It only ever worked for unmanaged disks, which retired on {fact:disks.unmanaged-retirement}; managed disks offer {fact:disks.managed-redundancy}.',
	protects: [
		{
			threat: 'region-outage',
			level: 'partial',
			note: 'Only the paired region, with no lag SLA, and only for unmanaged disks.',
		},
		{
			threat: 'zone-outage',
			level: 'partial',
			note: 'The data survives; the VMs still have to be rebuilt.',
		},
		{ threat: 'corruption', level: 'no', note: 'Replication copies corruption within minutes.' },
		{ threat: 'deletion', level: 'no', note: 'A deleted blob is deleted in both regions.' },
	],
	consistency: {
		level: 'crash',
		acrossDisks: false,
		acrossVms: false,
		note: 'Each blob replicates on its own; write order across disks is {fact:storage.grs-per-blob}.',
	},
	prerequisites: [
		'Unmanaged disks (page-blob VHDs), which can no longer start after {fact:disks.unmanaged-retirement}.',
		'A source region with a pair: GRS replicates to {fact:storage.pair-only}.',
	],
	useWhen: [
		'Never as the DR plan for VMs today. GRS still suits block-blob data your application reads and writes directly.',
	],
	avoidWhen: [
		'Any VM with more than one disk: the copies come from different moments.',
		'Any RPO you must guarantee: page blobs have {fact:storage.grs-lag-sla} lag SLA.',
		'Managed disks, which is every VM created since the retirement.',
	],
	caveats: [
		{
			text: 'Plain GRS is not readable until a failover; you need RA-GRS or a customer-managed account failover ({fact:storage.failover-time}) before you can read anything.',
		},
		{
			text: 'RA-GRS is read-only: the VHDs must be copied to a writable account in the secondary before a VM can attach them, which adds the copy time to the RTO.',
		},
		{
			text: 'Replication lag is typically {fact:storage.grs-typical-lag} with {fact:storage.grs-lag-sla} SLA for page blobs.',
			trap: true,
		},
		{
			text: 'Data and log disks replicate independently, so a database can come back with data files newer than its log.',
			trap: true,
		},
		{
			text: 'The target is always the pair: no choice of region, and nonpaired regions cannot use it at all.',
		},
		{
			text: 'An unplanned account failover leaves the account LRS in the new region, with no SLA on re-establishing geo-redundancy.',
		},
	],
	failover: [
		declareStep,
		{
			title: 'Fail the storage account over',
			detail:
				'Start a customer-managed unplanned failover of the account ({fact:storage.failover-time}); check Last Sync Time first to know what you will lose.',
			owner: 'platform engineer',
		},
		{
			title: 'Create VMs on the replicated VHDs',
			detail:
				'Create each VM in the secondary region from its OS and data VHDs, with the network and NSG rules you deployed there in advance.',
			owner: 'platform engineer',
		},
		switchTrafficStep,
		validateStep,
	],
	failback: [
		{
			title: 'Re-enable geo-redundancy',
			detail: 'Convert the account back to GRS and wait for the initial sync.',
			owner: 'platform engineer',
		},
		{
			title: 'Fail over again, planned',
			detail:
				'A planned failover keeps the data; it needs both regions healthy and Last Sync Time within {fact:storage.planned-failover-max-lag}.',
			owner: 'platform engineer',
		},
	],
	drills: [
		'Planned failover is the only drill, and it moves production. Migrate instead of drilling.',
	],
	then: {
		era: '2016',
		text: 'The first option people reached for, with five caveats: RA-GRS needed, read-only copies, no lag SLA, per-disk replication, pair only. Acceptable for single-disk VMs with loose targets.',
	},
	now: 'Retired for VMs: managed disks have {fact:disks.managed-redundancy} and unmanaged disks stopped starting on {fact:disks.unmanaged-retirement}. The failover is now yours to trigger, but page blobs still have no lag SLA.',
	replacedBy: ['site-recovery-a2a', 'disk-copy-interval'],
	factIds: [
		'storage.planned-failover-max-lag',
		'disks.unmanaged-retirement',
		'disks.managed-redundancy',
		'storage.grs-typical-lag',
		'storage.grs-lag-sla',
		'storage.failover',
		'storage.failover-time',
		'storage.grs-per-blob',
		'storage.pair-only',
	],
	diagram: {
		nodes: [
			{ id: 'vm', label: 'VM with unmanaged disks', place: 'primary' },
			{ id: 'acct', label: 'GRS storage account', place: 'primary' },
			{ id: 'copy', label: 'Secondary copy of the blobs', place: 'secondary' },
			{ id: 'vm2', label: 'VM rebuilt from VHDs', place: 'secondary' },
		],
		edges: [
			{ from: 'vm', to: 'acct', label: 'writes page blobs' },
			{ from: 'acct', to: 'copy', label: 'async, per blob, no lag SLA' },
			{ from: 'copy', to: 'vm2', label: 'account failover, attach VHDs', atFailover: true },
		],
	},
};
