/**
 * The plan in a few lines, kept beside the form while the reader edits (a sticky column on wide
 * screens, a bar on phones): the status, per tier the pattern with its RTO, RPO and monthly
 * cost, the whole plan's figures and the number of traps, each linking into the full report
 * below. Pure: the same markup at build time and in the browser, every text escaped.
 */
import {
	overallStatus,
	RPO_STATISTIC,
	type Plan,
	type PlanStatus,
	type TargetJudgement,
} from '~/model/index.ts';
import { formatMinutes, formatUsd } from '~/model/facts/format.ts';
import { anchorId } from '~/lib/anchorId.ts';
import { html, type SafeHtml } from './html.ts';

/** The id of a tier's section in a plan report (planHtml with the same id prefix). */
export const planTierId = (idPrefix: string, tier: string): string =>
	anchorId(idPrefix, 'tier', tier);

/** Where the summary's links lead: anchors in the page's full report. */
export interface SummaryLinks {
	/** The report's start. */
	report: string;
	/** A tier's section, by index. */
	tier: (index: number) => string;
	/** The end-to-end RTO, the cost and the traps, when the page has them. */
	rto?: string | undefined;
	cost?: string | undefined;
	traps?: string | undefined;
}

/** Links into the wizard's plan (planHtml with the same id prefix). */
export function wizardSummaryLinks(plan: Plan, idPrefix = 'plan'): SummaryLinks {
	return {
		report: '#plan-heading',
		tier: (i) => `#${planTierId(idPrefix, plan.tiers[i]?.tier ?? '')}`,
		rto: `#${idPrefix}-rto`,
		cost: `#${idPrefix}-cost`,
		traps: `#${idPrefix}-traps`,
	};
}

/** Links into the comparison (comparisonHtml with the same id prefix). */
export function compareSummaryLinks(idPrefix = 'cmp'): SummaryLinks {
	return { report: '#compare-heading', tier: (i) => `#${idPrefix}-t${i}-h` };
}

const STATUS_TEXT: Record<PlanStatus, string> = {
	meets: 'Meets your targets',
	'over-budget': 'Meets your targets, over budget',
	'none-meets': 'Misses a target',
};

/** The plan's status in words; a plan that meets its targets only at the typical times is at risk. */
function statusText(plan: Plan): string {
	if (plan.status === 'none-meets' || overallStatus(plan.targetStatus) !== 'at-risk')
		return STATUS_TEXT[plan.status];
	return plan.status === 'over-budget' ? 'At risk, over budget' : 'At risk';
}

/** "3 traps", "1 trap", "no traps". */
export function trapCount(n: number): string {
	return n === 0 ? 'no traps' : `${n} trap${n === 1 ? '' : 's'}`;
}

/** How the plan stands against one target: met, met at the typical time only, or missed. */
export type TargetVerdict = 'met' | 'at-risk' | 'missed';

export interface TargetRow {
	target: 'rto' | 'rpo' | 'budget';
	name: string;
	/** The reader's target, as text. */
	yours: string;
	/** The plan's figure, as text. */
	plan: string;
	verdict: TargetVerdict;
}

const VERDICT_TEXT: Record<TargetVerdict, string> = {
	met: '✓ Met',
	'at-risk': '▲ At risk',
	missed: '✕ Missed',
};

/**
 * The targets beside the plan's figures, judged by the plan's own rule (engine/targetStatus.ts),
 * the same for RTO and RPO: met when the whole range is within the target, at risk when only
 * the worst case is beyond it, missed when the typical value is. With per-tier targets these are
 * the worst tier's. The cost is judged by the budget when there is one.
 */
export function targetRows(plan: Plan): TargetRow[] {
	const range = (j: TargetJudgement) =>
		j.worstMinutes > j.typicalMinutes
			? `${formatMinutes(j.typicalMinutes)}, up to ${formatMinutes(j.worstMinutes)}`
			: formatMinutes(j.typicalMinutes);
	const row = (target: 'rto' | 'rpo', j: TargetJudgement): TargetRow => ({
		target,
		name: target.toUpperCase(),
		yours: formatMinutes(j.targetMinutes),
		plan: range(j),
		verdict: j.status,
	});
	const rows = [row('rto', plan.targetStatus.rto), row('rpo', plan.targetStatus.rpo)];
	const w = plan.workload;
	if (w.budgetUsd !== undefined)
		rows.push({
			target: 'budget',
			name: 'Budget',
			yours: `${formatUsd(w.budgetUsd)} a month`,
			plan: `${formatUsd(plan.cost.monthlyUsd)} a month`,
			verdict: plan.budget !== undefined && plan.budget.overByUsd > 0 ? 'missed' : 'met',
		});
	return rows;
}

function targetsHtml(plan: Plan): SafeHtml {
	return html`<table class="plan-summary-targets" data-summary-targets>
		<caption>
			Your targets
		</caption>
		<thead>
			<tr>
				<th scope="col">Target</th>
				<th scope="col">Yours</th>
				<th scope="col">The plan</th>
				<th scope="col">Verdict</th>
			</tr>
		</thead>
		<tbody>
			${targetRows(plan).map(
				(r) =>
					html`<tr data-target="${r.target}" data-verdict="${r.verdict}">
						<th scope="row">${r.name}</th>
						<td>${r.yours}</td>
						<td>${r.plan}</td>
						<td class="verdict ${r.verdict}">${VERDICT_TEXT[r.verdict]}</td>
					</tr>`,
			)}
		</tbody>
	</table>`;
}

const link = (href: string | undefined, text: string): SafeHtml | string =>
	href === undefined ? text : html`<a href="${href}">${text}</a>`;

export function planSummaryHtml(plan: Plan, links: SummaryLinks): SafeHtml {
	const rto = formatMinutes(plan.rto.total.typical);
	// RPO as the plan judges it: the worst case in normal operation.
	const rpo = formatMinutes(plan.rpo.minutes[RPO_STATISTIC]);
	const cost = formatUsd(plan.cost.monthlyUsd);
	const traps = trapCount(plan.traps.length);
	return html`<div class="plan-summary-body" data-plan-status="${plan.status}">
		<p
			class="plan-summary-status ${plan.status}${overallStatus(plan.targetStatus) === 'at-risk' ? ' at-risk' : ''}"
		>
			<strong data-summary-status>${statusText(plan)}</strong>
		</p>
		${targetsHtml(plan)}
		<p class="plan-summary-totals" data-summary-totals>
			RTO ${link(links.rto, rto)} · RPO at worst ${rpo} · ${link(links.cost, `${cost} a month`)} ·
			${link(links.traps, traps)}
		</p>
		<table class="plan-summary-tiers">
			<caption class="sr-only">
				Each tier’s pattern and figures
			</caption>
			<thead>
				<tr>
					<th scope="col">Tier and pattern</th>
					<th scope="col">RTO</th>
					<th scope="col">RPO at worst</th>
					<th scope="col">A month</th>
				</tr>
			</thead>
			<tbody>
				${plan.tiers.map(
					(t, i) =>
						html`<tr data-summary-tier="${t.tier}" data-meets="${t.meetsTargets ? 'yes' : 'no'}">
							<th scope="row">
								<a href="${links.tier(i)}">${t.tier}</a>:
								<span data-summary-pattern>${t.recommended.name}</span
								>${t.meetsTargets ? '' : html` <strong>(nearest; misses)</strong>`}
							</th>
							<td>${formatMinutes(t.recommended.rto.total.typical)}</td>
							<td>${formatMinutes(t.recommended.rpo.minutes[RPO_STATISTIC])}</td>
							<td>${formatUsd(t.recommended.cost.monthlyUsd)}</td>
						</tr>`,
				)}
			</tbody>
		</table>
		<p class="plan-summary-more"><a href="${links.report}">The full plan below</a></p>
	</div>`;
}
