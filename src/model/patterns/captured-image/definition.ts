import type { Pattern } from '../pattern.ts';
import { declareStep, planFailbackStep, switchTrafficStep, validateStep } from '../commonSteps.ts';

export const capturedImage: Pattern = {
	id: 'captured-image',
	name: 'Captured images replicated by Azure Compute Gallery',
	shortName: 'Gallery image',
	category: 'stateless',
	status: 'current',
	appliesTo: ['stateless'],
	summary:
		'Capture a configured VM as an image version in an Azure Compute Gallery, replicated {fact:gallery.replication}, and create VMs or a scale set from it in the secondary region at failover. Generalized images get new identities; specialized images {fact:gallery.specialized}.',
	protects: [
		{ threat: 'region-outage', level: 'yes', note: 'Any region the version replicates to.' },
		{ threat: 'zone-outage', level: 'yes', note: 'Use ZRS replicas where offered.' },
		{ threat: 'corruption', level: 'yes', note: 'Roll back to an earlier image version.' },
		{
			threat: 'deletion',
			level: 'partial',
			note: 'A gallery is a regional resource; keep one in each of two regions.',
		},
	],
	consistency: {
		level: 'app',
		acrossDisks: true,
		acrossVms: true,
		note: 'An image is captured from a stopped or generalized VM, so its disks are consistent; every VM built from one version is identical.',
	},
	prerequisites: [
		'A build that produces image versions (Azure Image Builder, Packer, or capture after patching).',
		'Two galleries in two regions, since {fact:gallery.replication}.',
		'Image disks of {fact:gallery.max-disk-size} or less.',
	],
	useWhen: [
		'Stateless VMs whose configuration takes long to apply: bake it into the image and start fast.',
		'As the image source of a scale set, to shorten its rebuild.',
	],
	avoidWhen: [
		'VMs whose state changes between image builds.',
		'Images rebuilt rarely: a stale image needs a long configuration run at failover anyway.',
	],
	caveats: [
		{
			text: 'Replication to a region can take hours, and a VM can be created there only once it finishes: publish new versions well before you need them.',
			trap: true,
		},
		{
			text: 'Plan {fact:gallery.replicas-production} replicas per region for production; too few replicas throttle mass creation at failover.',
		},
		{ text: 'Each replica is billed as snapshot storage ({fact:gallery.billing}).' },
		{
			text: 'A specialized image keeps the source VM’s accounts and hostname; do not run two copies on one network.',
		},
	],
	failover: [
		declareStep,
		{
			title: 'Create VMs from the latest replicated version',
			detail:
				'Deploy the secondary template pointing at the image version that is replicated to the secondary region, or scale the set built on it.',
			owner: 'platform engineer',
		},
		{
			title: 'Apply the last configuration',
			detail: 'Apply secrets and the configuration changed since the image was built.',
			owner: 'platform engineer',
		},
		switchTrafficStep,
		validateStep,
	],
	failback: [
		planFailbackStep,
		{
			title: 'Rebuild in the primary',
			detail: 'Create the primary VMs from the same image version and switch traffic back.',
			owner: 'platform engineer',
		},
	],
	drills: [
		'On every image release, create one VM from the new version in the secondary region and run the smoke test.',
	],
	then: {
		era: '2016',
		text: 'Capture a generalized image of the VM and copy it to the secondary location yourself, possibly as the base image of a scale set.',
	},
	now: 'Azure Compute Gallery versions images, replicates them {fact:gallery.replication}, and supports generalized and specialized images; no gallery fee, replica storage only.',
	factIds: [
		'gallery.max-disk-size',
		'gallery.replication',
		'gallery.replicas-production',
		'gallery.billing',
		'gallery.specialized',
		'disks.snapshot-price',
		'ops.provision',
		'ops.configure',
	],
	diagram: {
		nodes: [
			{ id: 'build', label: 'Image build', place: 'primary' },
			{ id: 'gal1', label: 'Gallery image version', place: 'primary' },
			{ id: 'gal2', label: 'Replica of the version', place: 'secondary' },
			{ id: 'vm2', label: 'VMs or scale set from the image', place: 'secondary' },
		],
		edges: [
			{ from: 'build', to: 'gal1', label: 'publishes a version' },
			{ from: 'gal1', to: 'gal2', label: 'gallery replication' },
			{ from: 'gal2', to: 'vm2', label: 'create VMs', atFailover: true },
		],
	},
	variants: [
		{
			id: 'generalized',
			name: 'Generalized image',
			summary: 'New identity per VM; suits scale sets.',
		},
		{
			id: 'specialized',
			name: 'Specialized image',
			summary: 'Keeps identity, boots faster; one copy per network.',
		},
	],
};
