import type { Pattern } from '../pattern.ts';

export const siteRecovery2016: Pattern = {
	id: 'site-recovery-2016',
	name: 'Site Recovery as it was in 2016',
	shortName: 'Site Recovery 2016',
	category: 'false-friend',
	status: 'historical',
	appliesTo: ['stateless', 'stateful'],
	summary:
		'In July 2016 Site Recovery replicated on-premises Hyper-V and VMware machines into Azure and could not protect a VM already running in Azure. Azure-to-Azure replication is now {fact:asr.a2a-availability} and is the default answer for stateful IaaS VMs.',
	protects: [
		{ threat: 'region-outage', level: 'no', note: 'No Azure-to-Azure replication existed.' },
		{ threat: 'zone-outage', level: 'no', note: 'Zones did not exist yet.' },
		{ threat: 'corruption', level: 'no', note: 'Not applicable to Azure VMs.' },
		{ threat: 'deletion', level: 'no', note: 'Not applicable to Azure VMs.' },
	],
	consistency: {
		level: 'none',
		acrossDisks: false,
		acrossVms: false,
		note: 'Nothing was replicated for Azure VMs.',
	},
	prerequisites: ['An on-premises source: Hyper-V or VMware.'],
	useWhen: ['Never for Azure VMs; read the Azure-to-Azure page instead.'],
	avoidWhen: [
		'Any plan built on the 2016 statement that Site Recovery cannot fail over Azure VMs.',
	],
	caveats: [
		{
			text: 'Advice written before May 2017 that rules Site Recovery out for Azure VMs is out of date.',
			trap: true,
		},
		{
			text: 'Azure-to-Azure replicates to {fact:asr.any-region}, so the pair constraint of the older options does not apply.',
		},
	],
	failover: [
		{
			title: 'Use Azure-to-Azure replication instead',
			detail:
				'Enable replication per VM or per recovery plan and follow the Site Recovery runbook.',
			owner: 'platform engineer',
		},
	],
	failback: [
		{
			title: 'See the Azure-to-Azure runbook',
			detail: 'Reprotect and fail back as described on the Site Recovery page.',
			owner: 'platform engineer',
		},
	],
	drills: ['Replace any drill that assumed no Site Recovery with a Site Recovery test failover.'],
	then: {
		era: 'July 2016',
		text: 'Site Recovery’s scenarios were on-premises to Azure; it could not fail over an Azure solution. In 2017 Azure-to-Azure entered public preview and the seed article was updated to recommend it for stateful VMs.',
	},
	now: 'Azure-to-Azure is {fact:asr.a2a-availability}: crash-consistent points every {fact:asr.crash-point-interval}, retention up to {fact:asr.max-retention}, consistency groups of {fact:asr.group-max-vms} VMs and recovery plans of {fact:asr.plan-max-vms}.',
	replacedBy: ['site-recovery-a2a'],
	factIds: [
		'asr.a2a-availability',
		'asr.any-region',
		'asr.crash-point-interval',
		'asr.max-retention',
		'asr.group-max-vms',
		'asr.plan-max-vms',
	],
	diagram: {
		nodes: [
			{ id: 'onprem', label: 'On-premises Hyper-V or VMware', place: 'global' },
			{ id: 'azure', label: 'Azure region', place: 'primary' },
			{ id: 'vm', label: 'Azure VM', place: 'primary' },
			{ id: 'none', label: 'No replica', place: 'secondary' },
		],
		edges: [
			{ from: 'onprem', to: 'azure', label: 'replicated by Site Recovery' },
			{ from: 'vm', to: 'none', label: 'not supported in 2016' },
		],
	},
};
