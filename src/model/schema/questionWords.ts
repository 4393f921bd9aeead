/**
 * The words of the wizard's questions (label, why, URL parameter, group, option labels), keyed
 * by the workload's typed field paths; wizardQuestions.ts reads everything else from the zod
 * schema (workload.ts). Add a field's question here when the schema gains the field.
 */
import type { FieldPath, QuestionText } from './questionTypes.ts';
import { TIER_QUESTIONS } from './tierQuestionWords.ts';

export {
	WIZARD_GROUPS,
	type FieldPath,
	type Option,
	type QuestionText,
	type Shape,
	type WizardQuestion,
} from './questionTypes.ts';

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
	...TIER_QUESTIONS,
	'routing.router': {
		param: 'router',
		label: 'Traffic router',
		why: 'DNS-based Traffic Manager waits for client caches; Front Door switches at its edge; a workload reached only inside your network is switched by changing its private DNS record.',
		group: 'routing',
		options: {
			'traffic-manager': 'Traffic Manager (DNS)',
			'front-door': 'Front Door',
			'private-dns': 'Private DNS zone (internal only)',
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
