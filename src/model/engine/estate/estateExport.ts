/**
 * The estate report as Markdown, CSV and JSON: pure functions of the report, the same text from
 * the page's download buttons and from `npm run estate`. CSV follows RFC 4180 (fields with a
 * comma, a quote or a line break quoted, quotes doubled) and starts a text field that a
 * spreadsheet would read as a formula (`=`, `+`, `-`, `@`) with an apostrophe: workload names come
 * from tags anyone could set.
 */
import { formatMinutes, formatTarget, formatUsd } from '../../facts/format.ts';
import { TARGET_STATUS_LABEL } from '../targetStatus.ts';
import { targetLabel } from './estateDemand.ts';
import { noConflictText } from './recoveryOrder.ts';
import type { EstateOrderStep, EstateReport, EstateWorkload } from './estateReport.ts';

/** What estateJson writes first, so a reader of the file knows what it holds. */
export const ESTATE_JSON_KIND = 'azure-vm-dr-guides/estate-report';
/** 2: the recovery order and its conflicts per source region (`outages`), not one for the estate. */
export const ESTATE_JSON_VERSION = 2;

export function estateJson(report: EstateReport): string {
	return `${JSON.stringify({ kind: ESTATE_JSON_KIND, version: ESTATE_JSON_VERSION, ...report }, null, 2)}\n`;
}

/** One CSV field, quoted where it must be, formula-like text defused. */
export function csvField(value: string | number | undefined): string {
	if (value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const ESTATE_CSV_COLUMNS = [
	'workload',
	'planned',
	'status',
	'rto_status',
	'rpo_status',
	'rto_target_min',
	'rto_typical_min',
	'rto_high_min',
	'rpo_target_min',
	'rpo_typical_min',
	'rpo_high_min',
	'monthly_usd',
	'source_region',
	'target_region',
	'priority',
	'recovery_position',
	'back_in_order_min',
	'vms',
	'patterns',
	'targets_from',
	'questions',
	'problems',
] as const;

/** Each planned workload's step in its source region's recovery order, by workload name. */
export function orderSteps(report: EstateReport): Map<string, EstateOrderStep> {
	return new Map(report.outages.flatMap((o) => o.order.map((step) => [step.workload, step])));
}

/**
 * One row per workload, by source region and its recovery order, then the workloads not planned.
 * `recovery_position` is the workload's place in its source region's order.
 */
export function estateCsv(report: EstateReport): string {
	const position = orderSteps(report);
	const rows = orderedWorkloads(report).map((w) => {
		const step = position.get(w.name);
		return [
			w.name,
			w.planned ? 'yes' : 'no',
			w.status,
			w.rtoStatus,
			w.rpoStatus,
			w.rtoTargetMinutes,
			w.rto?.typical,
			w.rto?.high,
			w.rpoTargetMinutes,
			w.rpo?.typical,
			w.rpo?.high,
			w.monthlyUsd,
			w.sourceRegion,
			w.targetRegion,
			w.priority,
			step?.position,
			step?.backMinutes,
			w.vms.length,
			w.tiers.map((t) => `${t.name}: ${t.pattern}`).join('; '),
			w.targetsFrom,
			w.questions.join(' | '),
			w.problems.join(' | '),
		]
			.map(csvField)
			.join(',');
	});
	return `${[ESTATE_CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The workloads by source region, each region's in recovery order, then those not planned, by name. */
export function orderedWorkloads(report: EstateReport): EstateWorkload[] {
	const byName = new Map(report.workloads.map((w) => [w.name, w]));
	const ordered = report.outages.flatMap((r) =>
		r.order.flatMap((o) => byName.get(o.workload) ?? []),
	);
	const rest = report.workloads
		.filter((w) => !w.planned)
		.sort((a, b) => a.name.localeCompare(b.name));
	return [...ordered, ...rest];
}

/** A Markdown table cell: pipes escaped, line breaks as spaces. */
function cell(value: string | number | undefined): string {
	if (value === undefined) return '—';
	return String(value)
		.replace(/\|/g, '\\|')
		.replace(/\s*[\r\n]+\s*/g, ' ');
}

function table(
	head: readonly string[],
	rows: readonly (string | number | undefined)[][],
): string[] {
	return [
		`| ${head.join(' | ')} |`,
		`| ${head.map(() => '---').join(' | ')} |`,
		...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
	];
}

function statusText(w: EstateWorkload): string {
	return w.status === undefined ? 'not planned' : TARGET_STATUS_LABEL[w.status];
}

export function estateMarkdown(report: EstateReport): string {
	const t = report.totals;
	const s = report.settings;
	const steps = orderSteps(report);
	const lines: string[] = [
		'# Estate disaster-recovery plan',
		'',
		`${t.workloads} workload${t.workloads === 1 ? '' : 's'} from ${t.vms} VM${t.vms === 1 ? '' : 's'} (grouped by tag "${s.workloadTag}", tiers ${s.tierBy === 'prefix' ? 'by name prefix' : `by tag "${s.tierTag}"`}); ${t.planned} planned: ${t.byStatus.met} met, ${t.byStatus['at-risk']} at risk, ${t.byStatus.missed} missed. Monthly cost of the planned workloads: ${formatUsd(t.monthlyUsd)}. ${t.ungroupedVms > 0 ? `${t.ungroupedVms} VM${t.ungroupedVms === 1 ? ' is' : 's are'} in no workload.` : ''}`.trimEnd(),
		'',
		`Estimates, not quotes. ${report.pricesAsOf.text}`,
		'',
		'## Workloads',
		'',
		...table(
			[
				'# (in its region)',
				'Workload',
				'Status',
				'RTO (target)',
				'RPO (target)',
				'Monthly',
				'Regions',
				'Patterns',
			],
			orderedWorkloads(report).map((w) => [
				steps.get(w.name)?.position,
				w.name,
				statusText(w),
				w.rto === undefined || w.rtoTargetMinutes === undefined
					? undefined
					: `${formatMinutes(w.rto.typical)} (${formatTarget(w.rtoTargetMinutes)})`,
				w.rpo === undefined || w.rpoTargetMinutes === undefined
					? undefined
					: `${formatMinutes(w.rpo.typical)} (${formatTarget(w.rpoTargetMinutes)})`,
				w.monthlyUsd === undefined ? undefined : formatUsd(w.monthlyUsd),
				w.sourceRegion === undefined ? undefined : `${w.sourceRegion} → ${w.targetRegion ?? '?'}`,
				w.tiers.map((tier) => `${tier.name}: ${tier.pattern}`).join('; '),
			]),
		),
		'',
		'RTO and RPO are typical estimates; each workload’s plan gives the range and its sources.',
		'',
		'## Target-region demand',
		'',
		'vCPU quota to request ahead of time in each target region, per VM family (Azure checks the family and the regional total), and the VMs capacity reservations hold.',
		'',
		...table(
			[
				'Target region',
				'VM family',
				'VMs',
				'vCPUs',
				'Created at failover (vCPUs)',
				'Reserved VMs',
				'Tiers',
			],
			report.demand.map((d) => [
				targetLabel(d),
				d.family,
				d.vms,
				d.vcpus,
				d.vcpusCreatedAtFailover,
				d.reservedVms,
				d.tiers.join(', '),
			]),
		),
		'',
		...report.demandByRegion.map((r) => `- ${r.text}`),
		'',
		'## Recovery order per source region',
		'',
		report.orderRule,
		'',
		...(report.outages.length === 0 ? ['No workload was planned, so there is no order.', ''] : []),
		...report.outages.flatMap((outage) => [
			`### An outage of ${outage.sourceRegion}${outage.knownRegion ? '' : ' (a region the model does not know)'}`,
			'',
			...table(
				[
					'#',
					'Workload',
					'By',
					'Ready (machine steps)',
					'Validation',
					'Back in this order',
					'RTO target',
				],
				outage.order.map((o) => [
					o.position,
					o.workload,
					o.by === 'priority' ? `priority ${o.priority ?? ''}` : 'RTO',
					formatMinutes(o.readyMinutes),
					formatMinutes(o.teamMinutes),
					`${formatMinutes(o.backMinutes)}${o.late ? ' (late)' : ''}`,
					formatTarget(o.rtoTargetMinutes),
				]),
			),
			'',
			...(outage.conflicts.length === 0
				? [noConflictText(outage)]
				: ['Conflicts:', '', ...outage.conflicts.map((c) => `- ${c.text}`)]),
			'',
		]),
	];
	if (report.ungrouped.length > 0)
		lines.push(
			'## Not in a workload',
			'',
			...table(
				['VM', 'Location', 'Size', 'Why'],
				report.ungrouped.map((u) => [u.name, u.location, u.vmSize, u.reason]),
			),
			'',
		);
	const asked = report.workloads.filter((w) => w.questions.length > 0);
	if (asked.length > 0)
		lines.push(
			'## Questions the export leaves open',
			'',
			...asked.flatMap((w) => w.questions.map((q) => `- ${w.name}: ${q}`)),
			'',
		);
	if (report.problems.length > 0)
		lines.push(
			'## Problems',
			'',
			...report.problems.map(
				(p) => `- ${p.subject === undefined ? '' : `${p.subject}: `}${p.message}`,
			),
			'',
		);
	return `${lines
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trimEnd()}\n`;
}
