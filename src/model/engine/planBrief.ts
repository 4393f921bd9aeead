/**
 * The plan on one page, for the people who approve it rather than run it: the workload, the
 * targets and whether the plan meets them, what it costs, its main risks and when to drill next.
 * As data (planBrief), then as Markdown; the wizard prints the same data as HTML on one A4 sheet.
 */
import { RPO_STATISTIC, tierTargets } from './evaluate.ts';
import { overallStatus, TARGET_STATUS_LABEL, worstStatus } from './targetStatus.ts';
import { renderFactText } from '../facts/factRefs.ts';
import { formatMinutes, formatTarget, formatUsd } from '../facts/format.ts';
import type { Plan } from './recommend.ts';
import { drillCost, mdText } from './runbook.ts';

/** How many risks the page lists: the rest are in the full plan. */
export const BRIEF_RISKS = 3;

/** The words of a status (targetStatus.ts: one rule for RTO and RPO, tiers and plan). */
type StatusWords = (typeof TARGET_STATUS_LABEL)[keyof typeof TARGET_STATUS_LABEL];

export interface BriefTier {
	tier: string;
	vmCount: number;
	option: string;
	rtoTarget: string;
	/** When the tier is back, in dependency order (typical, and the slow end of the range). */
	backWithin: string;
	rpoTarget: string;
	rpo: string;
	status: StatusWords;
}

export interface PlanBrief {
	title: string;
	headline: string;
	status: StatusWords;
	tiers: BriefTier[];
	rto: { target: string; typical: string; high: string; status: StatusWords };
	rpo: { target: string; worst: string; status: StatusWords };
	cost: { monthly: string; failedOverDay: string; budget?: string };
	risks: string[];
	/** Risks left off the page. */
	moreRisks: number;
	drill: string;
	url?: string;
}

function drillText(plan: Plan): string {
	const d = drillCost(plan);
	if (d.drillsPerYear === 0)
		return 'No drill is planned: an untested plan is a guess. Plan at least one a year.';
	const months = Math.max(1, Math.floor(12 / d.drillsPerYear));
	const each = d.perDrillUsd === undefined ? '' : `, about ${formatUsd(d.perDrillUsd)} each`;
	return `${d.drillsPerYear} a year${each}: the next within ${months} month${months === 1 ? '' : 's'} of the last one, failing over into an isolated network while production runs.`;
}

export function planBrief(plan: Plan, url?: string): PlanBrief {
	const w = plan.workload;
	const tiers = plan.tiers.map((t): BriefTier => {
		const source = w.tiers.find((x) => x.name === t.tier);
		const targets =
			source === undefined
				? { rtoMinutes: w.rtoMinutes, rpoMinutes: w.rpoMinutes }
				: tierTargets(w, source);
		const rpo = t.recommended.rpo.minutes;
		return {
			tier: t.tier,
			vmCount: source?.vmCount ?? 0,
			option: t.recommended.name,
			rtoTarget: formatTarget(targets.rtoMinutes),
			backWithin: `${formatMinutes(t.recoveredBy.typical)} (up to ${formatMinutes(t.recoveredBy.high)})`,
			rpoTarget: formatTarget(targets.rpoMinutes),
			rpo: formatMinutes(rpo[RPO_STATISTIC]),
			status: TARGET_STATUS_LABEL[overallStatus(t.targetStatus)],
		};
	});
	const rtoStatus = TARGET_STATUS_LABEL[plan.targetStatus.rto.status];
	const rpoStatus = TARGET_STATUS_LABEL[plan.targetStatus.rpo.status];
	const missedTiers = tiers.filter((t) => t.status === 'missed');
	const risks = [
		...missedTiers.map((t) => `The ${t.tier} tier misses its targets with ${t.option}.`),
		...plan.traps.map((t) => renderFactText(t.text)),
	];
	return {
		title: `Disaster recovery plan: ${w.name}`,
		headline: plan.headline,
		status:
			TARGET_STATUS_LABEL[
				worstStatus([
					...plan.tiers.map((t) => overallStatus(t.targetStatus)),
					overallStatus(plan.targetStatus),
				])
			],
		tiers,
		rto: {
			target: formatTarget(w.rtoMinutes),
			typical: formatMinutes(plan.rto.total.typical),
			high: formatMinutes(plan.rto.total.high),
			status: rtoStatus,
		},
		rpo: {
			target: formatTarget(w.rpoMinutes),
			worst: formatMinutes(plan.rpo.minutes[RPO_STATISTIC]),
			status: rpoStatus,
		},
		cost: {
			monthly: formatUsd(plan.cost.monthlyUsd),
			failedOverDay: formatUsd(plan.cost.failedOverDayUsd),
			...(plan.budget !== undefined
				? {
						budget: `${formatUsd(plan.budget.limitUsd)}${plan.budget.overByUsd > 0 ? `, ${formatUsd(plan.budget.overByUsd)} over` : ', within it'}`,
					}
				: {}),
		},
		risks: risks.slice(0, BRIEF_RISKS),
		moreRisks: Math.max(0, risks.length - BRIEF_RISKS),
		drill: drillText(plan),
		...(url !== undefined ? { url } : {}),
	};
}

/** mdText escapes `|` too, so a name cannot split a table row. */
const cell = mdText;

/** The one-page summary as Markdown. */
export function planBriefMarkdown(plan: Plan, url?: string): string {
	const b = planBrief(plan, url);
	const out: string[] = [`# ${mdText(b.title)}`, ''];
	out.push(`**Status: ${b.status}.** ${mdText(b.headline)}`, '');
	out.push('## Targets', '');
	out.push(
		`- Back in service (RTO): target ${b.rto.target}; the plan: about ${b.rto.typical}, up to ${b.rto.high}: **${b.rto.status}**.`,
		`- Data that may be lost (RPO): target ${b.rpo.target}; the plan: up to about ${b.rpo.worst}: **${b.rpo.status}**.`,
		'',
	);
	out.push('## Workload', '');
	out.push(
		'| Tier | VMs | How it is protected | Back within (target) | Data lost, worst (target) | Status |',
		'|---|---|---|---|---|---|',
	);
	for (const t of b.tiers)
		out.push(
			`| ${cell(t.tier)} | ${t.vmCount} | ${cell(t.option)} | ${t.backWithin} (${t.rtoTarget}) | ${t.rpo} (${t.rpoTarget}) | ${t.status} |`,
		);
	out.push('', '## Cost', '');
	out.push(
		`- Standby, every month: about ${b.cost.monthly} (estimate).`,
		`- Each day failed over adds about ${b.cost.failedOverDay}.`,
		...(b.cost.budget !== undefined ? [`- Budget: ${b.cost.budget}.`] : []),
		'',
	);
	out.push('## Top risks', '');
	for (const r of b.risks) out.push(`- ${mdText(r)}`);
	if (b.risks.length === 0) out.push('- None found by the model for these inputs.');
	if (b.moreRisks > 0) out.push(`- And ${b.moreRisks} more in the full plan.`);
	out.push('', '## Drills', '', b.drill, '');
	out.push('## Sign-off', '', 'Owner: ____________  Approved by: ____________  Date: ________', '');
	if (b.url !== undefined) out.push(`The full plan, with every figure's source: ${b.url}`, '');
	return out.join('\n');
}
