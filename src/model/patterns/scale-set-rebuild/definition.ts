import type { Pattern } from '../pattern.ts';
import { declareStep, planFailbackStep, switchTrafficStep, validateStep } from '../commonSteps.ts';

export const scaleSetRebuild: Pattern = {
	id: 'scale-set-rebuild',
	name: 'Scale sets rebuilt from a recipe',
	shortName: 'Scale set rebuild',
	category: 'stateless',
	status: 'current',
	appliesTo: ['stateless'],
	summary:
		'Keep the recipe, not the VMs: a template plus configuration as code (Chef, Puppet, DSC, cloud-init) builds identical instances in a scale set in the secondary region. Run it cold from zero, hot with a few instances running, or with a standby pool of pre-provisioned VMs.',
	protects: [
		{
			threat: 'region-outage',
			level: 'yes',
			note: 'Any region where the template, image and capacity are available.',
		},
		{ threat: 'zone-outage', level: 'yes', note: 'Spread the set across zones.' },
		{
			threat: 'corruption',
			level: 'yes',
			note: 'Rebuild from a known-good version of the recipe.',
		},
		{ threat: 'deletion', level: 'yes', note: 'The recipe lives in source control.' },
	],
	consistency: {
		level: 'none',
		acrossDisks: true,
		acrossVms: true,
		note: 'No state to keep consistent: every instance is built from the same recipe version.',
	},
	prerequisites: [
		'Configuration as code that builds a working instance with no manual step.',
		'The image in the secondary region: a marketplace image, or a gallery image replicated there.',
		'Networking, load balancer and secrets deployed in the secondary region ahead of time.',
	],
	useWhen: [
		'Web and application tiers that keep no state on the VM.',
		'Teams that already deploy with templates and configuration management.',
	],
	avoidWhen: [
		'VMs that hold state or were configured by hand.',
		'A short RTO with a cold (zero-instance) set and a long configuration run: use a hot set or a standby pool.',
	],
	caveats: [
		{
			text: 'Microsoft publishes no scale-out time ({fact:vmss.scale-out-time}); measure yours in a drill.',
		},
		{
			text: 'Autoscale rules on the set’s own metrics never fire at zero instances: {fact:vmss.zero-metrics}. Scale up by hand, on a schedule, or from an external metric.',
			trap: true,
		},
		{
			text: 'Capacity in the target region is best effort during a regional event, when many customers scale at once. Reserve capacity for the instances the RTO depends on.',
			trap: true,
		},
		{
			text: 'Standby pools are for Flexible orchestration only; deallocated pool VMs pay for disks, not compute.',
		},
		{
			text: 'A recipe that reaches the primary region (package feeds, secrets, artefacts) fails during the disruption; host what it needs in both regions.',
			trap: true,
		},
	],
	failover: [
		declareStep,
		{
			title: 'Scale the secondary set out',
			detail:
				'Set the instance count to the production size. A hot set starts from its running instances; a standby pool hands over its pre-provisioned VMs first.',
			owner: 'platform engineer',
		},
		{
			title: 'Wait for configuration to finish',
			detail:
				'Watch the configuration run and the load balancer health probe until every instance serves.',
			owner: 'platform engineer',
		},
		switchTrafficStep,
		validateStep,
	],
	failback: [
		planFailbackStep,
		{
			title: 'Scale the primary set out again',
			detail:
				'Rebuild in the primary from the same recipe version, switch traffic back, then scale the secondary down to its standby size.',
			owner: 'platform engineer',
		},
	],
	drills: [
		'Drill {fact:asr.drill-frequency}: scale the secondary set to full size in an isolated VNet and time it from the command to the last healthy probe.',
		'Deploy the current recipe version to the secondary on every release, so drift is found by the pipeline, not the disaster.',
	],
	then: {
		era: '2016',
		text: 'Describe the set in a template with DSC, Puppet or Chef, and scale out from zero at failover; for a short RTO keep {fact:vmss.standby-min-instances} instances running as a hot standby.',
	},
	now: 'Flexible orchestration is recommended, sets hold up to {fact:vmss.max-vms} VMs, and standby pools ({fact:vmss.standby-pools}) cut the cold-start time without paying for running compute.',
	factIds: [
		'vmss.max-vms',
		'vmss.standby-pools',
		'vmss.scale-out-time',
		'vmss.zero-metrics',
		'ops.provision',
		'ops.configure',
		'gallery.replication',
	],
	diagram: {
		nodes: [
			{ id: 'repo', label: 'Template and configuration in source control', place: 'global' },
			{ id: 'set1', label: 'Scale set, production size', place: 'primary' },
			{ id: 'set2', label: 'Scale set: 0, a few, or a standby pool', place: 'secondary' },
			{ id: 'set3', label: 'Scale set at production size', place: 'secondary' },
		],
		edges: [
			{ from: 'repo', to: 'set1', label: 'deploys' },
			{ from: 'repo', to: 'set2', label: 'deploys the same version' },
			{ from: 'set2', to: 'set3', label: 'scale out to production size', atFailover: true },
		],
	},
	variants: [
		{
			id: 'cold',
			name: 'Cold: scale from zero',
			summary: 'Nothing runs in the secondary; every instance is built at failover.',
		},
		{
			id: 'warm',
			name: 'Warm: a few instances running',
			summary:
				'A small set of {fact:vmss.standby-min-instances} instances runs in the secondary at all times and takes traffic at once; the set scales out to the capacity needed at failover.',
		},
		{
			id: 'hot',
			name: 'Hot: the capacity needed, running',
			summary:
				'The secondary runs as many instances as the tier needs at failover, so nothing has to be built; it waits, it does not serve.',
		},
		{
			id: 'active-active',
			name: 'Active/active: serving in both regions',
			summary:
				'Both regions serve users behind Front Door or Traffic Manager, each sized for the capacity needed at failover; health probes move traffic away from a failed region without anyone declaring anything.',
		},
		{
			id: 'standby-pool',
			name: 'Standby pool',
			summary:
				'Pre-provisioned, deallocated VMs join the set at failover; they pay for disks only.',
		},
	],
};
