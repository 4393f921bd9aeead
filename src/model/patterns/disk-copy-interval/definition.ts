import type { Pattern } from '../pattern.ts';
import { declareStep, planFailbackStep, switchTrafficStep, validateStep } from '../commonSteps.ts';

export const diskCopyInterval: Pattern = {
	id: 'disk-copy-interval',
	name: 'Regular disk copies of stateful VMs',
	shortName: 'Interval disk copies',
	category: 'stateful',
	status: 'current',
	appliesTo: ['stateful'],
	summary:
		'Copy the data disks of a stateful VM to the secondary region at a fixed interval; the interval plus the copy time is the RPO. The 2016 version copied whole disks; incremental snapshots now copy {fact:disks.snapshot-copy}, and VM restore points take every disk at one moment.',
	protects: [
		{ threat: 'region-outage', level: 'yes', note: 'To any region, at the interval’s RPO.' },
		{ threat: 'zone-outage', level: 'yes', note: 'Snapshots are zone-redundant where supported.' },
		{
			threat: 'corruption',
			level: 'yes',
			note: 'Keep a history of snapshots and restore one from before it.',
		},
		{
			threat: 'deletion',
			level: 'partial',
			note: 'Protect snapshots with locks and separate permissions.',
		},
	],
	consistency: {
		level: 'crash',
		acrossDisks: true,
		acrossVms: false,
		note: 'Crash-consistent across a VM’s disks when taken as a restore point; application-consistent restore points are limited to every {fact:disks.restore-point-app-interval}. VMs are snapshotted separately.',
	},
	prerequisites: [
		'Transactional data on its own data disks, so only those are copied on the short interval.',
		'A scheduler (Automation, Functions, a pipeline) that snapshots, copies and prunes, and alerts when a copy is late.',
	],
	useWhen: [
		'RPO of an hour or more on a data store without its own replication.',
		'A tight budget: nothing runs in the secondary, you pay snapshot storage and transfer.',
	],
	avoidWhen: [
		'An RPO of minutes: use Site Recovery or application replication.',
		'Databases that need application consistency more often than every {fact:disks.restore-point-app-interval}.',
	],
	caveats: [
		{
			text: 'Your RPO is the interval plus the time to copy the interval’s changes; a late or failed copy widens it silently.',
			trap: true,
		},
		{
			text: 'Separate snapshots of data and log disks are from different moments; use a multi-disk restore point or stop writes first.',
			trap: true,
		},
		{
			text: 'One copy per disk runs at a time, in creation order: a copy slower than the interval falls behind for good.',
		},
		{
			text: 'You pay inter-region transfer on every changed gigabyte ({fact:network.transfer-price}).',
		},
		{
			text: 'Multi-disk restore points leave out shared and ephemeral OS disks, and take Ultra and Premium SSD v2 disks only when application-consistent; copying restore points to another region is itself a preview ({fact:disks.restore-point-support}).',
		},
	],
	failover: [
		declareStep,
		{
			title: 'Pick the recovery point',
			detail:
				'Take the newest fully copied snapshot set; check its timestamp against the incident start to state the data lost.',
			owner: 'database administrator',
		},
		{
			title: 'Create disks and VMs',
			detail:
				'Create managed disks from the snapshots and the VMs on them, from the template, in the prepared VNet.',
			owner: 'platform engineer',
		},
		{
			title: 'Start and recover the data store',
			detail:
				'Start the VMs and let the database run crash recovery; check its consistency before opening it to the application.',
			owner: 'database administrator',
		},
		switchTrafficStep,
		validateStep,
	],
	failback: [
		planFailbackStep,
		{
			title: 'Reverse the copies',
			detail:
				'Snapshot the secondary VMs on the same schedule and copy to the primary until the primary is current, then stop writes, take a last copy and switch.',
			owner: 'platform engineer',
		},
	],
	drills: [
		'Drill {fact:asr.drill-frequency}: restore the latest copied snapshots into an isolated VNet, start the database and run a consistency check.',
	],
	then: {
		era: '2016',
		text: 'Use the stateless methods on the data disks at regular intervals; whole-disk copies take time and bandwidth, which limits the RPO you can reach and raises the cost.',
	},
	now: 'Incremental snapshots copy only changes, so the interval can be much shorter than a whole-disk copy allowed. Multi-disk restore points solve the cross-disk consistency problem.',
	factIds: [
		'disks.snapshot-copy',
		'disks.restore-point-app-interval',
		'disks.multi-disk-consistency',
		'disks.restore-point-support',
		'disks.snapshot-price',
		'network.transfer-price',
		'ops.copy-throughput',
		'ops.provision',
		'ops.boot',
	],
	diagram: {
		nodes: [
			{ id: 'db', label: 'Stateful VM, data disks', place: 'primary' },
			{ id: 'rp', label: 'Restore point or snapshots every interval', place: 'primary' },
			{ id: 'rp2', label: 'Copied snapshots', place: 'secondary' },
			{ id: 'db2', label: 'VM created from the copies', place: 'secondary' },
		],
		edges: [
			{ from: 'db', to: 'rp', label: 'every interval' },
			{ from: 'rp', to: 'rp2', label: 'incremental copy' },
			{ from: 'rp2', to: 'db2', label: 'create disks and VM', atFailover: true },
		],
	},
};
