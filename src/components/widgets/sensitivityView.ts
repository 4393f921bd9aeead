/**
 * "What moves this plan most": the model's sensitivity rows as a table, shared by the build and
 * the browser like the rest of the plan.
 */
import {
	formatMinutes,
	formatUsd,
	sensitivity,
	type Plan,
	type SensitivityRow,
} from '~/model/index.ts';
import { html, type SafeHtml } from './html.ts';

const amount = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

const signed = (n: number, format: (v: number) => string): string =>
	n === 0 ? 'same' : `${n > 0 ? '+' : '−'}${format(Math.abs(n))}`;

function row(r: SensitivityRow): SafeHtml {
	return html`<tr data-field="${r.field}">
		<th scope="row">
			${r.label} <span class="range">(${amount(r.from)} → ${amount(r.to)} ${r.unit})</span>
		</th>
		<td>${signed(r.rtoMinutes, formatMinutes)}</td>
		<td>${signed(r.rpoMinutes, formatMinutes)}</td>
		<td>${signed(r.monthlyUsd, formatUsd)}</td>
		<td>
			${r.switches.length === 0 ? 'none' : r.switches.map((s) => `${s.tier}: ${s.to}`).join('; ')}
		</td>
	</tr>`;
}

export function sensitivityHtml(plan: Plan, idPrefix: string, limit = 6): SafeHtml {
	const rows = sensitivity(plan.workload, plan).slice(0, limit);
	if (rows.length === 0) return html`<p>No single input moves this plan noticeably.</p>`;
	return html`<table class="sensitivity" id="${idPrefix}-sensitivity-table">
		<caption>
			Each input changed on its own (sizes doubled, targets halved) and the plan recomputed; the
			largest effect first. Estimates, like the plan.
		</caption>
		<thead>
			<tr>
				<th scope="col">If this changes</th>
				<th scope="col">RTO</th>
				<th scope="col">RPO</th>
				<th scope="col">Monthly cost</th>
				<th scope="col">Tiers that switch pattern</th>
			</tr>
		</thead>
		<tbody>
			${rows.map(row)}
		</tbody>
	</table>`;
}
