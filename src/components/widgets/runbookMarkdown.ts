/**
 * A plan as a Markdown DR runbook: roles, who declares, failover and failback steps per tier,
 * a drill checklist, and a table of predicted against measured RTO and RPO to fill in after a
 * drill. Pure; used by the wizard's export and testable without a browser.
 */
import {
	formatMinutes,
	formatTarget,
	formatUsd,
	getPattern,
	renderFactText,
	type Plan,
} from '~/model/index.ts';

/**
 * Reader-typed text (workload and tier names) as literal Markdown: every ASCII punctuation
 * character Markdown or HTML could act on is backslash-escaped, so a name such as
 * "<img onerror=…>" or "**x**" renders as typed in any Markdown viewer and never as markup.
 */
export const mdText = (text: string) =>
	text.replace(/[\\`*_[\]<>|&]/g, (ch) => `\\${ch}`).replace(/\s*\n\s*/g, ' ');

/** Model text that quotes reader-typed names (headline, traps): no HTML can start in it. */
const noHtml = (text: string) => text.replace(/[<&]/g, (ch) => `\\${ch}`);

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function runbookMarkdown(plan: Plan, url?: string): string {
	const w = plan.workload;
	const out: string[] = [];
	out.push(`# DR runbook: ${mdText(w.name)}`, '');
	out.push(`Targets: RTO ${formatTarget(w.rtoMinutes)}, RPO ${formatTarget(w.rpoMinutes)}.`, '');
	out.push(`Plan: ${noHtml(plan.headline)}`, '');
	if (plan.regions !== undefined) out.push(`Regions: ${plan.regions.text}`, '');
	if (url !== undefined) out.push(`Reproduce this plan: ${url}`, '');
	out.push('## Roles', '');
	out.push('| Role | Name | Responsibility |', '|---|---|---|');
	out.push('| Incident lead | | Declares the disaster, owns communication, commits the failover |');
	out.push('| Platform engineer | | Runs the failover and failback steps for the VMs |');
	out.push('| Database administrator | | Chooses the recovery point, promotes or restores data |');
	out.push('| Network engineer | | Switches traffic and checks routing |');
	out.push('| Application owner | | Validates the application and signs off |', '');
	out.push('## Who declares the disaster', '');
	out.push(
		'The incident lead declares, after checking Azure status and your own probes. Write down who deputises when they cannot be reached.',
		'',
	);
	out.push('## Failover', '');
	for (const t of plan.tiers) {
		const pattern = getPattern(t.recommended.patternId);
		out.push(`### ${mdText(t.tier)}: ${t.recommended.name}`, '');
		pattern.failover.forEach((s, i) => {
			out.push(
				`${i + 1}. [ ] **${renderFactText(s.title)}**${s.owner !== undefined ? ` (${s.owner})` : ''}: ${renderFactText(s.detail)}`,
			);
		});
		out.push('');
	}
	out.push('## Failback', '');
	for (const t of plan.tiers) {
		const pattern = getPattern(t.recommended.patternId);
		out.push(`### ${mdText(t.tier)}`, '');
		pattern.failback.forEach((s, i) => {
			out.push(
				`${i + 1}. [ ] **${renderFactText(s.title)}**${s.owner !== undefined ? ` (${s.owner})` : ''}: ${renderFactText(s.detail)}`,
			);
		});
		out.push('');
	}
	out.push('## Drill checklist', '');
	out.push(`Drills planned: ${w.drillsPerYear} a year.`, '');
	for (const t of plan.tiers) {
		for (const d of getPattern(t.recommended.patternId).drills)
			out.push(`- [ ] ${mdText(t.tier)}: ${renderFactText(d)}`);
	}
	out.push('- [ ] Record the time of every step below, from the first alert to validation.', '');
	out.push('## Predicted against measured', '');
	out.push('| Step | Predicted (typical) | Predicted range | Measured |', '|---|---|---|---|');
	for (const s of plan.rto.steps) {
		out.push(
			`| ${cell(s.label)}${s.tier !== undefined ? ` (${mdText(s.tier)})` : ''} | ${formatMinutes(s.minutes.typical)} | ${formatMinutes(s.minutes.low)} to ${formatMinutes(s.minutes.high)} | |`,
		);
	}
	out.push(
		`| **RTO, end to end** | ${formatMinutes(plan.rto.total.typical)} | ${formatMinutes(plan.rto.total.low)} to ${formatMinutes(plan.rto.total.high)} | |`,
	);
	out.push(
		`| **RPO** | ${formatMinutes(plan.rpo.minutes.typical)} | ${formatMinutes(plan.rpo.minutes.low)} to ${formatMinutes(plan.rpo.minutes.high)} | |`,
		'',
	);
	out.push('## Cost', '');
	out.push(
		`Standby: about ${formatUsd(plan.cost.monthlyUsd)} a month. One day failed over: about ${formatUsd(plan.cost.failedOverDayUsd)}.`,
		'',
	);
	if (plan.traps.length > 0) {
		out.push('## Traps', '');
		for (const t of plan.traps) out.push(`- ${noHtml(renderFactText(t.text))}`);
		out.push('');
	}
	out.push(
		'Step times marked as estimates in the guide are ours; replace them with your measurements.',
	);
	return `${out.join('\n')}\n`;
}
