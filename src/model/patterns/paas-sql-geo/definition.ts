import type { Pattern } from '../pattern.ts';
import { declareStep, switchTrafficStep, validateStep } from '../commonSteps.ts';

export const paasSqlGeo: Pattern = {
	id: 'paas-sql-geo',
	name: 'Azure SQL Database geo-replication and failover groups',
	shortName: 'Azure SQL failover group',
	category: 'paas-data',
	status: 'current',
	appliesTo: ['paas'],
	summary:
		'Move the data tier out of VMs: Azure SQL Database replicates to a readable secondary in another region, losing only what had not yet replicated (the model assumes {fact:sql.geo-rpo}), and a failover group keeps the listener names so connection strings do not change. The stateless VMs in front of it fail over with their own pattern.',
	protects: [
		{ threat: 'region-outage', level: 'yes', note: 'Secondary in any other region.' },
		{
			threat: 'zone-outage',
			level: 'yes',
			note: 'Zone-redundant configurations within the region.',
		},
		{
			threat: 'corruption',
			level: 'partial',
			note: 'Geo-replication copies it; point-in-time restore (up to {fact:sql.pitr-max-days}) recovers from it.',
		},
		{
			threat: 'deletion',
			level: 'partial',
			note: 'A deleted server loses its databases; restore from retained backups.',
		},
	],
	consistency: {
		level: 'app',
		acrossDisks: true,
		acrossVms: true,
		note: 'Transactionally consistent per database; a failover group moves its databases together.',
	},
	prerequisites: [
		'An application that can use Azure SQL Database (or Managed Instance) instead of SQL Server on a VM.',
		'The application tier connects through the failover group’s listener names.',
	],
	useWhen: [
		'The readers’ case: stateless web VMs plus a managed database.',
		'An RPO of seconds without running database VMs yourself.',
	],
	avoidWhen: [
		'Features only SQL Server on a VM offers.',
		'Relying on the Microsoft-managed policy for a short RTO.',
	],
	caveats: [
		{
			text: 'With the Microsoft-managed failover policy, failover waits for a wide outage and a grace period of at least {fact:sql.managed-failover-grace-period}, and Microsoft expects its own response to a region outage to take several hours at least; use the customer-managed policy, as Microsoft now recommends.',
			trap: true,
		},
		{
			text: 'A customer-managed failover typically finishes within {fact:sql.manual-failover-rto} and loses the committed transactions that had not replicated; Microsoft publishes no fixed figure for that loss (the model assumes {fact:sql.geo-rpo}).',
		},
		{
			text: 'The secondary costs about as much as the primary (our estimate: {fact:sql.secondary-price} its price) unless you use a standby replica offer.',
		},
		{
			text: 'Geo-restore is the cheap fallback; current guidance says it typically takes minutes or hours, and the model keeps the older cautious figures: RTO {fact:sql.geo-restore-rto}, RPO {fact:sql.geo-restore-rpo}.',
		},
	],
	failover: [
		declareStep,
		{
			title: 'Fail the group over',
			detail:
				'Start a forced (customer-managed) failover of the failover group to the secondary server; the listener names follow.',
			owner: 'database administrator',
		},
		{
			title: 'Fail the application tier over',
			detail:
				'Bring up the stateless tier in the secondary region with its own pattern; it reconnects through the unchanged listener.',
			owner: 'platform engineer',
		},
		switchTrafficStep,
		validateStep,
	],
	failback: [
		{
			title: 'Wait for the old primary to resync',
			detail:
				'When the region returns, the old primary rejoins as secondary and catches up automatically.',
			owner: 'database administrator',
		},
		{
			title: 'Planned failover back',
			detail: 'A planned (friendly) failover synchronizes fully first and loses no data.',
			owner: 'database administrator',
		},
	],
	drills: [
		'Run a planned failover of the group and back {fact:asr.drill-frequency}; it loses no data and shows how the application handles the switch.',
	],
	then: {
		era: '2017',
		text: 'The author’s follow-up post and readers’ comments paired scale-set web tiers with geo-replicated databases, with failover driven manually.',
	},
	now: 'Failover groups with listener endpoints, up to {fact:sql.max-secondaries} readable secondaries, and a customer-managed policy that typically fails over within {fact:sql.manual-failover-rto}.',
	factIds: [
		'sql.pitr-max-days',
		'sql.geo-rpo',
		'sql.manual-failover-rto',
		'sql.managed-failover-grace-period',
		'sql.geo-restore-rto',
		'sql.geo-restore-rpo',
		'sql.max-secondaries',
		'sql.secondary-price',
	],
	diagram: {
		nodes: [
			{ id: 'app', label: 'Stateless VMs', place: 'primary' },
			{ id: 'db', label: 'Azure SQL primary', place: 'primary' },
			{ id: 'db2', label: 'Readable geo-secondary', place: 'secondary' },
			{ id: 'app2', label: 'Stateless VMs rebuilt', place: 'secondary' },
			{ id: 'fog', label: 'Failover group listener', place: 'global' },
		],
		edges: [
			{ from: 'app', to: 'fog', label: 'connects' },
			{ from: 'fog', to: 'db', label: 'read-write' },
			{ from: 'db', to: 'db2', label: 'geo-replication' },
			{ from: 'fog', to: 'db2', label: 'customer-managed failover', atFailover: true },
			{ from: 'app2', to: 'fog', label: 'same connection string', atFailover: true },
		],
	},
	variants: [
		{
			id: 'failover-group',
			name: 'Failover group, customer-managed',
			summary: 'Readable secondary, listener names unchanged.',
		},
		{
			id: 'failover-group-microsoft',
			name: 'Failover group, Microsoft-managed',
			summary: 'The same secondary, but Azure decides when to fail over, after a grace period.',
		},
		{
			id: 'geo-restore',
			name: 'Geo-restore only',
			summary: 'No secondary; restore geo-replicated backups in another region.',
		},
	],
};
