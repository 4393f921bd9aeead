import type { Pattern } from '../pattern.ts';
import { declareStep, planFailbackStep, switchTrafficStep, validateStep } from '../commonSteps.ts';

export const appReplication: Pattern = {
	id: 'app-replication',
	name: 'Application replication to running replicas',
	shortName: 'App replication',
	category: 'stateful',
	status: 'current',
	appliesTo: ['stateful'],
	summary:
		'Use the application’s own asynchronous replication (SQL Server availability groups, PostgreSQL streaming, MongoDB replica sets) to keep replicas running in the secondary region, then promote one. The lowest RPO for VM-hosted data, at the price of VMs that run all the time; two cost cuts trade some of that back.',
	protects: [
		{ threat: 'region-outage', level: 'yes', note: 'Any region your network reaches.' },
		{ threat: 'zone-outage', level: 'yes', note: 'Place replicas in different zones.' },
		{
			threat: 'corruption',
			level: 'no',
			note: 'Replication copies a bad write or an encrypted table within seconds.',
		},
		{ threat: 'deletion', level: 'no', note: 'A dropped table is dropped on the replica too.' },
	],
	consistency: {
		level: 'app',
		acrossDisks: true,
		acrossVms: false,
		note: 'The replica is transactionally consistent; separate databases or services replicate independently.',
	},
	prerequisites: [
		'A data store with native cross-region replication, run in asynchronous mode across regions.',
		'VNet-to-VNet connectivity and, for SQL Server availability groups, a domain controller in the secondary region.',
		'Monitoring of the replication lag, with an alert.',
	],
	useWhen: [
		'An RPO of seconds to minutes on a database you run yourself.',
		'Read replicas in the secondary region are useful to you anyway.',
	],
	avoidWhen: [
		'As the only protection: add backups for corruption and deletion.',
		'Data stores without mature replication.',
	],
	caveats: [
		{
			text: 'Replication copies corruption and deletions: keep backups alongside, with a retention longer than the time it takes to notice.',
			trap: true,
		},
		{
			text: 'Asynchronous replication loses the lag at failover, typically {fact:ops.replication-lag} (estimate); lag grows under load.',
		},
		{
			text: 'One replica VM halves the standby compute but has no SLA of its own while it is down for patching.',
		},
		{
			text: 'Smaller replica VMs must be resized one at a time at failover, adding minutes per VM, and may lag under full write load.',
		},
		{ text: 'A SQL Server passive DR replica can be {fact:sql.free-passive-replica}.' },
	],
	failover: [
		declareStep,
		{
			title: 'Promote a replica',
			detail:
				'Force failover to the secondary replica, accepting the data in the lag, and point the listener or connection string at it.',
			owner: 'database administrator',
		},
		{
			title: 'Resize replicas if they run small',
			detail:
				'With the smaller-VM cost cut, stop, resize and restart each replica in turn, keeping one serving.',
			owner: 'platform engineer',
		},
		switchTrafficStep,
		validateStep,
	],
	failback: [
		{
			title: 'Rejoin the old primary as a replica',
			detail:
				'When the primary region returns, reseed or resume the old primary as a secondary and let it catch up.',
			owner: 'database administrator',
		},
		planFailbackStep,
		{
			title: 'Planned failover back',
			detail:
				'Switch to synchronous commit briefly, fail over without data loss, and return to asynchronous.',
			owner: 'database administrator',
		},
	],
	drills: [
		'Drill {fact:asr.drill-frequency}: fail over a test listener or a copy of the replica in an isolated network and measure the promotion time and the lag lost.',
	],
	then: {
		era: '2016',
		text: 'Replicate asynchronously with the application’s own mechanism; the RPO drops and the cost rises. Cut it with a single replica VM, or with smaller VMs resized at failover.',
	},
	now: 'Unchanged in principle. SQL Server passive replicas need no extra licence under Software Assurance, or pay-as-you-go when every replica is in Azure, and availability zones let the primary region keep a synchronous replica while the cross-region one stays asynchronous.',
	factIds: [
		'ops.replication-lag',
		'sql.free-passive-replica',
		'sql.vm-dr-options',
		'ops.resize',
		'vm.family-general',
		'network.transfer-price',
	],
	diagram: {
		nodes: [
			{ id: 'p', label: 'Primary database VMs', place: 'primary' },
			{ id: 'r', label: 'Replica VMs (all, one, or smaller)', place: 'secondary' },
			{ id: 'bk', label: 'Backups (against corruption)', place: 'secondary' },
			{ id: 'new', label: 'Promoted primary', place: 'secondary' },
		],
		edges: [
			{ from: 'p', to: 'r', label: 'asynchronous replication' },
			{ from: 'p', to: 'bk', label: 'scheduled backups' },
			{ from: 'r', to: 'new', label: 'promote', atFailover: true },
		],
	},
	variants: [
		{ id: 'full', name: 'Full replicas', summary: 'As many replica VMs as primaries, same size.' },
		{
			id: 'one-replica',
			name: 'One replica VM',
			summary: 'A single replica in the secondary: half the compute, no SLA while it is down.',
		},
		{
			id: 'smaller-vms',
			name: 'Smaller replica VMs',
			summary: 'Replicas run small and are resized at failover.',
		},
	],
};
