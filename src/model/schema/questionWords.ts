/**
 * The words of the wizard's questions (label, why, URL parameter, group, option labels), keyed
 * by the workload's typed field paths; wizardQuestions.ts reads everything else from the zod
 * schema (workload.ts). Add a field's question here when the schema gains the field.
 */
import type { z } from 'zod';
import type {
	operationsSchema,
	protectionSchema,
	pricesSchema,
	routingSchema,
	tierSchema,
	workloadSchema,
	RangeName,
} from './workload.ts';

export interface Option {
	value: string;
	label: string;
}

export interface WizardQuestion {
	/** Field path in the workload; `tiers.*.x` repeats for each tier. */
	field: string;
	/** Short URL parameter name (tier fields are prefixed t0., t1., …). */
	param: string;
	label: string;
	why: string;
	/**
	 * `list`: names separated by commas; `lines`: `key=minutes`, one a line (the drill's measured
	 * step times); `region`: a searchable list of Azure regions.
	 */
	input: 'number' | 'select' | 'checkbox' | 'text' | 'list' | 'lines' | 'region';
	range?: RangeName;
	/** Accepted values of a select; for a region, the suggestions of its searchable list. */
	options?: readonly Option[];
	/** The share-link version that first carried this field (links before it ignore it). */
	since?: number;
	optional?: boolean;
	group: 'targets' | 'constraints' | 'tier' | 'routing' | 'operations' | 'drill' | 'prices';
}

export const WIZARD_GROUPS: Record<WizardQuestion['group'], string> = {
	targets: 'Targets',
	constraints: 'Constraints',
	tier: 'Tier',
	routing: 'Traffic routing',
	operations: 'Your team (optional: your own times)',
	drill: 'Your drill (optional: measured step times)',
	prices: 'Prices (optional overrides)',
};

type Sections = 'tiers' | 'routing' | 'operations' | 'prices' | 'protection';
export type Shape<S extends { shape: object }> = S['shape'];
type OptionValues<S> =
	S extends z.ZodEnum<infer E>
		? keyof E
		: S extends z.ZodDefault<infer I> | z.ZodOptional<infer I>
			? OptionValues<I>
			: never;

/** Every field of the workload a reader answers, as a dotted path. */
export type FieldPath =
	| Exclude<keyof Shape<typeof workloadSchema>, Sections>
	| `tiers.*.${keyof Shape<typeof tierSchema>}`
	| `routing.${keyof Shape<typeof routingSchema>}`
	| `operations.${keyof Shape<typeof operationsSchema>}`
	| `protection.${keyof Shape<typeof protectionSchema>}`
	| `prices.${keyof Shape<typeof pricesSchema>}`;

export type QuestionText<P extends FieldPath> = Pick<
	WizardQuestion,
	'param' | 'label' | 'why' | 'group' | 'since'
> &
	(OptionValues<SchemaOf<P>> extends never
		? { options?: never }
		: { options: Record<OptionValues<SchemaOf<P>> & string, string> });

type SchemaOf<P extends FieldPath> = P extends `tiers.*.${infer K}`
	? Shape<typeof tierSchema>[K & keyof Shape<typeof tierSchema>]
	: P extends `routing.${infer K}`
		? Shape<typeof routingSchema>[K & keyof Shape<typeof routingSchema>]
		: P extends `operations.${infer K}`
			? Shape<typeof operationsSchema>[K & keyof Shape<typeof operationsSchema>]
			: P extends `protection.${infer K}`
				? Shape<typeof protectionSchema>[K & keyof Shape<typeof protectionSchema>]
				: P extends `prices.${infer K}`
					? Shape<typeof pricesSchema>[K & keyof Shape<typeof pricesSchema>]
					: Shape<typeof workloadSchema>[P & keyof Shape<typeof workloadSchema>];

/**
 * The words of every question, in the order the wizard asks them. A field the schema gains
 * without a question here, or a select option without a label, is a type error.
 */
export const QUESTIONS: { [P in FieldPath]: QuestionText<P> } = {
	name: {
		param: 'name',
		label: 'Workload name',
		why: 'Names the plan and the exported runbook.',
		group: 'targets',
	},
	rtoMinutes: {
		param: 'rto',
		label: 'RTO target (minutes)',
		why: 'The longest the service may be down after a regional disruption; it rules out patterns that rebuild or restore too slowly.',
		group: 'targets',
	},
	rpoMinutes: {
		param: 'rpo',
		label: 'RPO target (minutes)',
		why: 'The most recent data you may lose; it sets how often data must reach the secondary region.',
		group: 'targets',
	},
	budgetUsd: {
		param: 'budget',
		label: 'Monthly budget (US$, optional)',
		why: 'The monthly standby cost you can carry; the plan says if it goes over.',
		group: 'targets',
	},
	downtimeCostPerHourUsd: {
		param: 'downtime',
		label: 'Cost of an hour of downtime (US$, optional)',
		why: 'Lost sales, penalties and staff time while the service is down; the plan prices a regional disruption with it and says when a faster option pays for itself.',
		group: 'targets',
		since: 2,
	},
	disruptionsPerYear: {
		param: 'disruptions',
		label: 'Regional disruptions a year you plan for (optional)',
		why: 'Your own assumption (a fraction for less than one a year); the guide assumes none. Leave it empty to read the break-even instead.',
		group: 'targets',
		since: 2,
	},
	configAsCode: {
		param: 'cac',
		label: 'Configuration as code can rebuild the VMs',
		why: 'Rebuilding from a recipe is the cheapest protection for stateless tiers, but only if no step is manual.',
		group: 'constraints',
	},
	appConsistency: {
		param: 'appc',
		label: 'Data must be application-consistent',
		why: 'Crash-consistent copies are like pulling the power cable; some databases need app-consistent points, which come less often.',
		group: 'constraints',
	},
	corruptionProtection: {
		param: 'corr',
		label: 'Must recover from corruption or ransomware',
		why: 'Replication copies a bad write within seconds; this flags plans that need backups beside them.',
		group: 'constraints',
	},
	'protection.immutability': {
		param: 'pr.imm',
		label: 'Immutability of the backups kept against corruption',
		why: 'Locked immutability stops anyone, a stolen admin account included, from deleting recovery points before they expire; unlocked can still be turned off.',
		group: 'constraints',
		since: 2,
		options: {
			none: 'None',
			unlocked: 'On, not locked',
			locked: 'Locked',
		},
	},
	'protection.retentionDays': {
		param: 'pr.ret',
		label: 'Days of backups kept against corruption (optional)',
		why: 'Longer than the time it takes to notice corruption or an attacker; it prices the vault storage.',
		group: 'constraints',
		since: 2,
	},
	'protection.resourceGuard': {
		param: 'pr.rg',
		label: 'A Resource Guard approves changes to the backups',
		why: 'Multi-user authorisation: reducing protection needs a second person’s approval from another subscription or tenant.',
		group: 'constraints',
		since: 2,
	},
	sourceHasPair: {
		param: 'pair',
		label: 'The source region has a pair',
		why: '{fact:regions.unpaired-count} newer regions have no pair, and GRS and Backup Cross Region Restore work only between pairs.',
		group: 'constraints',
	},
	sourceRegion: {
		param: 'src',
		label: 'Source region (optional)',
		why: 'Where the workload runs now: it decides the pair, the region a plan recovers into and the transfer price.',
		group: 'constraints',
		since: 2,
	},
	targetRegion: {
		param: 'region',
		label: 'Target region',
		why: 'Data residency may require the pair or one named region; otherwise any region widens your options.',
		group: 'constraints',
	},
	residency: {
		param: 'res',
		label: 'Where the copies may go',
		why: 'Data residency: keep the target in the source’s geography (Microsoft’s data-residency boundary) or continent; the plan says when a target leaves the geography.',
		group: 'constraints',
		since: 2,
		options: {
			any: 'Any region',
			continent: 'The source’s continent',
			geography: 'The source’s geography',
		},
	},
	allowedTargetRegions: {
		param: 'allow',
		label: 'Allowed target regions (region names, comma-separated, optional)',
		why: 'Only these regions may hold the copies; “any” picks among them by latency, and a named target outside them is an error.',
		group: 'constraints',
		since: 2,
	},
	drillsPerYear: {
		param: 'drills',
		label: 'Drills a year',
		why: 'Each test failover runs the secondary for a few hours; it is a line in the cost.',
		group: 'constraints',
	},
	'tiers.*.name': {
		param: 'name',
		label: 'Tier name',
		why: 'Names the tier in the plan and the runbook.',
		group: 'tier',
	},
	'tiers.*.kind': {
		param: 'kind',
		label: 'Stateless or stateful',
		why: 'A stateless tier can be rebuilt from a recipe or an image; a stateful one needs its data copied.',
		group: 'tier',
		options: {
			stateless: 'Stateless',
			stateful: 'Stateful',
		},
	},
	'tiers.*.data': {
		param: 'svc',
		label: 'Where the data lives',
		why: 'Native replication or backup in the data store opens cheaper or faster patterns; PaaS data fails over on its own.',
		group: 'tier',
		options: {
			none: 'No data (stateless)',
			'vm-replication': 'On VMs, with native replication and backup',
			'vm-backup': 'On VMs, with native backup only',
			'vm-plain': 'On VMs, no native replication or backup',
			paas: 'In a PaaS database (Azure SQL)',
		},
	},
	'tiers.*.vmCount': {
		param: 'vms',
		label: 'VMs (or databases)',
		why: 'Per-VM fees, replicas and restore jobs scale with it.',
		group: 'tier',
	},
	'tiers.*.vcpu': {
		param: 'vcpu',
		label: 'vCPUs per VM',
		why: 'Sets the compute price of anything running in the secondary.',
		group: 'tier',
	},
	'tiers.*.memoryGiB': {
		param: 'mem',
		label: 'Memory per VM (GiB)',
		why: 'Site Recovery’s High Churn option recommends at least {fact:asr.high-churn-min-memory}.',
		group: 'tier',
	},
	'tiers.*.hourlyPriceUsd': {
		param: 'price',
		label: 'Hourly price per VM (US$, optional)',
		why: 'Replaces the per-vCPU estimate with your real price, including licences and discounts.',
		group: 'tier',
	},
	'tiers.*.vmSize': {
		param: 'size',
		label: 'VM size (optional, e.g. Standard_E8s_v5)',
		why: 'Sets vCPUs, memory and the hourly price from the size table; without it the vCPUs and memory pick a family rate (an estimate).',
		group: 'tier',
		since: 2,
	},
	'tiers.*.os': {
		param: 'os',
		label: 'Operating system',
		why: 'A Windows VM pays a Windows Server licence by the hour unless you bring your own with Azure Hybrid Benefit.',
		group: 'tier',
		since: 2,
		options: { linux: 'Linux', windows: 'Windows Server' },
	},
	'tiers.*.sqlServer': {
		param: 'sql',
		label: 'SQL Server on the VM',
		why: 'A pay-as-you-go SQL Server licence is billed per vCPU; a passive DR replica needs none with Software Assurance.',
		group: 'tier',
		since: 2,
		options: { none: 'None', standard: 'SQL Server Standard', enterprise: 'SQL Server Enterprise' },
	},
	'tiers.*.hybridBenefit': {
		param: 'ahb',
		label: 'Azure Hybrid Benefit (your licences, with Software Assurance)',
		why: 'Removes the Windows and SQL Server licence charges; with Software Assurance a passive SQL Server DR replica is licence-free.',
		group: 'tier',
		since: 2,
	},
	'tiers.*.diskType': {
		param: 'disk',
		label: 'Disk type',
		why: 'Prices the tier’s disks in the secondary and is the type its VMs get at failover; Site Recovery zone-to-zone and multi-disk backup exclude some types.',
		group: 'tier',
		since: 2,
		options: {
			'premium-ssd': 'Premium SSD (default)',
			'standard-hdd': 'Standard HDD',
			'standard-ssd': 'Standard SSD',
			'premium-ssd-v2': 'Premium SSD v2',
			ultra: 'Ultra Disk',
		},
	},
	'tiers.*.replicaDiskType': {
		param: 'rdisk',
		label: 'Replica disk type',
		why: 'The type of Site Recovery’s replica disks (and other copies kept as disks) while they wait for a failover; cheaper types cost less and change nothing until then.',
		group: 'tier',
		since: 2,
		options: {
			'standard-hdd': 'Standard HDD (default)',
			'standard-ssd': 'Standard SSD',
			'premium-ssd': 'Premium SSD',
			'premium-ssd-v2': 'Premium SSD v2',
			ultra: 'Ultra Disk',
		},
	},
	'tiers.*.dataSet': {
		param: 'dset',
		label: 'The VMs hold',
		why: 'An HA group (an availability group, a HANA pair) holds one data set: application replication and backups move it once, while Site Recovery still copies every VM’s disks.',
		group: 'tier',
		since: 2,
		options: { 'per-vm': 'Each its own data', shared: 'One shared data set (an HA group)' },
	},
	'tiers.*.disksPerVm': {
		param: 'disks',
		label: 'Disks per VM',
		why: 'Separate disks replicated separately can come back from different moments.',
		group: 'tier',
	},
	'tiers.*.dataGiB': {
		param: 'gib',
		label: 'Data per VM (GiB)',
		why: 'Restore and copy times, and storage costs, grow with it.',
		group: 'tier',
	},
	'tiers.*.dailyChangeGiB': {
		param: 'chg',
		label: 'Average daily change per VM (GiB, optional)',
		why: 'The average that transfer and storage are priced on, and the time to ship each interval; without it we estimate it from the peak write rate or a share of the data.',
		group: 'tier',
	},
	'tiers.*.churnMBps': {
		param: 'churn',
		label: 'Peak write rate per VM (MB/s, optional)',
		why: 'Site Recovery limits churn per VM; only those limits judge the peak. Without a daily change, the average is estimated from it with a duty factor.',
		group: 'tier',
	},
	'tiers.*.rtoMinutes': {
		param: 'rto',
		label: 'This tier’s RTO target (minutes, optional)',
		why: 'A tier that must be back sooner, or may wait longer, than the workload as a whole; it is judged and ranked against its own target.',
		group: 'tier',
		since: 2,
	},
	'tiers.*.rpoMinutes': {
		param: 'rpo',
		label: 'This tier’s RPO target (minutes, optional)',
		why: 'A data tier that may lose less than the rest, or a tier whose data matters less.',
		group: 'tier',
		since: 2,
	},
	'tiers.*.dependsOn': {
		param: 'deps',
		label: 'Starts after (tier names, comma-separated, optional)',
		why: 'The tiers that must be running before this one starts; the workload is back when the longest chain is.',
		group: 'tier',
		since: 2,
	},
	'tiers.*.drCapacityPercent': {
		param: 'cap',
		label: 'Capacity needed at failover (% of production)',
		why: 'A reduced service may be enough during a disaster; a standby is sized and priced to it.',
		group: 'tier',
		since: 2,
	},
	'tiers.*.securityType': {
		param: 'sec',
		label: 'Security type',
		why: 'Site Recovery supports Trusted Launch VMs (Linux in preview); VM restore points do not support confidential VMs.',
		group: 'tier',
		since: 2,
		options: {
			standard: 'Standard',
			'trusted-launch': 'Trusted Launch',
			confidential: 'Confidential VM',
		},
	},
	'tiers.*.sharedDisk': {
		param: 'shared',
		label: 'VMs share a disk (failover cluster)',
		why: 'Shared disks limit Site Recovery to Windows failover clusters with crash-consistent points and no recovery plans, and rule out other options.',
		group: 'tier',
		since: 2,
	},
	'tiers.*.architecture': {
		param: 'arch',
		label: 'Processor architecture',
		why: 'Site Recovery does not protect Arm64 VMs.',
		group: 'tier',
		since: 2,
		options: {
			x64: 'x64',
			arm64: 'Arm64',
		},
	},
	'routing.router': {
		param: 'router',
		label: 'Traffic router',
		why: 'DNS-based Traffic Manager waits for client caches; Front Door switches at its edge.',
		group: 'routing',
		options: {
			'traffic-manager': 'Traffic Manager (DNS)',
			'front-door': 'Front Door',
		},
	},
	'routing.probeIntervalSeconds': {
		param: 'probe',
		label: 'Probe interval (s)',
		why: 'How often the router checks each endpoint.',
		group: 'routing',
	},
	'routing.toleratedFailures': {
		param: 'fails',
		label: 'Tolerated probe failures',
		why: 'Failures tolerated before the endpoint is marked down.',
		group: 'routing',
	},
	'routing.ttlSeconds': {
		param: 'ttl',
		label: 'DNS TTL (s)',
		why: 'How long clients may keep sending users to the failed region.',
		group: 'routing',
	},
	'routing.requestsMillionsPerMonth': {
		param: 'reqm',
		label: 'DNS queries or requests a month (millions, optional)',
		why: 'Traffic Manager bills DNS queries and Front Door bills requests; without it the plan prices only the profile and health checks.',
		group: 'routing',
		since: 2,
	},
	'routing.servedGBPerMonth': {
		param: 'servgb',
		label: 'Data served to users a month (GB, optional)',
		why: 'Front Door bills what it serves; behind Traffic Manager, a failed-over day serves it from the secondary region.',
		group: 'routing',
		since: 2,
	},
	'operations.trigger': {
		param: 'o.trig',
		label: 'Who starts the recovery',
		why: 'An alert that starts the recovery plan replaces noticing and deciding by people; your own minutes below still win.',
		group: 'operations',
		since: 2,
		options: {
			people: 'People on call decide',
			automation: 'An alert starts the recovery plan',
		},
	},
	'operations.detectMinutes': {
		param: 'o.det',
		label: 'Minutes to notice the outage (optional)',
		why: 'Replaces our estimate with your alerting’s time to get an engineer looking; 0 if a probe fails over on its own.',
		group: 'operations',
	},
	'operations.declareMinutes': {
		param: 'o.dec',
		label: 'Minutes to declare a disaster (optional)',
		why: 'Often the longest step of all: the time for the named person to decide; 0 if failover is pre-authorised and automatic.',
		group: 'operations',
	},
	'operations.validateMinutes': {
		param: 'o.val',
		label: 'Minutes to validate after failover (optional)',
		why: 'Your smoke tests’ time before reopening; scripted checks shorten it.',
		group: 'operations',
	},
	measured: {
		param: 'm',
		label: 'Measured step times (step=minutes, one a line)',
		why: 'Times from your last drill, by step key (the keys are listed with the plan’s timeline). The plan shows them beside its planned times; the RTO it plans with stays the estimate.',
		group: 'drill',
		since: 2,
	},
	'prices.vcpuHourUsd': {
		param: 'p.vcpu',
		label: 'Price per vCPU-hour (US$)',
		why: 'Replaces the default VM price estimate.',
		group: 'prices',
	},
	'prices.sqlVcoreHourUsd': {
		param: 'p.sql',
		label: 'Azure SQL per vCore-hour (US$)',
		why: 'Prices the secondary database of a PaaS tier.',
		group: 'prices',
	},
	'prices.transferPerGbUsd': {
		param: 'p.xfer',
		label: 'Inter-region transfer per GB (US$)',
		why: 'Differs by continent.',
		group: 'prices',
	},
	'prices.diskPerGibMonthUsd': {
		param: 'p.disk',
		label: 'Managed disk per GiB-month (US$)',
		why: 'Replica disks are billed at this rate.',
		group: 'prices',
	},
	'prices.snapshotPerGibMonthUsd': {
		param: 'p.snap',
		label: 'Snapshot per GiB-month (US$)',
		why: 'Snapshot copies and image replicas.',
		group: 'prices',
	},
	'prices.blobPerGibMonthUsd': {
		param: 'p.blob',
		label: 'Blob storage per GiB-month (US$)',
		why: 'Shipped backups and exported copies are kept in blob storage.',
		group: 'prices',
	},
	'prices.asrInstanceUsd': {
		param: 'p.asr',
		label: 'Site Recovery per instance a month (US$)',
		why: 'The list price comes from third-party pages.',
		group: 'prices',
	},
	'prices.backupInstanceUsd': {
		param: 'p.bkp',
		label: 'Backup per instance a month (US$)',
		why: 'Depends on instance size.',
		group: 'prices',
	},
	'prices.backupPerGibMonthUsd': {
		param: 'p.bkpgib',
		label: 'Backup storage per GiB-month (US$)',
		why: 'Geo-redundant backup storage, billed on top of the per-instance fee.',
		group: 'prices',
	},
};
