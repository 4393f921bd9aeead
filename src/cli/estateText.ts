/** An estate report as readable text, for the terminal. Pure: no Node imports. */
import {
	orderedWorkloads,
	noConflictText,
	orderSteps,
	targetLabel,
	type EstateReport,
	type EstateWorkload,
} from '../model/engine/estate/index.ts';
import { formatMinutes, formatTarget, formatUsd, TARGET_STATUS_LABEL } from '../model/index.ts';

/** Columns padded to their widest cell, two spaces apart. */
function columns(rows: readonly (readonly string[])[]): string[] {
	const widths: number[] = [];
	for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
	return rows.map((row) =>
		row
			.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
			.join('  ')
			.trimEnd(),
	);
}

function target(value: number | undefined, minutes: number | undefined): string {
	return value === undefined || minutes === undefined
		? '—'
		: `${formatMinutes(value)} / ${formatTarget(minutes)}`;
}

function workloadRow(w: EstateWorkload, position: number | undefined): string[] {
	return [
		position === undefined ? '—' : String(position),
		w.name,
		w.status === undefined ? 'not planned' : TARGET_STATUS_LABEL[w.status],
		target(w.rto?.typical, w.rtoTargetMinutes),
		target(w.rpo?.typical, w.rpoTargetMinutes),
		w.monthlyUsd === undefined ? '—' : formatUsd(w.monthlyUsd),
		w.sourceRegion === undefined ? '—' : `${w.sourceRegion} → ${w.targetRegion ?? '?'}`,
	];
}

export function estateText(report: EstateReport): string {
	const t = report.totals;
	const s = report.settings;
	const out: string[] = [];
	out.push(
		`Estate: ${t.vms} VMs, ${t.workloads} workload${t.workloads === 1 ? '' : 's'} by tag "${s.workloadTag}" (tiers ${s.tierBy === 'prefix' ? 'by name prefix' : `by tag "${s.tierTag}"`}).`,
		`${t.planned} planned: ${t.byStatus.met} met, ${t.byStatus['at-risk']} at risk, ${t.byStatus.missed} missed; ${formatUsd(t.monthlyUsd)} a month.${t.ungroupedVms > 0 ? ` ${t.ungroupedVms} VMs in no workload.` : ''}`,
		'',
	);
	const steps = orderSteps(report);
	out.push(
		...columns([
			['#', 'Workload', 'Status', 'RTO / target', 'RPO / target', 'Monthly', 'Regions'],
			...orderedWorkloads(report).map((w) => workloadRow(w, steps.get(w.name)?.position)),
		]),
		'(RTO and RPO are typical estimates; npm run recommend on a workload gives ranges and sources.)',
		'',
		'Patterns:',
	);
	for (const w of orderedWorkloads(report))
		if (w.tiers.length > 0)
			out.push(`  ${w.name}: ${w.tiers.map((tier) => `${tier.name} ${tier.pattern}`).join('; ')}`);
	out.push('', 'Target-region demand (vCPU quota to request ahead of time, per family):');
	out.push(
		...columns([
			['  Region', 'Family', 'VMs', 'vCPUs', 'Reserved VMs'],
			...report.demand.map((d) => [
				`  ${targetLabel(d)}`,
				d.family,
				String(d.vms),
				String(d.vcpus),
				String(d.reservedVms),
			]),
		]),
	);
	for (const r of report.demandByRegion) out.push(`  ${r.text}`);
	out.push('', 'Recovery order per source region:', `  ${report.orderRule}`);
	for (const outage of report.outages) {
		out.push(
			'',
			`  An outage of ${outage.sourceRegion}${outage.knownRegion ? '' : ' (a region the model does not know)'}:`,
		);
		for (const o of outage.order)
			out.push(
				`    ${o.position}. ${o.workload} (${o.by === 'priority' ? `priority ${o.priority ?? ''}` : `RTO ${formatTarget(o.rtoTargetMinutes)}`}): back after ${formatMinutes(o.backMinutes)}${o.late ? `, beyond its ${formatTarget(o.rtoTargetMinutes)} target` : ''}`,
			);
		if (outage.conflicts.length > 0) {
			out.push('    Conflicts:');
			for (const c of outage.conflicts) out.push(`    - ${c.text}`);
		} else out.push(`    ${noConflictText(outage)}`);
	}
	if (report.ungrouped.length > 0) {
		out.push('', `Not in a workload (no "${s.workloadTag}" tag):`);
		for (const u of report.ungrouped) out.push(`  - ${u.name} (${u.vmSize}, ${u.location})`);
	}
	const asked = report.workloads.filter((w) => w.questions.length > 0);
	if (asked.length > 0) {
		out.push('', 'Questions the export leaves open:');
		for (const w of asked) for (const q of w.questions) out.push(`  - ${w.name}: ${q}`);
	}
	if (report.problems.length > 0) {
		out.push('', 'Problems:');
		for (const p of report.problems)
			out.push(`  - ${p.subject === undefined ? '' : `${p.subject}: `}${p.message}`);
	}
	out.push('', report.pricesAsOf.text);
	return `${out.join('\n')}\n`;
}
