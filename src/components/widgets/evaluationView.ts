/**
 * One evaluated option as HTML: the RTO timeline with the dominant step marked, the RPO and
 * what drives it, the cost by line, each with its formula and links to the facts it used, and
 * the assumptions. Shared by the build (set:html) and the browser, so both render the same.
 */
import {
	formatMinutes,
	formatRange,
	formatUsd,
	getFact,
	costLineMeterText,
	renderFactText,
	STANDBY_LADDER,
	type CostLine,
	type Evaluation,
	type Fact,
	type RtoEstimate,
	type RpoEstimate,
} from '~/model/index.ts';
import { factHref } from '~/lib/siteLinks.ts';
import { priceDate } from '../facts/factView.ts';
import { html, type SafeHtml } from './html.ts';
import { BLOCK_ITEMS_CLASS } from '../page/blockItems.ts';

export function factLinks(ids: readonly string[]): SafeHtml {
	const unique = [...new Set(ids)];
	if (unique.length === 0) return html``;
	return html`<span class="fact-refs"
		>Sources:
		${unique.map(
			(id, i) =>
				html`${i > 0 ? ', ' : ''}<a href="${factHref(id)}">${getFact(id).label}</a
					>${linkNote(getFact(id))}`,
		)}</span
	>`;
}

/** After a fact's link: a price's date (and whether it is an estimate), else "estimate" or nothing. */
function linkNote(fact: Fact): SafeHtml | string {
	const dated = priceDate(fact);
	if (dated !== undefined)
		return html` (<span data-price-date="${dated.date}">${dated.text}</span>)`;
	return fact.status === 'estimate' ? ' (estimate)' : '';
}

const minutes = (r: { low: number; typical: number; high: number }) =>
	html`<strong>${formatMinutes(r.typical)}</strong>
		<span class="range">(${formatRange(r, formatMinutes)})</span>`;

export function timelineHtml(rto: RtoEstimate, idPrefix: string): SafeHtml {
	const max = Math.max(...rto.steps.map((s) => s.minutes.typical), 1);
	// Every step holds its bar (a block): spaced as Starlight spaces lists of blocks.
	return html`<ol class="timeline ${BLOCK_ITEMS_CLASS}" aria-describedby="${idPrefix}-dominant">
			${rto.steps.map((s, i) => {
				const width = Math.max(1, Math.round((s.minutes.typical / max) * 100));
				const dominant = i === rto.dominant;
				return html`<li class="${dominant ? 'step dominant' : 'step'}" data-step="${s.kind}">
					<span class="step-label"
						>${s.label}${s.tier !== undefined ? html` <span class="step-tier">(${s.tier})</span>` : ''}${dominant ? html` <strong class="dominant-mark">dominant step</strong>` : ''}</span
					>
					<span class="step-time">${minutes(s.minutes)}</span>
					<svg
						class="step-bar"
						viewBox="0 0 100 4"
						preserveAspectRatio="none"
						aria-hidden="true"
						focusable="false"
					>
						<rect width="${width}" height="4"></rect>
					</svg>
					<span class="step-formula">${s.formula} ${factLinks(s.factIds)}</span>
				</li>`;
			})}
		</ol>
		<p
			id="${idPrefix}-dominant"
			class="timeline-total"
			data-rto-minutes="${String(rto.total.typical)}"
			data-rto-low="${String(rto.total.low)}"
			data-rto-high="${String(rto.total.high)}"
			data-dominant-step="${rto.steps[rto.dominant]?.key ?? ''}"
		>
			Total: ${minutes(rto.total)}. The dominant step is
			${rto.steps[rto.dominant]?.label.toLowerCase() ?? 'none'}.
		</p>`;
}

export function rpoHtml(rpo: RpoEstimate): SafeHtml {
	return html`<p class="rpo">
		RPO: ${minutes(rpo.minutes)}. ${rpo.driver}
		${rpo.bounded ? '' : html`<em>No SLA bounds it.</em>`}
		<span class="formula">${rpo.formula}</span> ${factLinks(rpo.factIds)}
	</p>`;
}

export function costHtml(lines: readonly CostLine[], total: number, caption: string): SafeHtml {
	return html`<table class="cost-lines">
		<caption>
			${caption}
		</caption>
		<thead>
			<tr>
				<th scope="col">Line</th>
				<th scope="col">A month</th>
				<th scope="col">How</th>
			</tr>
		</thead>
		<tbody>
			${lines.map(
				(l) =>
					html`<tr
						data-cost-kind="${l.kind}"
						data-cost-tier="${l.tier ?? ''}"
						data-monthly-usd="${String(l.monthlyUsd)}"
					>
						<th scope="row">
							${l.label}${l.tier !== undefined ? html` <span class="step-tier">(${l.tier})</span>` : ''}
						</th>
						<td>${formatUsd(l.monthlyUsd)}</td>
						<td>
							${l.formula} ${factLinks(l.factIds)}
							<span
								class="cost-meter"
								data-meter-service="${l.meter.service}"
								data-meter-region="${l.meter.region}"
								data-price-region="${l.meter.priceRegion ?? l.meter.region}"
								>In the pricing calculator: ${costLineMeterText(l)}</span
							>
						</td>
					</tr>`,
			)}
		</tbody>
		<tfoot>
			<tr data-cost-total data-monthly-usd="${String(total)}">
				<th scope="row">Total</th>
				<td><strong>${formatUsd(total)}</strong></td>
				<td></td>
			</tr>
		</tfoot>
	</table>`;
}

/**
 * `open`: whether how the figures are computed shows at first. A calculator with several options
 * folds each one's workings: their headline figures stay in view, the workings one click away.
 */
export function evaluationHtml(
	e: Evaluation,
	idPrefix: string,
	headingLevel: 3 | 4 = 3,
	open = true,
): SafeHtml {
	const heading =
		headingLevel === 3
			? html`<h3 id="${idPrefix}-h">${e.name}</h3>`
			: html`<h4 id="${idPrefix}-h">${e.name}</h4>`;
	return html`<section
		class="evaluation"
		data-option="${e.key}"
		data-viable="${e.viable ? 'yes' : 'no'}"
		aria-labelledby="${idPrefix}-h"
	>
		${heading}
		<p class="verdict ${e.viable ? 'meets' : 'misses'}">
			${e.viable ? 'Meets your targets.' : html`<strong>Does not fit:</strong> ${e.rejections.map((r) => r.reason).join(' ')}`}
		</p>
		<p class="headline-figures">
			${STANDBY_LADDER[e.standby].name} · RTO ${formatMinutes(e.rto.total.typical)} · RPO
			${formatMinutes(e.rpo.minutes.high)} at worst (typical
			${formatMinutes(e.rpo.minutes.typical)}) · ${formatUsd(e.cost.monthlyUsd)} a month · one day
			failed over ${formatUsd(e.cost.failedOverDayUsd)}
		</p>
		<details class="evaluation-detail" ${open ? 'open' : ''}>
			<summary>How these figures are computed</summary>
			${timelineHtml(e.rto, idPrefix)} ${rpoHtml(e.rpo)}
			${costHtml(e.cost.lines, e.cost.monthlyUsd, 'Monthly standby cost, by line')}
			<p class="failed-over">
				One day failed over adds ${formatUsd(e.cost.failedOverDayUsd)}:
				${e.cost.failedOverDayFormula}.
			</p>
			<p class="assumptions-heading">Assumptions:</p>
			<ul class="assumptions">
				${e.assumptions.map((a) => html`<li>${renderFactText(a)}</li>`)}
			</ul>
		</details>
	</section>`;
}
