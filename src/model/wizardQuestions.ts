/**
 * The wizard's questions, as data: what to ask, why, and the field and range each answer
 * fills. Forms, URL parameters and messages all read their ranges from here.
 */
import { RANGES, type RangeName } from './workload.ts';

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
	/** `lines`: a `key=minutes` list, one a line (the drill's measured step times). */
	input: 'number' | 'select' | 'checkbox' | 'text' | 'lines';
	range?: RangeName;
	options?: readonly Option[];
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

const yesNo = (label: string) => label;

export const wizardQuestions: readonly WizardQuestion[] = [
	{
		field: 'name',
		param: 'name',
		label: 'Workload name',
		why: 'Names the plan and the exported runbook.',
		input: 'text',
		group: 'targets',
	},
	{
		field: 'rtoMinutes',
		param: 'rto',
		label: 'RTO target (minutes)',
		why: 'The longest the service may be down after a regional disruption; it rules out patterns that rebuild or restore too slowly.',
		input: 'number',
		range: 'rtoMinutes',
		group: 'targets',
	},
	{
		field: 'rpoMinutes',
		param: 'rpo',
		label: 'RPO target (minutes)',
		why: 'The most recent data you may lose; it sets how often data must reach the secondary region.',
		input: 'number',
		range: 'rpoMinutes',
		group: 'targets',
	},
	{
		field: 'budgetUsd',
		param: 'budget',
		label: 'Monthly budget (US$, optional)',
		why: 'The monthly standby cost you can carry; the plan says if it goes over.',
		input: 'number',
		range: 'budgetUsd',
		optional: true,
		group: 'targets',
	},
	{
		field: 'configAsCode',
		param: 'cac',
		label: yesNo('Configuration as code can rebuild the VMs'),
		why: 'Rebuilding from a recipe is the cheapest protection for stateless tiers, but only if no step is manual.',
		input: 'checkbox',
		group: 'constraints',
	},
	{
		field: 'appConsistency',
		param: 'appc',
		label: yesNo('Data must be application-consistent'),
		why: 'Crash-consistent copies are like pulling the power cable; some databases need app-consistent points, which come less often.',
		input: 'checkbox',
		group: 'constraints',
	},
	{
		field: 'corruptionProtection',
		param: 'corr',
		label: yesNo('Must recover from corruption or ransomware'),
		why: 'Replication copies a bad write within seconds; this flags plans that need backups beside them.',
		input: 'checkbox',
		group: 'constraints',
	},
	{
		field: 'sourceHasPair',
		param: 'pair',
		label: yesNo('The source region has a pair'),
		why: '{fact:regions.unpaired-count} newer regions have no pair, and GRS and Backup Cross Region Restore work only between pairs.',
		input: 'checkbox',
		group: 'constraints',
	},
	{
		field: 'targetRegion',
		param: 'region',
		label: 'Target region',
		why: 'Data residency may require the pair; otherwise any region widens your options.',
		input: 'select',
		options: [
			{ value: 'any', label: 'Any region' },
			{ value: 'pair', label: 'Must be the paired region' },
		],
		group: 'constraints',
	},
	{
		field: 'drillsPerYear',
		param: 'drills',
		label: 'Drills a year',
		why: 'Each test failover runs the secondary for a few hours; it is a line in the cost.',
		input: 'number',
		range: 'drillsPerYear',
		group: 'constraints',
	},
	{
		field: 'tiers.*.name',
		param: 'name',
		label: 'Tier name',
		why: 'Names the tier in the plan and the runbook.',
		input: 'text',
		group: 'tier',
	},
	{
		field: 'tiers.*.kind',
		param: 'kind',
		label: 'Stateless or stateful',
		why: 'A stateless tier can be rebuilt from a recipe or an image; a stateful one needs its data copied.',
		input: 'select',
		options: [
			{ value: 'stateless', label: 'Stateless' },
			{ value: 'stateful', label: 'Stateful' },
		],
		group: 'tier',
	},
	{
		field: 'tiers.*.data',
		param: 'svc',
		label: 'Where the data lives',
		why: 'Native replication or backup in the data store opens cheaper or faster patterns; PaaS data fails over on its own.',
		input: 'select',
		options: [
			{ value: 'none', label: 'No data (stateless)' },
			{ value: 'vm-replication', label: 'On VMs, with native replication and backup' },
			{ value: 'vm-backup', label: 'On VMs, with native backup only' },
			{ value: 'vm-plain', label: 'On VMs, no native replication or backup' },
			{ value: 'paas', label: 'In a PaaS database (Azure SQL)' },
		],
		group: 'tier',
	},
	{
		field: 'tiers.*.vmCount',
		param: 'vms',
		label: 'VMs (or databases)',
		why: 'Per-VM fees, replicas and restore jobs scale with it.',
		input: 'number',
		range: 'vmCount',
		group: 'tier',
	},
	{
		field: 'tiers.*.vcpu',
		param: 'vcpu',
		label: 'vCPUs per VM',
		why: 'Sets the compute price of anything running in the secondary.',
		input: 'number',
		range: 'vcpu',
		group: 'tier',
	},
	{
		field: 'tiers.*.memoryGiB',
		param: 'mem',
		label: 'Memory per VM (GiB)',
		why: 'Site Recovery’s High Churn option recommends at least {fact:asr.high-churn-min-memory}.',
		input: 'number',
		range: 'memoryGiB',
		group: 'tier',
	},
	{
		field: 'tiers.*.hourlyPriceUsd',
		param: 'price',
		label: 'Hourly price per VM (US$, optional)',
		why: 'Replaces the per-vCPU estimate with your real price, including licences and discounts.',
		input: 'number',
		range: 'hourlyPriceUsd',
		optional: true,
		group: 'tier',
	},
	{
		field: 'tiers.*.disksPerVm',
		param: 'disks',
		label: 'Disks per VM',
		why: 'Separate disks replicated separately can come back from different moments.',
		input: 'number',
		range: 'disksPerVm',
		group: 'tier',
	},
	{
		field: 'tiers.*.dataGiB',
		param: 'gib',
		label: 'Data per VM (GiB)',
		why: 'Restore and copy times, and storage costs, grow with it.',
		input: 'number',
		range: 'dataGiB',
		group: 'tier',
	},
	{
		field: 'tiers.*.dailyChangeGiB',
		param: 'chg',
		label: 'Daily change per VM (GiB, optional)',
		why: 'Drives transfer cost and the time to ship each interval; without it we assume a share of the data.',
		input: 'number',
		range: 'dailyChangeGiB',
		optional: true,
		group: 'tier',
	},
	{
		field: 'tiers.*.churnMBps',
		param: 'churn',
		label: 'Peak write rate per VM (MB/s, optional)',
		why: 'Site Recovery limits churn per VM.',
		input: 'number',
		range: 'churnMBps',
		optional: true,
		group: 'tier',
	},
	{
		field: 'routing.router',
		param: 'router',
		label: 'Traffic router',
		why: 'DNS-based Traffic Manager waits for client caches; Front Door switches at its edge.',
		input: 'select',
		options: [
			{ value: 'traffic-manager', label: 'Traffic Manager (DNS)' },
			{ value: 'front-door', label: 'Front Door' },
		],
		group: 'routing',
	},
	{
		field: 'routing.probeIntervalSeconds',
		param: 'probe',
		label: 'Probe interval (s)',
		why: 'How often the router checks each endpoint.',
		input: 'number',
		range: 'probeIntervalSeconds',
		group: 'routing',
	},
	{
		field: 'routing.toleratedFailures',
		param: 'fails',
		label: 'Tolerated probe failures',
		why: 'Failures tolerated before the endpoint is marked down.',
		input: 'number',
		range: 'toleratedFailures',
		group: 'routing',
	},
	{
		field: 'routing.ttlSeconds',
		param: 'ttl',
		label: 'DNS TTL (s)',
		why: 'How long clients may keep sending users to the failed region.',
		input: 'number',
		range: 'ttlSeconds',
		group: 'routing',
	},
	{
		field: 'operations.detectMinutes',
		param: 'o.det',
		label: 'Minutes to notice the outage (optional)',
		why: 'Replaces our estimate with your alerting’s time to get an engineer looking; 0 if a probe fails over on its own.',
		input: 'number',
		range: 'peopleMinutes',
		optional: true,
		group: 'operations',
	},
	{
		field: 'operations.declareMinutes',
		param: 'o.dec',
		label: 'Minutes to declare a disaster (optional)',
		why: 'Often the longest step of all: the time for the named person to decide; 0 if failover is pre-authorised and automatic.',
		input: 'number',
		range: 'peopleMinutes',
		optional: true,
		group: 'operations',
	},
	{
		field: 'operations.validateMinutes',
		param: 'o.val',
		label: 'Minutes to validate after failover (optional)',
		why: 'Your smoke tests’ time before reopening; scripted checks shorten it.',
		input: 'number',
		range: 'peopleMinutes',
		optional: true,
		group: 'operations',
	},
	{
		field: 'measured',
		param: 'm',
		label: 'Measured step times (step=minutes, one a line)',
		why: 'Times from your last drill, by step key (the keys are listed with the plan’s timeline). The plan shows them beside its planned times; the RTO it plans with stays the estimate.',
		input: 'lines',
		range: 'measuredMinutes',
		optional: true,
		group: 'drill',
	},
	{
		field: 'prices.vcpuHourUsd',
		param: 'p.vcpu',
		label: 'Price per vCPU-hour (US$)',
		why: 'Replaces the default VM price estimate.',
		input: 'number',
		range: 'price',
		optional: true,
		group: 'prices',
	},
	{
		field: 'prices.sqlVcoreHourUsd',
		param: 'p.sql',
		label: 'Azure SQL per vCore-hour (US$)',
		why: 'Prices the secondary database of a PaaS tier.',
		input: 'number',
		range: 'price',
		optional: true,
		group: 'prices',
	},
	{
		field: 'prices.transferPerGbUsd',
		param: 'p.xfer',
		label: 'Inter-region transfer per GB (US$)',
		why: 'Differs by continent.',
		input: 'number',
		range: 'price',
		optional: true,
		group: 'prices',
	},
	{
		field: 'prices.diskPerGibMonthUsd',
		param: 'p.disk',
		label: 'Managed disk per GiB-month (US$)',
		why: 'Replica disks are billed at this rate.',
		input: 'number',
		range: 'price',
		optional: true,
		group: 'prices',
	},
	{
		field: 'prices.snapshotPerGibMonthUsd',
		param: 'p.snap',
		label: 'Snapshot per GiB-month (US$)',
		why: 'Snapshot copies and image replicas.',
		input: 'number',
		range: 'price',
		optional: true,
		group: 'prices',
	},
	{
		field: 'prices.blobPerGibMonthUsd',
		param: 'p.blob',
		label: 'Blob storage per GiB-month (US$)',
		why: 'Shipped backups and exported copies are kept in blob storage.',
		input: 'number',
		range: 'price',
		optional: true,
		group: 'prices',
	},
	{
		field: 'prices.asrInstanceUsd',
		param: 'p.asr',
		label: 'Site Recovery per instance a month (US$)',
		why: 'The list price comes from third-party pages.',
		input: 'number',
		range: 'price',
		optional: true,
		group: 'prices',
	},
	{
		field: 'prices.backupInstanceUsd',
		param: 'p.bkp',
		label: 'Backup per instance a month (US$)',
		why: 'Depends on instance size.',
		input: 'number',
		range: 'price',
		optional: true,
		group: 'prices',
	},
	{
		field: 'prices.backupPerGibMonthUsd',
		param: 'p.bkpgib',
		label: 'Backup storage per GiB-month (US$)',
		why: 'Geo-redundant backup storage, billed on top of the per-instance fee.',
		input: 'number',
		range: 'price',
		optional: true,
		group: 'prices',
	},
];

export const workloadQuestions = wizardQuestions.filter((q) => !q.field.startsWith('tiers.'));
export const tierQuestions = wizardQuestions.filter((q) => q.field.startsWith('tiers.'));

export function questionFor(field: string): WizardQuestion | undefined {
	const generic = field.replace(/^tiers\.\d+\./, 'tiers.*.');
	return wizardQuestions.find((q) => q.field === generic);
}

export function rangeOf(question: WizardQuestion) {
	return question.range === undefined ? undefined : RANGES[question.range];
}
