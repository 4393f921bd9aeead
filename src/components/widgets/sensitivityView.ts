/**
 * "What moves this plan most": the model's sensitivity rows as a table, shared by the build and
 * the browser like the rest of the plan.
 */
import {
	formatDecimal,
	formatMinutes,
	formatUsd,
	sensitivity,
	type Plan,
	type SensitivityRow,
} from '~/model/index.ts';
import { html, type SafeHtml } from './html.ts';

const amount = (n: number): string => formatDecimal(n, 2);

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

/** How many rows the plan shows: the inputs that move it most. */
export const SENSITIVITY_ROWS = 6;

/** The section's content for a plan, the analysis run here and now (the build, the no-JS page). */
export function sensitivityHtml(plan: Plan, idPrefix: string): SafeHtml {
	return sensitivityRowsHtml(sensitivity(plan.workload, plan), idPrefix);
}

/**
 * The section's content while the browser works the analysis out between frames (the wizard
 * re-plans at once and fills this in after): a short note in a section marked busy. Not a live
 * region of its own: the wizard's status line announces the plan, and a second status would be
 * read out on every edit.
 */
export function sensitivityPendingHtml(): SafeHtml {
	return html`<p class="sensitivity-pending">
		Working out which of your inputs moves this plan most…
	</p>`;
}

/** When the analysis broke: said in the section, which must not stay busy. */
export function sensitivityFailedHtml(error: unknown): SafeHtml {
	return html`<p class="sensitivity-failed">
		Which input moves this plan most could not be worked out
		(${error instanceof Error ? error.message : String(error)}). The plan above is complete; reload
		the page to try again.
	</p>`;
}

/** The table of the rows that move the plan most. */
export function sensitivityRowsHtml(all: readonly SensitivityRow[], idPrefix: string): SafeHtml {
	const rows = all.slice(0, SENSITIVITY_ROWS);
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
