/**
 * The wizard's questions: what to ask, why, and the field each answer fills. The words are a
 * table keyed by the workload's typed field paths; the input type, the range, the options'
 * values and whether an answer is optional come from the zod schema (workload.ts), so each is
 * written once. Forms, URL parameters and messages all read their ranges through here.
 */
import { z } from 'zod';
import {
	operationsSchema,
	pricesSchema,
	RANGES,
	routingSchema,
	tierSchema,
	workloadSchema,
	type RangeName,
} from './workload.ts';
import { regions } from './regions/index.ts';

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

type Sections = 'tiers' | 'routing' | 'operations' | 'prices';
type Shape<S extends { shape: object }> = S['shape'];
type OptionValues<S> =
	S extends z.ZodEnum<infer E>
		? keyof E
		: S extends z.ZodDefault<infer I> | z.ZodOptional<infer I>
			? OptionValues<I>
			: never;

/** Every field of the workload a reader answers, as a dotted path. */
type FieldPath =
	| Exclude<keyof Shape<typeof workloadSchema>, Sections>
	| `tiers.*.${keyof Shape<typeof tierSchema>}`
	| `routing.${keyof Shape<typeof routingSchema>}`
	| `operations.${keyof Shape<typeof operationsSchema>}`
	| `prices.${keyof Shape<typeof pricesSchema>}`;

/** The schema of one field, by its path. */
function schemaAt(path: FieldPath): z.ZodType {
	const [head = '', ...rest] = path.split('.');
	const last = rest[rest.length - 1] ?? '';
	const shapes: Record<string, Record<string, z.ZodType>> = {
		tiers: tierSchema.shape,
		routing: routingSchema.shape,
		operations: operationsSchema.shape,
		prices: pricesSchema.shape,
	};
	const shape: Record<string, z.ZodType> | undefined =
		rest.length === 0 ? workloadSchema.shape : shapes[head];
	const schema = shape?.[rest.length === 0 ? head : last];
	if (schema === undefined) throw new Error(`The workload schema has no field "${path}".`);
	return schema;
}

type QuestionText<P extends FieldPath> = Pick<
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
			: P extends `prices.${infer K}`
				? Shape<typeof pricesSchema>[K & keyof Shape<typeof pricesSchema>]
				: Shape<typeof workloadSchema>[P & keyof Shape<typeof workloadSchema>];

/**
 * The words of every question, in the order the wizard asks them. A field the schema gains
 * without a question here, or a select option without a label, is a type error.
 */
const QUESTIONS: { [P in FieldPath]: QuestionText<P> } = {
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
		label: 'Daily change per VM (GiB, optional)',
		why: 'Drives transfer cost and the time to ship each interval; without it we assume a share of the data.',
		group: 'tier',
	},
	'tiers.*.churnMBps': {
		param: 'churn',
		label: 'Peak write rate per VM (MB/s, optional)',
		why: 'Site Recovery limits churn per VM.',
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
	'tiers.*.diskType': {
		param: 'disk',
		label: 'Disk type',
		why: 'Site Recovery, zone-to-zone replication and multi-disk backup each exclude some disk types.',
		group: 'tier',
		since: 2,
		options: {
			'standard-hdd': 'Standard HDD',
			'standard-ssd': 'Standard SSD',
			'premium-ssd': 'Premium SSD',
			'premium-ssd-v2': 'Premium SSD v2',
			ultra: 'Ultra Disk',
		},
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

/** A question: its words from the table, everything else read from the field's schema. */
function question(field: FieldPath, text: QuestionText<FieldPath>): WizardQuestion {
	let schema = schemaAt(field);
	let optional = false;
	for (;;) {
		if (schema instanceof z.ZodOptional) optional = true;
		else if (!(schema instanceof z.ZodDefault)) break;
		schema = schema.unwrap() as z.ZodType;
	}
	const { param, label, why, group, since } = text;
	const base = {
		field,
		param,
		label,
		why,
		group,
		...(optional ? { optional } : {}),
		...(since !== undefined ? { since } : {}),
	};
	const region = schema.meta()?.['region'];
	if (region === 'source' || region === 'target') {
		const keywords: Option[] =
			region === 'target'
				? [
						{ value: 'any', label: 'Any allowed region (lowest published latency)' },
						{ value: 'pair', label: 'The paired region' },
					]
				: [];
		const names = regions.map((r) => ({ value: r.name, label: r.displayName }));
		return { ...base, input: 'region', options: [...keywords, ...names] };
	}
	if (schema instanceof z.ZodNumber) {
		const range = schema.meta()?.['range'];
		if (typeof range !== 'string' || !(range in RANGES))
			throw new Error(`The number field "${field}" has no range in its schema.`);
		return { ...base, input: 'number', range: range as RangeName };
	}
	if (schema instanceof z.ZodRecord) {
		const range = (schema.valueType as z.ZodType).meta()?.['range'];
		if (typeof range !== 'string' || !(range in RANGES))
			throw new Error(`The minutes of "${field}" have no range in their schema.`);
		return { ...base, input: 'lines', range: range as RangeName };
	}
	if (schema instanceof z.ZodBoolean) return { ...base, input: 'checkbox' };
	if (schema instanceof z.ZodArray) return { ...base, input: 'list' };
	if (schema instanceof z.ZodEnum) {
		const labels: Record<string, string> = text.options ?? {};
		const values = schema.options as readonly string[];
		const options = Object.entries(labels).map(([value, l]) => ({ value, label: l }));
		if (options.length !== values.length || options.some((o) => !values.includes(o.value)))
			throw new Error(`The options of "${field}" do not match its schema.`);
		return { ...base, input: 'select', options };
	}
	return { ...base, input: 'text' };
}

export const wizardQuestions: readonly WizardQuestion[] = (
	Object.entries(QUESTIONS) as [FieldPath, QuestionText<FieldPath>][]
).map(([field, text]) => question(field, text));

export const workloadQuestions = wizardQuestions.filter((q) => !q.field.startsWith('tiers.'));
export const tierQuestions = wizardQuestions.filter((q) => q.field.startsWith('tiers.'));

export function questionFor(field: string): WizardQuestion | undefined {
	const generic = field.replace(/^tiers\.\d+\./, 'tiers.*.');
	return wizardQuestions.find((q) => q.field === generic);
}

export function rangeOf(question: WizardQuestion) {
	return question.range === undefined ? undefined : RANGES[question.range];
}
