/**
 * The estate report as HTML: the same writer at build time (the example estate, for readers
 * without JavaScript) and in the Web Worker that plans a reader's file, so the two can never
 * differ. Every figure comes from the report planEstate() returns; plan checks read the data
 * attributes (`data-workload`, `data-plan-status`, `data-monthly-usd`…), not the words.
 *
 * Tables put the columns a reader scans first (workload, status) on the left and scroll inside
 * their own box on a phone, so the page itself never scrolls sideways.
 */
import {
	noConflictText,
	targetLabel,
	type EstateConflict,
	type EstateDemand,
	type EstateOrderStep,
	type EstateOutage,
	type EstateProblem,
	type EstateReport,
	type EstateWorkload,
} from '~/model/engine/estate/index.ts';
import { getFact } from '~/model/facts/factRegistry.ts';
import { formatMinutes, formatTarget, formatUsd } from '~/model/facts/format.ts';
import { TARGET_STATUS_LABEL } from '~/model/engine/targetStatus.ts';
import { factHref } from '~/lib/siteLinks.ts';
import { html, type SafeHtml } from '../widgets/html.ts';

const plural = (n: number, one: string, many = `${one}s`) =>
	`${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const SCOPE_LABEL: Record<EstateProblem['scope'], string> = {
	file: 'The file',
	vm: 'A VM',
	workload: 'A workload',
	estate: 'The estate',
};

function statusCell(w: EstateWorkload): SafeHtml {
	if (!w.planned || w.status === undefined) return html`<td data-label="Status">Not planned</td>`;
	return html`<td data-label="Status">
		<span class="estate-status" data-status-badge="${w.status}"
			>${TARGET_STATUS_LABEL[w.status]}</span
		>
	</td>`;
}

function timeCell(
	label: string,
	typical: number | undefined,
	target: number | undefined,
	status: string | undefined,
): SafeHtml {
	if (typical === undefined || target === undefined) return html`<td data-label="${label}">—</td>`;
	return html`<td data-label="${label}">
		${formatMinutes(typical)}
		<span class="estate-target"
			>(target ${formatTarget(target)}${status === undefined ? '' : `, ${status}`})</span
		>
	</td>`;
}

function workloadRow(w: EstateWorkload): SafeHtml {
	const name =
		w.wizardHref === undefined
			? html`${w.name}`
			: html`<a href="${w.wizardHref}" data-open-wizard>${w.name}</a>`;
	return html`<tr
		data-workload="${w.name}"
		data-planned="${w.planned}"
		data-plan-status="${w.status ?? 'not-planned'}"
		data-rto-minutes="${w.rto?.typical ?? ''}"
		data-rpo-minutes="${w.rpo?.typical ?? ''}"
		data-rpo-high="${w.rpo?.high ?? ''}"
		data-monthly-usd="${w.monthlyUsd ?? ''}"
	>
		<th scope="row">${name} <span class="estate-vms">${plural(w.vms.length, 'VM')}</span></th>
		${statusCell(w)}
		<td data-label="Pattern per tier">
			${
				w.tiers.length === 0
					? // Why it is not planned, on its own row: the problem, else the question it waits on.
						(w.problems[0] ?? (w.planned ? '—' : (w.questions[0] ?? '—')))
					: html`<ul class="estate-tiers">
							${w.tiers.map(
								(t) =>
									html`<li data-tier="${t.name}" data-pattern="${t.patternId}">
										<strong>${t.name}</strong> (${plural(t.vms, 'VM')}): ${t.pattern}
									</li>`,
							)}
						</ul>`
			}
		</td>
		${timeCell('RTO', w.rto?.typical, w.rtoTargetMinutes, w.rtoStatus && TARGET_STATUS_LABEL[w.rtoStatus])}
		${timeCell('RPO', w.rpo?.typical, w.rpoTargetMinutes, w.rpoStatus && TARGET_STATUS_LABEL[w.rpoStatus])}
		<td data-label="Monthly cost" class="estate-number">
			${w.monthlyUsd === undefined ? '—' : formatUsd(w.monthlyUsd)}
		</td>
	</tr>`;
}

function totalsSection(r: EstateReport): SafeHtml {
	const t = r.totals;
	return html`<section
		class="estate-totals"
		data-estate-totals
		data-vms="${t.vms}"
		data-workloads="${t.workloads}"
		data-planned-count="${t.planned}"
		data-met="${t.byStatus.met}"
		data-at-risk="${t.byStatus['at-risk']}"
		data-missed="${t.byStatus.missed}"
		data-monthly-usd="${t.monthlyUsd}"
		data-ungrouped="${t.ungroupedVms}"
	>
		<h2 id="estate-totals-heading">The estate at a glance</h2>
		<dl class="estate-figures">
			<div>
				<dt>Workloads planned</dt>
				<dd>${t.planned} of ${t.workloads}</dd>
			</div>
			<div>
				<dt>VMs in the file</dt>
				<dd>${t.vms.toLocaleString('en-US')}</dd>
			</div>
			<div>
				<dt>Targets met</dt>
				<dd>${t.byStatus.met}</dd>
			</div>
			<div>
				<dt>At risk</dt>
				<dd>${t.byStatus['at-risk']}</dd>
			</div>
			<div>
				<dt>Missed</dt>
				<dd>${t.byStatus.missed}</dd>
			</div>
			<div>
				<dt>Monthly cost (estimate)</dt>
				<dd>${formatUsd(t.monthlyUsd)}</dd>
			</div>
		</dl>
		<p class="estate-note">
			Workloads grouped by the tag <code>${r.settings.workloadTag}</code>, tiers
			${r.settings.tierBy === 'prefix' ? 'by name prefix' : html`by the tag <code>${r.settings.tierTag}</code> (by name prefix where a VM has none)`}.
			Costs are the plans’ estimates of what the recovery side costs a month. ${r.pricesAsOf.text}
		</p>
	</section>`;
}

function workloadsSection(r: EstateReport): SafeHtml {
	return html`<section>
		<h2 id="estate-workloads-heading">Workloads</h2>
		<p>
			Each workload’s name opens the wizard on it, with the tiers and targets read from the file, to
			change anything the export could not say.
		</p>
		<section class="estate-scroll" tabindex="0" aria-labelledby="estate-workloads-heading">
			<table class="estate-table estate-workloads reflow" data-estate-workloads>
				<thead>
					<tr>
						<th scope="col">Workload</th>
						<th scope="col">Status</th>
						<th scope="col">Pattern per tier</th>
						<th scope="col">RTO (typical)</th>
						<th scope="col">RPO (typical)</th>
						<th scope="col">Monthly cost</th>
					</tr>
				</thead>
				<tbody>
					${r.workloads.map(workloadRow)}
				</tbody>
			</table>
		</section>
	</section>`;
}

function demandRow(d: EstateDemand): SafeHtml {
	return html`<tr
		data-demand-region="${d.targetRegion}"
		data-target-known="${String(d.targetKnown)}"
		data-family="${d.family}"
		data-vcpus="${d.vcpus}"
		data-reserved-vms="${d.reservedVms}"
	>
		<th scope="row">${d.family}</th>
		<td data-label="Target region">${targetLabel(d)}</td>
		<td data-label="vCPUs" class="estate-number">${d.vcpus.toLocaleString('en-US')}</td>
		<td data-label="Created at failover" class="estate-number">
			${d.vcpusCreatedAtFailover.toLocaleString('en-US')}
		</td>
		<td data-label="Reserved" class="estate-number">
			${plural(d.reservedVms, 'VM')} (${d.reservedVcpus.toLocaleString('en-US')} vCPUs)
		</td>
		<td data-label="Tiers">${d.tiers.join(', ')}</td>
	</tr>`;
}

function demandSection(r: EstateReport): SafeHtml {
	const sources = r.demandFactIds.map(
		(id, i) => html`${i > 0 ? ', ' : ''}<a href="${factHref(id)}">${getFact(id).label}</a>`,
	);
	return html`<section data-estate-demand>
		<h2 id="estate-demand-heading">What the target regions must hold</h2>
		<p>
			vCPUs to request as quota in each target region, per VM family, summed over every workload
			that fails over there, and the VMs a capacity reservation holds ahead of time.
			${r.demandByRegion
				.filter((g) => g.targetKnown)
				.map(
					(g, i) =>
						html`${i > 0 ? ' ' : ''}<span
								data-region-total="${g.targetRegion}"
								data-target-known="true"
								data-vcpus="${g.vcpus}"
								>${g.text}</span
							>`,
				)}
		</p>
		${r.demandByRegion
			.filter((g) => !g.targetKnown)
			.map(
				(g) =>
					html`<p
						data-region-total="${g.targetRegion}"
						data-target-known="false"
						data-vcpus="${g.vcpus}"
						data-workloads="${g.workloads.join('\n')}"
					>
						${g.text}
					</p>`,
			)}
		${
			r.demand.length === 0
				? html`<p>No planned workload needs VMs in a target region.</p>`
				: html`<section class="estate-scroll" tabindex="0" aria-labelledby="estate-demand-heading">
						<table class="estate-table">
							<thead>
								<tr>
									<th scope="col">VM family</th>
									<th scope="col">Target region</th>
									<th scope="col">vCPUs</th>
									<th scope="col">Created at failover</th>
									<th scope="col">Reserved</th>
									<th scope="col">Tiers</th>
								</tr>
							</thead>
							<tbody>
								${r.demand.map(demandRow)}
							</tbody>
						</table>
					</section>`
		}
		<p class="estate-note">Sources: ${sources}.</p>
	</section>`;
}

function orderRow(o: EstateOrderStep): SafeHtml {
	return html`<tr
		data-order-position="${o.position}"
		data-order-workload="${o.workload}"
		data-order-region="${o.sourceRegion}"
		data-late="${o.late}"
	>
		<th scope="row">${o.position}. ${o.workload}</th>
		<td data-label="Ordered by">
			${o.by === 'priority' ? `priority ${o.priority ?? ''}` : 'RTO target'}
		</td>
		<td data-label="Machines ready" class="estate-number">${formatMinutes(o.readyMinutes)}</td>
		<td data-label="Team validates" class="estate-number">${formatMinutes(o.teamMinutes)}</td>
		<td data-label="Back" class="estate-number">
			${formatMinutes(o.backMinutes)}${o.late ? ' (late)' : ''}
		</td>
		<td data-label="RTO target" class="estate-number">${formatTarget(o.rtoTargetMinutes)}</td>
	</tr>`;
}

const conflictItem = (c: EstateConflict) =>
	html`<li
		data-conflict-region="${c.sourceRegion}"
		data-conflict-ahead="${c.ahead}"
		data-conflict-late="${c.late}"
	>
		${c.text}
	</li>`;

function outageSection(outage: EstateOutage, i: number): SafeHtml {
	const id = `estate-outage-${i}`;
	return html`<section
		data-outage-region="${outage.sourceRegion}"
		data-known-region="${outage.knownRegion}"
	>
		<h3 id="${id}">
			An outage of
			${outage.sourceRegion}${outage.knownRegion ? '' : ' (a region the model does not know)'}
		</h3>
		<section class="estate-scroll" tabindex="0" aria-labelledby="${id}">
			<table class="estate-table">
				<thead>
					<tr>
						<th scope="col">Workload</th>
						<th scope="col">Ordered by</th>
						<th scope="col">Machines ready</th>
						<th scope="col">Team validates</th>
						<th scope="col">Back</th>
						<th scope="col">RTO target</th>
					</tr>
				</thead>
				<tbody>
					${outage.order.map(orderRow)}
				</tbody>
			</table>
		</section>
		${
			outage.conflicts.length === 0
				? html`<p data-conflicts="0">${noConflictText(outage)}</p>`
				: html`<p>Conflicts:</p>
						<ul data-conflicts="${outage.conflicts.length}">
							${outage.conflicts.map(conflictItem)}
						</ul>`
		}
	</section>`;
}

function orderSection(r: EstateReport): SafeHtml {
	return html`<section data-estate-order>
		<h2 id="estate-order-heading">Recovery order per source region</h2>
		<p>${r.orderRule}</p>
		${
			r.outages.length === 0
				? html`<p>No workload was planned, so there is no order.</p>`
				: r.outages.map(outageSection)
		}
	</section>`;
}

function ungroupedSection(r: EstateReport): SafeHtml {
	return html`<section data-estate-ungrouped="${r.ungrouped.length}">
		<h2 id="estate-ungrouped-heading">Not in a workload</h2>
		${
			r.ungrouped.length === 0
				? html`<p>Every VM has a <code>${r.settings.workloadTag}</code> tag.</p>`
				: html`<p>
							${plural(r.ungrouped.length, 'VM')} without a
							<code>${r.settings.workloadTag}</code> tag, listed and not planned:
						</p>
						<ul class="estate-ungrouped">
							${r.ungrouped.map((u) => html`<li data-ungrouped-vm="${u.name}">${u.name}</li>`)}
						</ul>`
		}
	</section>`;
}

function problemsSection(r: EstateReport): SafeHtml {
	const questions = r.workloads.flatMap((w) => w.questions.map((q) => ({ workload: w.name, q })));
	return html`<section data-estate-problems="${r.problems.length}">
		<h2 id="estate-problems-heading">Problems and open questions</h2>
		${
			r.problems.length === 0
				? html`<p>No problem reading or planning the file.</p>`
				: html`<ul>
						${r.problems.map(
							(p) =>
								html`<li data-problem-scope="${p.scope}">
									${SCOPE_LABEL[p.scope]}${p.subject === undefined ? '' : html` (<strong>${p.subject}</strong>)`}:
									${p.message}
								</li>`,
						)}
					</ul>`
		}
		${
			questions.length === 0
				? ''
				: html`<p>
							What the export does not say, and what the plan assumed instead (answer it in the
							wizard):
						</p>
						<ul>
							${questions.map((x) => html`<li data-question-workload="${x.workload}"><strong>${x.workload}</strong>: ${x.q}</li>`)}
						</ul>`
		}
	</section>`;
}

/** The whole report, sections in reading order. */
export function estateReportHtml(report: EstateReport): SafeHtml {
	return html`<div class="estate-report" data-estate-report data-format="${report.format ?? ''}">
		${totalsSection(report)} ${workloadsSection(report)} ${demandSection(report)}
		${orderSection(report)} ${ungroupedSection(report)} ${problemsSection(report)}
	</div>`;
}
