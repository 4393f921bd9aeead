/**
 * The one-page plan summary (src/model/planBrief.ts) as HTML, for printing on one A4 sheet:
 * the same data as its Markdown, laid out by planBrief.css.
 */
import { planBrief, type Plan } from '~/model/index.ts';
import { html, type SafeHtml } from '../widgets/html.ts';

export function planBriefHtml(plan: Plan, url?: string): SafeHtml {
	const b = planBrief(plan, url);
	return html`<article class="plan-brief-page" aria-label="One-page plan summary">
		<h1>${b.title}</h1>
		<p class="brief-status" data-verdict="${b.status}">
			<strong>Status: ${b.status}.</strong> ${b.headline}
		</p>
		<h2>Targets</h2>
		<ul>
			<li>
				Back in service (RTO): target ${b.rto.target}; the plan: about ${b.rto.typical}, up to
				${b.rto.high}: <strong>${b.rto.status}</strong>.
			</li>
			<li>
				Data that may be lost (RPO): target ${b.rpo.target}; the plan: up to about ${b.rpo.worst}:
				<strong>${b.rpo.status}</strong>.
			</li>
		</ul>
		<h2>Workload</h2>
		<table>
			<thead>
				<tr>
					<th scope="col">Tier</th>
					<th scope="col">VMs</th>
					<th scope="col">How it is protected</th>
					<th scope="col">Back within (target)</th>
					<th scope="col">Data lost, worst (target)</th>
					<th scope="col">Status</th>
				</tr>
			</thead>
			<tbody>
				${b.tiers.map(
					(t) =>
						html`<tr>
							<th scope="row">${t.tier}</th>
							<td>${t.vmCount}</td>
							<td>${t.option}</td>
							<td>${t.backWithin} (${t.rtoTarget})</td>
							<td>${t.rpo} (${t.rpoTarget})</td>
							<td>${t.status}</td>
						</tr>`,
				)}
			</tbody>
		</table>
		<h2>Cost</h2>
		<ul>
			<li>Standby, every month: about ${b.cost.monthly} (estimate).</li>
			<li>Each day failed over adds about ${b.cost.failedOverDay}.</li>
			${b.cost.budget !== undefined ? html`<li>Budget: ${b.cost.budget}.</li>` : ''}
		</ul>
		<h2>Top risks</h2>
		<ul>
			${b.risks.length === 0 ? html`<li>None found by the model for these inputs.</li>` : ''}
			${b.risks.map((r) => html`<li>${r}</li>`)}
			${b.moreRisks > 0 ? html`<li>And ${b.moreRisks} more in the full plan.</li>` : ''}
		</ul>
		<h2>Drills</h2>
		<p>${b.drill}</p>
		<h2>Sign-off</h2>
		<p class="brief-sign">Owner: ____________ Approved by: ____________ Date: ________</p>
		${b.url !== undefined ? html`<p class="brief-url">The full plan, with every figure’s source: ${b.url}</p>` : ''}
	</article>`;
}
