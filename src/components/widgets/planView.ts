/**
 * The wizard's composite plan as HTML, shared by the build and the browser: headline, each
 * tier with its recommended pattern (data-tier, data-recommended), alternatives and rejected
 * options with reasons, the end-to-end RTO timeline, RPO, cost by line, and traps.
 */
import {
	formatMinutes,
	formatUsd,
	renderFactText,
	type Evaluation,
	type Plan,
} from '~/model/index.ts';
import { costHtml, factLinks, rpoHtml, timelineHtml } from './evaluationView.ts';
import { html, type SafeHtml } from './html.ts';
import { disruptionHtml } from './disruptionView.ts';
import { measuredHtml } from './measuredView.ts';
import { sensitivityHtml } from './sensitivityView.ts';

/** How an alternative differs from the recommended option: "Meets the targets; 17 min faster, US$16.64 a month dearer." */
export function versusText(alt: Evaluation, chosen: Evaluation): string {
	const diffs: string[] = [];
	const rto = alt.rto.total.typical - chosen.rto.total.typical;
	const rpo = alt.rpo.minutes.typical - chosen.rpo.minutes.typical;
	const cost = alt.cost.monthlyUsd - chosen.cost.monthlyUsd;
	if (Math.abs(rto) >= 0.5)
		diffs.push(`RTO ${formatMinutes(Math.abs(rto))} ${rto < 0 ? 'shorter' : 'longer'}`);
	if (Math.abs(rpo) >= 1 / 60)
		diffs.push(`RPO ${formatMinutes(Math.abs(rpo))} ${rpo < 0 ? 'shorter' : 'longer'}`);
	if (Math.abs(cost) >= 0.005)
		diffs.push(`${formatUsd(Math.abs(cost))} a month ${cost > 0 ? 'dearer' : 'cheaper'}`);
	return diffs.length > 0
		? `Meets the targets; ${diffs.join(', ')} than the recommended option.`
		: 'Meets the targets with the same figures as the recommended option.';
}

function optionRow(e: Evaluation, note: SafeHtml | string): SafeHtml {
	return html`<tr data-option="${e.key}">
		<th scope="row">${e.name}</th>
		<td>${formatMinutes(e.rto.total.typical)}</td>
		<td>${formatMinutes(e.rpo.minutes.typical)}</td>
		<td>${formatUsd(e.cost.monthlyUsd)}</td>
		<td>${note}</td>
	</tr>`;
}

function optionsTable(caption: string, rows: SafeHtml[]): SafeHtml {
	if (rows.length === 0) return html``;
	return html`<table class="options">
		<caption>
			${caption}
		</caption>
		<thead>
			<tr>
				<th scope="col">Pattern</th>
				<th scope="col">RTO</th>
				<th scope="col">RPO</th>
				<th scope="col">A month</th>
				<th scope="col">Why</th>
			</tr>
		</thead>
		<tbody>
			${rows}
		</tbody>
	</table>`;
}

export function planHtml(plan: Plan, idPrefix = 'plan'): SafeHtml {
	return html`<div class="plan" data-status="${plan.status}">
		<p class="plan-headline ${plan.status}"><strong>${plan.headline}</strong></p>
		${
			plan.regions !== undefined
				? html`<p class="plan-regions" data-target-region="${plan.regions.target}">
						Regions: ${plan.regions.text}
					</p>`
				: ''
		}
		<h3 id="${idPrefix}-tiers">Each tier</h3>
		${plan.tiers.map((t) => {
			const r = t.recommended;
			return html`<section
				class="plan-tier"
				data-tier="${t.tier}"
				data-recommended="${r.patternId}"
				data-option="${r.key}"
				aria-labelledby="${idPrefix}-tier-${t.tier.replace(/\W+/g, '-')}"
			>
				<h4 id="${idPrefix}-tier-${t.tier.replace(/\W+/g, '-')}">
					${t.tier}
					<span class="tier-kind">(${t.kind}${t.data !== 'none' ? `, data: ${t.data}` : ''})</span>
				</h4>
				<p>
					${t.meetsTargets ? 'Recommended:' : html`<strong>Nothing meets the targets.</strong> Nearest:`}
					<strong>${r.name}</strong>: RTO ${formatMinutes(r.rto.total.typical)}, RPO
					${formatMinutes(r.rpo.minutes.typical)}, ${formatUsd(r.cost.monthlyUsd)} a month.
				</p>
				${r.layers.map(
					(layer) =>
						html`<p class="plan-layer" data-layer="${layer.purpose}">
							Second layer (${layer.purpose}): <strong>${layer.name}</strong>,
							${formatUsd(layer.lines.reduce((sum, l) => sum + l.monthlyUsd, 0))} a month, included
							above. ${renderFactText(layer.note)}
						</p>`,
				)}
				${
					r.capacityReservation !== undefined
						? html`<p class="plan-reservation">
								Capacity reservation: ${r.capacityReservation.vms} VM(s) held in the target region,
								included above. It removes the risk of finding no capacity, not time.
							</p>`
						: ''
				}
				${r.rejections.length > 0 ? html`<p class="misses">It misses: ${r.rejections.map((x) => x.reason).join(' ')}</p>` : ''}
				${optionsTable(
					'Alternatives that also meet the targets',
					t.alternatives.map((a) => optionRow(a, versusText(a, r))),
				)}
				${optionsTable(
					'Rejected options',
					t.rejected
						.filter((x) => x.key !== r.key)
						.map((x) => optionRow(x, x.rejections.map((j) => j.reason).join(' '))),
				)}
			</section>`;
		})}
		<h3 id="${idPrefix}-rto">End-to-end RTO</h3>
		<p>
			Critical path: the ${plan.rto.criticalTier} tier. Tiers recover in parallel once the disaster
			is declared.
		</p>
		${timelineHtml(plan.rto, `${idPrefix}-rto`)} ${measuredHtml(plan, idPrefix)}
		<h3 id="${idPrefix}-rpo">RPO</h3>
		${rpoHtml({ minutes: plan.rpo.minutes, driver: `Set by the ${plan.rpo.drivingTier} tier: ${plan.rpo.driver}`, formula: '', factIds: plan.tiers.find((t) => t.tier === plan.rpo.drivingTier)?.recommended.rpo.factIds ?? [], bounded: true })}
		<h3 id="${idPrefix}-cost">Monthly cost</h3>
		${costHtml(plan.cost.lines, plan.cost.monthlyUsd, 'Standby cost by line, all tiers')}
		<p>
			One day failed over adds about
			${formatUsd(plan.cost.failedOverDayUsd)}.${plan.budget !== undefined ? ` Budget ${formatUsd(plan.budget.limitUsd)}: ${plan.budget.overByUsd > 0 ? `over by ${formatUsd(plan.budget.overByUsd)}` : 'within it'}.` : ''}
		</p>
		${disruptionHtml(plan, idPrefix)}
		<h3 id="${idPrefix}-traps">Traps</h3>
		${
			plan.traps.length === 0
				? html`<p>None flagged.</p>`
				: html`<ul class="traps">
						${plan.traps.map((t) => html`<li>${renderFactText(t.text)} ${factLinks(t.factIds)}</li>`)}
					</ul>`
		}
		<h3 id="${idPrefix}-sensitivity">What moves this plan most</h3>
		${sensitivityHtml(plan, idPrefix)}
	</div>`;
}
