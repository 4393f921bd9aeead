/**
 * The drill's measured step times beside the plan's timeline: a table of planned against
 * measured per step (by step key), the measured total when every step was measured, what is
 * missing, keys that match no step, and the note that the plan still uses its estimates.
 */
import { formatMinutes, type Plan } from '~/model/index.ts';
import { html, type SafeHtml } from './html.ts';

/** The step keys of the plan's timeline, to type drill times against. */
export function stepKeysHtml(plan: Plan, idPrefix: string): SafeHtml {
	return html`<p class="step-keys" id="${idPrefix}-step-keys">
		Step keys, for drill times (“Your drill”, or a <code>measured</code> block in the workload
		JSON):
		${plan.rto.steps.map((s, i) => html`${i > 0 ? ', ' : ''}<code data-key>${s.key}</code>`)}.
	</p>`;
}

export function measuredHtml(plan: Plan, idPrefix: string): SafeHtml {
	const m = plan.measured;
	if (m === undefined) return stepKeysHtml(plan, idPrefix);
	return html`<table class="measured-times" data-measured>
			<caption>
				Planned against measured, by step
			</caption>
			<thead>
				<tr>
					<th scope="col">Step</th>
					<th scope="col">Key</th>
					<th scope="col">Planned (typical)</th>
					<th scope="col">Measured</th>
				</tr>
			</thead>
			<tbody>
				${m.steps.map(
					(s) =>
						html`<tr data-step-key="${s.key}">
							<th scope="row">${s.label}${s.tier !== undefined ? ` (${s.tier})` : ''}</th>
							<td><code>${s.key}</code></td>
							<td>${formatMinutes(s.plannedMinutes)}</td>
							<td>
								${s.measuredMinutes !== undefined ? formatMinutes(s.measuredMinutes) : 'not measured'}
							</td>
						</tr>`,
				)}
			</tbody>
			<tfoot>
				<tr>
					<th scope="row" colspan="2">Total</th>
					<td>${formatMinutes(m.plannedTotalMinutes)}</td>
					<td>
						${
							m.measuredTotalMinutes !== undefined
								? formatMinutes(m.measuredTotalMinutes)
								: `no measured total: ${m.missing.join(', ')} not measured`
						}
					</td>
				</tr>
			</tfoot>
		</table>
		${
			m.unmatched.length > 0
				? html`<p class="measured-unmatched">
						Not steps of this plan, so not shown:
						${m.unmatched.map((k, i) => html`${i > 0 ? ', ' : ''}<code>${k}</code>`)}.
					</p>`
				: ''
		}
		<p class="measured-note">${m.note}</p>
		${stepKeysHtml(plan, idPrefix)}`;
}
