import type { Pattern } from '../pattern.ts';
import { declareStep, reprotectStep, switchTrafficStep, validateStep } from '../commonSteps.ts';

export const siteRecoveryA2a: Pattern = {
	id: 'site-recovery-a2a',
	name: 'Site Recovery, Azure to Azure',
	shortName: 'Site Recovery',
	category: 'stateful',
	status: 'current',
	appliesTo: ['stateful', 'stateless'],
	summary:
		'Site Recovery replicates every disk of a VM continuously to {fact:asr.any-region}, makes crash-consistent recovery points every {fact:asr.crash-point-interval}, and fails VMs over in order with recovery plans. Today’s recommended option for stateful IaaS VMs.',
	protects: [
		{ threat: 'region-outage', level: 'yes', note: 'To any region, with an RTO SLA.' },
		{
			threat: 'zone-outage',
			level: 'yes',
			note: 'A replica in another region outlives the loss of any zone; the zone-to-zone variant, to {fact:asr.z2z-scope}, in the {fact:asr.z2z-regions} regions listed, covers a zone outage only.',
		},
		{
			threat: 'corruption',
			level: 'partial',
			note: 'Only within the retention window: {fact:asr.default-retention} by default, up to {fact:asr.max-retention}.',
		},
		{
			threat: 'deletion',
			level: 'partial',
			note: 'A file deleted inside the VM can come back from an earlier recovery point, within retention; deleting the VM itself removes its replication and recovery points.',
		},
	],
	consistency: {
		level: 'crash',
		acrossDisks: true,
		acrossVms: true,
		note: 'Every recovery point covers all disks of a VM. Multi-VM consistency groups of up to {fact:asr.group-max-vms} VMs share points across VMs. App-consistent points at most every {fact:asr.app-point-min-interval}.',
	},
	prerequisites: [
		'Managed disks of a supported type (not Ultra or NVMe) and churn within {fact:asr.churn-per-vm} per VM, or {fact:asr.churn-per-vm-high} with High Churn.',
		'A Recovery Services vault in the target region and a cache storage account in the source region.',
		'Target network, and capacity reservations for the VMs your RTO depends on.',
	],
	useWhen: [
		'Stateful VMs with an RPO of minutes and an RTO around an hour.',
		'Multi-tier applications that must come up in order: recovery plans sequence them.',
	],
	avoidWhen: [
		'Workloads whose churn exceeds the per-VM limits.',
		'As the only protection against corruption with the default one-day retention.',
	],
	caveats: [
		{
			text: 'The RTO SLA is stated as {fact:asr.rto-sla}; it counts from triggering failover to the VM running, excluding your manual steps and scripts, and applies only when the target region has capacity.',
			trap: true,
		},
		{
			text: 'Default retention is {fact:asr.default-retention} with app-consistent points off: corruption found the next day has already replicated into every point.',
			trap: true,
		},
		{
			text: 'Target capacity is best effort; Microsoft recommends on-demand capacity reservations in the DR region.',
			trap: true,
		},
		{
			text: 'Multi-VM consistency is CPU-intensive and a grouped VM cannot fail over alone: group only the tier that needs it.',
		},
		{
			text: 'Public IPs, extensions and role assignments are not carried over; script them in the recovery plan.',
		},
		{ text: 'Failed-over VMs are unprotected until you reprotect them ({fact:asr.reprotect}).' },
		{
			text: 'Make the cache storage account general-purpose v2, the kind that can be zone-redundant (ZRS), in the source region ({fact:asr.cache-account}).',
		},
		{
			text: 'An Availability Zone Down Drill tests the zone-to-zone failover of a service group ({fact:resiliency.zone-down-drill}); it does not replace test failovers to the other region.',
		},
		{
			text: 'Site Recovery does not protect {fact:asr.unsupported-compute}, and for confidential VMs it is {fact:asr.confidential-vms}: a workload on a Dedicated Host needs backups, application replication or a rebuild from code instead.',
			trap: true,
		},
		{
			text: 'Zone-to-zone Site Recovery replicates to {fact:asr.z2z-scope}: it covers the loss of a zone, never of the region, so plans here never count it as regional protection. Its price is {fact:asr.z2z-price} that of region-to-region (only egress is lower), and beside it Azure Backup allows {fact:asr.z2z-backup-interop}.',
		},
		{
			text: 'Capacity in the target is best effort: each plan also prices this option with a capacity reservation for every VM in the target region ({fact:capacity.asr-uses-reservations}), billed at the VM rate whether used or not. It removes the risk of finding no room, not any time from the failover.',
		},
		{
			text: 'The instance fee ({fact:asr.instance-price}) is often the smaller part of the bill: replica disks, transfer and drill compute add to it.',
		},
	],
	failover: [
		declareStep,
		{
			title: 'Run the recovery plan',
			detail:
				'Fail the plan over to "Latest processed" for the lowest RTO, or "Latest" for the lowest RPO at the cost of processing pending data first. Groups come up in order: data first, then application, then web.',
			owner: 'platform engineer',
		},
		{
			title: 'Run the post-failover scripts',
			detail:
				'Assign public IPs, reinstall extensions, update DNS records and connection strings that the plan does not handle.',
			owner: 'platform engineer',
		},
		switchTrafficStep,
		validateStep,
		{
			title: 'Commit the failover',
			detail: 'Once validated, commit; you can no longer change recovery point.',
			owner: 'incident lead',
		},
	],
	failback: [
		reprotectStep,
		{
			title: 'Fail back with the plan',
			detail:
				'When the primary is healthy and replication is current, fail over in the reverse direction in a maintenance window, then reprotect again.',
			owner: 'platform engineer',
		},
	],
	drills: [
		'Run a test failover of the recovery plan {fact:asr.drill-frequency} into an isolated VNet; it does not touch production or replication.',
		'Read the job durations after each drill: that is your measured RTO, to compare with the estimate.',
	],
	then: {
		era: 'May 2017',
		text: 'Azure-to-Azure support was announced in public preview in 2017, and became the recommended way to replicate stateful IaaS VMs.',
	},
	now: 'Generally available: recovery points every {fact:asr.crash-point-interval}, retention up to {fact:asr.max-retention}, consistency groups, recovery plans of {fact:asr.plan-max-vms} VMs, any target region, and an RTO SLA whose figure the sources disagree on.',
	factIds: [
		'asr.crash-point-interval',
		'asr.app-point-min-interval',
		'asr.default-retention',
		'asr.max-retention',
		'asr.rto-sla',
		'asr.example-failover-job',
		'asr.group-max-vms',
		'asr.plan-max-vms',
		'asr.churn-per-vm',
		'asr.churn-per-vm-high',
		'asr.instance-price',
		'asr.cache-account',
		'asr.z2z-scope',
		'asr.z2z-regions',
		'asr.z2z-price',
		'asr.z2z-backup-interop',
		'capacity.reservation-billing',
		'capacity.asr-uses-reservations',
		'asr.any-region',
		'asr.reprotect',
		'asr.unsupported-compute',
		'asr.confidential-vms',
		'resiliency.zone-down-drill',
		'asr.drill-frequency',
		'ops.asr-failover',
		'disks.premium-price',
		'network.transfer-price',
	],
	diagram: {
		nodes: [
			{ id: 'vm', label: 'Source VMs', place: 'primary' },
			{ id: 'cache', label: 'Cache storage account', place: 'primary' },
			{ id: 'replica', label: 'Replica managed disks', place: 'secondary' },
			{ id: 'vm2', label: 'Failed-over VMs', place: 'secondary' },
		],
		edges: [
			{ from: 'vm', to: 'cache', label: 'continuous replication' },
			{
				from: 'cache',
				to: 'replica',
				label: 'recovery points every {fact:asr.crash-point-interval}',
			},
			{ from: 'replica', to: 'vm2', label: 'recovery plan failover', atFailover: true },
		],
	},
	variants: [
		{
			id: 'zone-to-zone',
			name: 'Zone to zone',
			summary:
				'Replicates a zonal VM to another zone of the same region: it covers a zone outage, never a regional one, so plans show it only as ruled out.',
			protects: [
				{
					threat: 'region-outage',
					level: 'no',
					note: 'The replica lives in {fact:asr.z2z-scope}, so an outage of the whole region takes both copies.',
				},
				{
					threat: 'zone-outage',
					level: 'yes',
					note: 'What it is for: a zonal VM fails over to another zone, in the {fact:asr.z2z-regions} regions listed.',
				},
			],
		},
	],
};
