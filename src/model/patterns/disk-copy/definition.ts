import type { Pattern } from '../pattern.ts';
import { declareStep, planFailbackStep, switchTrafficStep, validateStep } from '../commonSteps.ts';

export const diskCopy: Pattern = {
	id: 'disk-copy',
	name: 'Copying disks after each change',
	shortName: 'Disk copy',
	category: 'stateless',
	status: 'current',
	appliesTo: ['stateless'],
	summary:
		'For VMs managed by hand: after each maintenance window, copy the disks to the secondary region, and create VMs from the copies at failover. In 2016 that meant shutting the VM down or taking blob snapshots; today incremental snapshots are copied across regions with {fact:disks.snapshot-copy}.',
	protects: [
		{ threat: 'region-outage', level: 'yes', note: 'To any region you copy to.' },
		{
			threat: 'zone-outage',
			level: 'yes',
			note: 'Snapshots are ZRS where the region supports it.',
		},
		{
			threat: 'corruption',
			level: 'yes',
			note: 'Keep several copies and restore one from before the change.',
		},
		{
			threat: 'deletion',
			level: 'partial',
			note: 'Only if snapshots are protected from the same hands that delete VMs.',
		},
	],
	consistency: {
		level: 'crash',
		acrossDisks: false,
		acrossVms: false,
		note: 'Snapshots of separate disks are separate moments. Shut the VM down, or use a VM restore point, to copy all its disks from one moment ({fact:disks.multi-disk-consistency}).',
	},
	prerequisites: [
		'A change process that says when a VM has changed: patches, releases, configuration.',
		'Networking and NSGs deployed in the secondary region.',
	],
	useWhen: [
		'Stateless VMs configured by hand that cannot yet be rebuilt from code.',
		'Appliances and licensed software whose installation cannot be scripted.',
	],
	avoidWhen: [
		'Stateful VMs: the copy is only as fresh as the last change window.',
		'VMs you can rebuild from code: a scale set is simpler to keep current.',
	],
	caveats: [
		{
			text: 'A snapshot is crash-consistent, as if the power cable were pulled; an application that cannot survive that needs a shutdown copy or an app-consistent restore point.',
			trap: true,
		},
		{
			text: 'Snapshots of a multi-disk VM must be taken at the same moment; separate snapshot calls are not.',
			trap: true,
		},
		{
			text: 'Cross-region copies run one at a time per disk and in creation order, with up to 100 in parallel per subscription and region.',
		},
		{
			text: 'A forgotten copy after a change fails silently at failover: alert when the newest secondary snapshot is older than the last change.',
		},
	],
	failover: [
		declareStep,
		{
			title: 'Create disks from the latest copied snapshots',
			detail:
				'For each VM, create managed disks in the secondary region from its newest copied snapshot set.',
			owner: 'platform engineer',
		},
		{
			title: 'Create and start the VMs',
			detail:
				'Create the VMs on those disks from a template, in the prepared VNet, and start them.',
			owner: 'platform engineer',
		},
		switchTrafficStep,
		validateStep,
	],
	failback: [
		planFailbackStep,
		{
			title: 'Copy back any change made during the failover',
			detail:
				'Snapshot the secondary VMs if they changed, copy the snapshots to the primary, and recreate the VMs there.',
			owner: 'platform engineer',
		},
	],
	drills: [
		'After each change window, create one VM from the copied snapshots in an isolated VNet and boot it.',
	],
	then: {
		era: '2016',
		text: 'Either shut the VM down, copy its VHD blobs and restart it, one VM after another, or snapshot the blobs in place and copy them: quicker, but crash-consistent and hard to align across disks.',
	},
	now: 'Managed disks take incremental snapshots, usable at once and kept up to {fact:disks.snapshots-per-disk} per disk; CopyStart copies only the changes across regions. VM restore points snapshot every disk of a VM at one moment.',
	replacedBy: ['scale-set-rebuild', 'captured-image'],
	factIds: [
		'disks.snapshot-copy',
		'disks.snapshots-per-disk',
		'disks.multi-disk-consistency',
		'disks.snapshot-price',
		'network.transfer-price',
		'ops.copy-throughput',
		'ops.provision',
	],
	diagram: {
		nodes: [
			{ id: 'vm', label: 'Hand-managed VM', place: 'primary' },
			{ id: 'snap', label: 'Incremental snapshots', place: 'primary' },
			{ id: 'snap2', label: 'Copied snapshots', place: 'secondary' },
			{ id: 'vm2', label: 'VM created from the copies', place: 'secondary' },
		],
		edges: [
			{ from: 'vm', to: 'snap', label: 'after each change' },
			{ from: 'snap', to: 'snap2', label: 'CopyStart, changes only' },
			{ from: 'snap2', to: 'vm2', label: 'create disks and VM', atFailover: true },
		],
	},
	variants: [
		{
			id: 'shutdown-copy',
			name: 'Shut down, copy, restart',
			summary: 'A clean copy at the cost of downtime per VM.',
		},
		{
			id: 'snapshot',
			name: 'Crash-consistent snapshots',
			summary: 'No downtime; crash-consistent, and multi-disk VMs need a restore point.',
		},
	],
};
