/**
 * The cost of a regional disruption in the wizard's plan, when the workload gives what an
 * hour of downtime costs: the plan's figure (and a year's, with a frequency), each tier's
 * options at that cost, and when each faster alternative pays for itself. The sentences are
 * the CLI's (disruptionLines), so the two never disagree.
 */
import { disruptionLines, formatMinutes, formatUsd, type Plan } from '~/model/index.ts';
import { html, type SafeHtml } from './html.ts';

export function disruptionHtml(plan: Plan, idPrefix: string): SafeHtml {
	const d = plan.disruption;
	if (d === undefined) return html``;
	return html`<h3 id="${idPrefix}-disruption">Cost of a regional disruption</h3>
		<div class="plan-disruption" data-disruption>
			<ul>
				${disruptionLines(d).map((line) => html`<li>${line}</li>`)}
			</ul>
			${d.tiers.map(
				(t) =>
					html`<table class="disruption-options" data-disruption-tier="${t.tier}">
						<caption>
							${t.tier}: each option at your cost of downtime (estimates)
						</caption>
						<thead>
							<tr>
								<th scope="col">Pattern</th>
								<th scope="col">Tier RTO (typical)</th>
								<th scope="col">A month</th>
								<th scope="col">A disruption, typical RTO</th>
								<th scope="col">A disruption, high RTO</th>
							</tr>
						</thead>
						<tbody>
							${t.options.map(
								(o) =>
									html`<tr data-option="${o.key}">
										<th scope="row">
											${o.name}${o.key === t.recommended.key ? ' (recommended)' : ''}
										</th>
										<td>${formatMinutes(o.rtoMinutes.typical)}</td>
										<td>${formatUsd(o.monthlyUsd)}</td>
										<td>${formatUsd(o.disruptionCostUsd.typicalUsd)}</td>
										<td>${formatUsd(o.disruptionCostUsd.highUsd)}</td>
									</tr>`,
							)}
						</tbody>
					</table>`,
			)}
			<p>
				An option’s figures are the downtime cost at that option’s own RTO. In a regional disruption
				every tier is down and the workload is back when its slowest tier is, so the plan’s figure
				above is the one a disruption costs.
			</p>
		</div>`;
}
