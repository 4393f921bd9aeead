/**
 * The comparison as HTML, shared by the build (set:html) and the browser: for each tier, a
 * table of every option (the chart's text equivalent), the chart, and how each figure is
 * computed, with its sources. Every number in the table links to its explanation.
 *
 * The build passes `howPage`: the explanations then live on that page (they are most of the
 * comparison's weight, and most readers never open them), and the table's figures and each tier's
 * "how" link lead there. The browser, redrawing for the reader's own workload, keeps them inline.
 */
import {
	formatMinutes,
	formatRange,
	formatUsd,
	overallStatus,
	targetMarginText,
	type ComparedOption,
	type Comparison,
	type TierComparison,
} from '~/model/index.ts';
import { anchorId } from '~/lib/anchorId.ts';
import { evaluationHtml } from '../widgets/evaluationView.ts';
import { html, type SafeHtml } from '../widgets/html.ts';
import { tierKindText } from '../widgets/tierWords.ts';
import { chartAxis, crossWords, frontierChart, pointStatus } from './frontierChart.ts';
import { protectionTableHtml } from './protectionView.ts';

/** pattern id -> page URL, from patternPageMap() at build time. */
export type PatternPages = Readonly<Record<string, string>>;

const VERDICT: Record<'met' | 'at-risk' | 'missed', string> = {
	met: '✓ Meets',
	'at-risk': '▲ At risk',
	missed: '✕ Misses',
};

/** Met, at risk or missed for each target, with its margin; the budget when it is missed. */
function verdict(o: ComparedOption, withRpo: boolean): SafeHtml {
	if (o.blockers.length > 0)
		return html`<span class="cmp-verdict ruled-out"
				>${o.blockers.every((b) => b.kind === 'preview') ? '✕ Set aside (preview):' : '✕ Ruled out:'}</span
			>
			<span class="cmp-reason">${o.blockers.map((b) => b.reason).join(' ')}</span>`;
	const s = o.targetStatus;
	const overall = overallStatus(withRpo ? s : { rto: s.rto, rpo: s.rto });
	const targets = [
		html`<span class="cmp-target ${s.rto.status}">${targetMarginText('RTO', s.rto)}</span>`,
		...(withRpo
			? [html`<span class="cmp-target ${s.rpo.status}">${targetMarginText('RPO', s.rpo)}</span>`]
			: []),
		...(o.missed.includes('budget')
			? [html`<span class="cmp-target missed">over the budget</span>`]
			: []),
	];
	const shown = o.missed.includes('budget') && overall === 'met' ? 'missed' : overall;
	return html`<span class="cmp-verdict ${shown}">${VERDICT[shown]}</span> ${targets}`;
}

function nameCell(o: ComparedOption, pages: PatternPages): SafeHtml {
	const href = pages[o.patternId];
	return html`${href !== undefined ? html`<a href="${href}">${o.name}</a>` : o.name}${o.recommended ? html` <strong class="cmp-choice">plan’s choice</strong>` : ''}`;
}

function tierTable(
	t: TierComparison,
	pages: PatternPages,
	tableId: string,
	optionId: (o: ComparedOption) => string,
	howPage = '',
): SafeHtml {
	const nameOf = (key: string) => t.options.find((o) => o.key === key)?.name ?? key;
	return html`<div class="cmp-table-wrap">
		<table class="cmp-table reflow" id="${tableId}" role="table">
			<caption>
				Every option for the ${t.tier} tier, in the plan’s order: the options that meet the targets
				first, cheapest first
			</caption>
			<thead>
				<tr>
					<th scope="col">Pattern</th>
					<th scope="col">Targets: met, at risk or missed</th>
					<th scope="col">RTO, typical (range)</th>
					<th scope="col">RPO, typical</th>
					<th scope="col">A month</th>
					<th scope="col">Dominated by</th>
				</tr>
			</thead>
			<tbody>
				${t.options.map((o) => {
					const how = `${howPage}#${optionId(o)}-h`;
					return html`<tr
						role="row"
						data-option="${o.key}"
						data-meets="${o.meetsTargets ? 'yes' : 'no'}"
						data-rto-status="${o.targetStatus.rto.status}"
						data-rpo-status="${o.targetStatus.rpo.status}"
						data-rto-margin="${String(o.targetStatus.rto.marginMinutes)}"
						data-rpo-margin="${String(o.targetStatus.rpo.marginMinutes)}"
						data-rto-worst-margin="${String(o.targetStatus.rto.worstMarginMinutes)}"
						data-rpo-worst-margin="${String(o.targetStatus.rpo.worstMarginMinutes)}"
						data-dominated="${o.dominatedBy !== undefined ? 'yes' : 'no'}"
					>
						<th scope="row" role="rowheader">${nameCell(o, pages)}</th>
						<td role="cell" data-label="Targets">${verdict(o, t.data !== 'none')}</td>
						<td role="cell" data-label="RTO" data-inline>
							<a href="${how}" class="cmp-figure">${formatMinutes(o.rto.typical)}</a>
							<span class="range">(${formatRange(o.rto, formatMinutes)})</span>
						</td>
						<td role="cell" data-label="RPO" data-inline>
							<a href="${how}" class="cmp-figure">${formatMinutes(o.rpo.typical)}</a>
						</td>
						<td role="cell" data-label="A month" data-inline>
							<a href="${how}" class="cmp-figure">${formatUsd(o.monthlyUsd)}</a>
						</td>
						<td role="cell" data-label="Dominated by">
							${o.dominatedBy !== undefined ? nameOf(o.dominatedBy) : html`<span class="cmp-none">none</span>`}
						</td>
					</tr>`;
				})}
			</tbody>
		</table>
	</div>`;
}

/** The chart's caption: what it plots and how to read its marks. */
export function chartCaption(t: TierComparison): string {
	const rto = chartAxis(t) === 'rto';
	const plotted = rto
		? `Every option for the ${t.tier} tier has the same RPO (${formatMinutes(t.options[0]?.rpo.typical ?? 0)}), so the chart plots what differs: RTO against monthly cost. Each option is a numbered point, and the key gives its pattern and typical RPO.`
		: `RPO against monthly cost for the ${t.tier} tier: each option is a numbered point, and the key gives its pattern and typical RTO.`;
	return `${plotted} Circles meet the targets, triangles miss one, crosses are ${crossWords(t.options.map((o) => ({ status: pointStatus(o) })))}; hollow marks are dominated; the ringed mark is the plan’s choice. The table below holds the same figures.`;
}

function tierSummary(t: TierComparison): string {
	const meets = t.options.filter((o) => o.meetsTargets).length;
	const dominated = t.options.filter((o) => o.dominatedBy !== undefined).length;
	return `${t.tier}: ${meets} of ${t.options.length} options meet the targets; ${dominated} dominated.`;
}

/** One sentence for the live region. */
export function comparisonSummary(c: Comparison): string {
	return c.tiers.map(tierSummary).join(' ');
}

/** Each tier's options with how every figure is computed: the inline section, or the how page. */
export function comparisonHowHtml(
	t: TierComparison,
	optionId: (o: ComparedOption) => string,
	headingLevel: 3 | 4 = 4,
): SafeHtml {
	// Each worked case folded behind its verdict and headline figures (the how page was
	// 124,000 px on a phone); a link to a case opens it (openFoldAtHash.ts).
	return html`${t.options.map((o) => evaluationHtml(o.evaluation, optionId(o), headingLevel, false))}`;
}

export const compareTierId = (idPrefix: string, index: number): string => `${idPrefix}-t${index}`;
export const compareOptionId =
	(tierId: string) =>
	(o: ComparedOption): string =>
		anchorId(tierId, o.key);

export function comparisonHtml(
	c: Comparison,
	pages: PatternPages,
	idPrefix = 'cmp',
	howPage?: string,
): SafeHtml {
	return html`<div class="comparison">
		${c.tiers.map((t, i) => {
			const tierId = compareTierId(idPrefix, i);
			const tableId = `${tierId}-table`;
			const optionId = compareOptionId(tierId);
			return html`<section class="cmp-tier" data-tier="${t.tier}" aria-labelledby="${tierId}-h">
				<h3 id="${tierId}-h">
					${t.tier}
					<span class="tier-kind">(${tierKindText(t)})</span>
				</h3>
				<p class="cmp-tier-summary">
					${tierSummary(t)}
					${t.meetsTargets ? '' : html`<strong>Nothing meets the targets for this tier;</strong> the plan uses the nearest option.`}
				</p>
				${t.notes.map((n) => html`<p class="field-note" data-field-note="${n.field}">${n.text}</p>`)}
				<figure class="cmp-chart">
					<div
						class="cmp-chart-scroll"
						tabindex="0"
						role="group"
						aria-label="Chart for the ${t.tier} tier"
					>
						${frontierChart(t, c.targets, { id: `${tierId}-chart`, tableId })}
					</div>
					<figcaption>${chartCaption(t)}</figcaption>
				</figure>
				${tierTable(t, pages, tableId, optionId, howPage)}
				${protectionTableHtml(t, `${tierId}-protects`)}
				${
					howPage === undefined
						? html`<details class="cmp-how">
								<summary>How each figure for the ${t.tier} tier is computed, with sources</summary>
								${comparisonHowHtml(t, optionId)}
							</details>`
						: html`<p class="cmp-how">
								<a href="${howPage}#${tierId}-how"
									>How each figure for the ${t.tier} tier is computed, with sources</a
								>
							</p>`
				}
			</section>`;
		})}
	</div>`;
}
