/**
 * The wizard's composite plan as HTML, shared by the build and the browser: headline, each
 * tier with its recommended pattern (data-tier, data-recommended), alternatives and rejected
 * options with reasons, the end-to-end RTO timeline, RPO, cost by line, and traps.
 */
import {
	formatMinutes,
	formatTarget,
	formatUsd,
	renderFactText,
	STANDBY_LADDER,
	TARGET_STATUS_LABEL,
	targetStatusText,
	chosenInScheduleText,
	pinnedText,
	corruptionRecoveryText,
	upgradeText,
	type Evaluation,
	type Plan,
	type Workload,
	tierFieldNotes,
} from '~/model/index.ts';
import { costHtml, factLinks, rpoHtml, timelineHtml } from './evaluationView.ts';
import { escapeHtml, html, SafeHtml } from './html.ts';
import { planTierId } from './planSummary.ts';
import { tierKindText } from './tierWords.ts';
import { disruptionHtml } from './disruptionView.ts';
import { measuredHtml } from './measuredView.ts';
import { sensitivityHtml, sensitivityPendingHtml } from './sensitivityView.ts';

/** How an alternative differs from the recommended option: "Meets the targets; 17 min faster, US$16.64 a month dearer." */
export function versusText(alt: Evaluation, chosen: Evaluation): string {
	const diffs: string[] = [];
	const rto = alt.rto.total.typical - chosen.rto.total.typical;
	const rpo = alt.rpo.minutes.high - chosen.rpo.minutes.high;
	const cost = alt.cost.monthlyUsd - chosen.cost.monthlyUsd;
	if (Math.abs(rto) >= 0.5)
		diffs.push(`RTO ${formatMinutes(Math.abs(rto))} ${rto < 0 ? 'shorter' : 'longer'}`);
	if (Math.abs(rpo) >= 1 / 60)
		diffs.push(`RPO at worst ${formatMinutes(Math.abs(rpo))} ${rpo < 0 ? 'shorter' : 'longer'}`);
	if (Math.abs(cost) >= 0.005)
		diffs.push(`${formatUsd(Math.abs(cost))} a month ${cost > 0 ? 'dearer' : 'cheaper'}`);
	return diffs.length > 0
		? `Meets the targets; ${diffs.join(', ')} than the recommended option.`
		: 'Meets the targets with the same figures as the recommended option.';
}

/** RPO as judged (its worst case) with the typical beside it: "5 min at worst (typical 1 min)". */
export function rpoWorstText(e: Evaluation): string {
	return `${formatMinutes(e.rpo.minutes.high)} at worst (typical ${formatMinutes(e.rpo.minutes.typical)})`;
}

/** The rung of the standby ladder an option sits on: "Warm standby". */
export function standbyName(e: Evaluation): string {
	return STANDBY_LADDER[e.standby].name;
}

/** A tier's own settings that differ from the workload's: targets, capacity, dependencies. */
export function tierOwnText(workload: Workload, tierName: string): string[] {
	const tier = workload.tiers.find((x) => x.name === tierName);
	if (tier === undefined) return [];
	return [
		tier.rtoMinutes !== undefined ? `own RTO target ${formatTarget(tier.rtoMinutes)}` : undefined,
		tier.rpoMinutes !== undefined ? `own RPO target ${formatTarget(tier.rpoMinutes)}` : undefined,
		tier.drCapacityPercent !== 100
			? `${tier.drCapacityPercent}% of production capacity needed at failover`
			: undefined,
		tier.dependsOn !== undefined && tier.dependsOn.length > 0
			? `serves once ${tier.dependsOn.join(', ')} ${tier.dependsOn.length === 1 ? 'is' : 'are'} up`
			: undefined,
	].filter((x) => x !== undefined);
}

function optionRow(e: Evaluation, note: SafeHtml | string): SafeHtml {
	// data-label: the column's name, which a phone shows before each value once the row is
	// stacked (planView.css).
	// The roles are the elements' own: stated, because a phone stacks the rows with display
	// values under which WebKit drops table semantics (Chromium keeps them).
	return html`<tr
		role="row"
		data-option="${e.key}"
		data-rto-minutes="${String(e.rto.total.typical)}"
		data-rpo-high="${String(e.rpo.minutes.high)}"
		data-monthly-usd="${String(e.cost.monthlyUsd)}"
		data-rejections="${e.rejections.map((j) => j.kind).join(' ')}"
	>
		<th role="rowheader" scope="row">
			${e.name} <span class="standby-rung">(${standbyName(e)})</span>
		</th>
		<td role="cell" data-label="RTO" data-rto-status="${e.targetStatus.rto.status}">
			${formatMinutes(e.rto.total.typical)} (${TARGET_STATUS_LABEL[e.targetStatus.rto.status]})
		</td>
		<td role="cell" data-label="RPO" data-rpo-status="${e.targetStatus.rpo.status}">
			${rpoWorstText(e)} (${TARGET_STATUS_LABEL[e.targetStatus.rpo.status]})
		</td>
		<td role="cell" data-label="A month">${formatUsd(e.cost.monthlyUsd)}</td>
		<td role="cell" data-label="Why">${note}</td>
	</tr>`;
}

/**
 * A tier's alternatives or rejected options. The table (a scrolling box in Starlight) sits in a
 * plain block that the stylesheet lets the browser skip while it is off screen (planView.css).
 */
function optionsTable(caption: string, rows: SafeHtml[]): SafeHtml {
	if (rows.length === 0) return html``;
	return html`<div class="plan-options">${optionsTableOnly(caption, rows)}</div>`;
}

/**
 * What a summary line says of a set of options: how many, and the span of their RTO and cost,
 * so that the reader has their figures without opening the list.
 */
export function optionsSpanText(options: readonly Evaluation[]): string {
	const rtos = options.map((e) => e.rto.total.typical);
	const costs = options.map((e) => e.cost.monthlyUsd);
	const span = (values: number[], format: (n: number) => string) => {
		const lo = Math.min(...values);
		const hi = Math.max(...values);
		return lo === hi ? format(lo) : `${format(lo)} to ${format(hi)}`;
	};
	return `${options.length} option${options.length === 1 ? '' : 's'}: RTO ${span(rtos, formatMinutes)}, ${span(costs, formatUsd)} a month`;
}

/** The rejected options, folded behind a line with their count and the span of their figures. */
function rejectedTable(options: readonly Evaluation[]): SafeHtml {
	if (options.length === 0) return html``;
	return html`<details class="plan-rejected">
		<summary>Rejected options (${optionsSpanText(options)}), and why</summary>
		<div class="plan-options">
			${optionsTableOnly(
				'Rejected options',
				options.map((x) => optionRow(x, x.rejections.map((j) => j.reason).join(' '))),
			)}
		</div>
	</details>`;
}

function optionsTableOnly(caption: string, rows: SafeHtml[]): SafeHtml {
	return html` <table class="options" role="table">
		<caption>
			${caption}
		</caption>
		<thead role="rowgroup">
			<tr role="row">
				<th role="columnheader" scope="col">Pattern (standby)</th>
				<th role="columnheader" scope="col">RTO</th>
				<th role="columnheader" scope="col">RPO</th>
				<th role="columnheader" scope="col">A month</th>
				<th role="columnheader" scope="col">Why</th>
			</tr>
		</thead>
		<tbody role="rowgroup">
			${rows}
		</tbody>
	</table>`;
}

/**
 * When each tier starts and is back, in dependency order, as a table with a bar per tier
 * (CSS only: the bar's offset and length are shares of the end-to-end time).
 */
export function scheduleHtml(plan: Plan, idPrefix: string): SafeHtml {
	const end = Math.max(
		plan.rto.total.typical,
		...plan.rto.schedule.map((s) => s.finish.typical),
		1,
	);
	const pct = (m: number) => Math.max(0, Math.min(100, Math.round((m / end) * 1000) / 10));
	// The clock is the RTO's: it starts at the outage. The first tiers start once the outage is
	// noticed and the disaster declared, the shared steps before any tier's own.
	const firstStart = Math.min(...plan.rto.schedule.map((s) => s.start.typical));
	const declared = Number.isFinite(firstStart)
		? `; the first tiers start at ${formatMinutes(firstStart)}, once the outage is noticed and the disaster declared`
		: '';
	return html`<table class="rto-schedule" aria-describedby="${idPrefix}-schedule-note">
			<caption>
				When each tier starts and is back (typical times from the outage, as the RTO counts
				them${declared})
			</caption>
			<thead>
				<tr>
					<th scope="col">Tier</th>
					<th scope="col">Starts at</th>
					<th scope="col">Back at</th>
					<th scope="col">Waits for</th>
					<th scope="col"><span class="sr-only">Timeline</span></th>
				</tr>
			</thead>
			<tbody>
				${plan.rto.schedule.map((s) => {
					const left = pct(s.start.typical);
					const width = Math.max(1, pct(s.finish.typical) - left);
					// Preparing ahead while its dependencies come back: the bar's lighter part.
					const waiting = Math.max(0, Math.min(width, pct(s.serveFrom.typical) - left));
					const critical = plan.rto.criticalPath.includes(s.tier);
					return html`<tr data-schedule-tier="${s.tier}" class="${critical ? 'critical' : ''}">
						<th scope="row">
							${s.tier}${critical ? html` <span class="critical-mark">(critical path)</span>` : ''}
						</th>
						<td data-start="${String(s.start.typical)}">${formatMinutes(s.start.typical)}</td>
						<td data-finish="${String(s.finish.typical)}">${formatMinutes(s.finish.typical)}</td>
						<td data-serve-from="${String(s.serveFrom.typical)}">
							${
								s.waitsFor === undefined
									? '—'
									: `${s.waitsFor}${s.start.typical < s.serveFrom.typical ? `; prepared meanwhile, serves from ${formatMinutes(s.serveFrom.typical)}` : ''}`
							}
						</td>
						<td class="gantt">
							<svg
								class="gantt-bar"
								viewBox="0 0 100 4"
								preserveAspectRatio="none"
								focusable="false"
							>
								${
									waiting > 0
										? html`<rect
												class="preparing"
												x="${String(left)}"
												width="${String(waiting)}"
												height="4"
											></rect>`
										: ''
								}
								<rect
									x="${String(left + waiting)}"
									width="${String(Math.max(1, width - waiting))}"
									height="4"
								></rect>
							</svg>
						</td>
					</tr>`;
				})}
			</tbody>
		</table>
		<p id="${idPrefix}-schedule-note" class="schedule-note">
			The people steps (declaring, checking, switching traffic) are counted once for the whole
			workload; the steps below are those of the critical path. A tier that waits for another
			prepares its capacity meanwhile (the lighter part of its bar) and serves once the other is up.
		</p>`;
}

/**
 * The plan report's parts, in order: the headline, each tier, the RTO, the RPO, the cost,
 * recovery from corruption and failback, the traps, what moves the plan. `sensitivity: 'later'`
 * leaves the last as a busy placeholder for the caller to fill in (the wizard does, once its
 * worker has worked it out), so that an edit shows its plan without waiting for some thirty
 * re-plans.
 */
export function planParts(
	plan: Plan,
	idPrefix = 'plan',
	{ sensitivity = 'now' }: { sensitivity?: 'now' | 'later' } = {},
): SafeHtml[] {
	return [
		html`<p class="plan-headline ${plan.status}"><strong>${plan.headline}</strong></p>
			${
				plan.regions !== undefined
					? html`<p class="plan-regions" data-target-region="${plan.regions.target}">
							Regions: ${plan.regions.text}
						</p>`
					: ''
			}
			<h3 id="${idPrefix}-tiers">Each tier</h3>`,
		...plan.tiers.map((t) => {
			const r = t.recommended;
			return html`<section
				class="plan-tier"
				data-tier="${t.tier}"
				data-recommended="${r.patternId}"
				data-option="${r.key}"
				data-rto-minutes="${String(r.rto.total.typical)}"
				data-rpo-high="${String(r.rpo.minutes.high)}"
				data-monthly-usd="${String(r.cost.monthlyUsd)}"
				aria-labelledby="${planTierId(idPrefix, t.tier)}"
			>
				<h4 id="${planTierId(idPrefix, t.tier)}">
					${t.tier}
					<span class="tier-kind">(${tierKindText(t)})</span>
				</h4>
				${(() => {
					const own = tierOwnText(plan.workload, t.tier);
					return own.length > 0 ? html`<p class="tier-own">This tier: ${own.join('; ')}.</p>` : '';
				})()}
				${tierFieldNotes(plan.workload, t.tier).map((n) => html`<p class="field-note" data-field-note="${n.field}">${n.text}</p>`)}
				<p class="tier-choice">
					${t.pinned !== undefined ? html`<strong>You run:</strong>` : t.overBudget ? html`<strong>Meets the targets, over budget:</strong>` : t.meetsTargets ? 'Recommended:' : html`<strong>Nothing meets the targets.</strong> Nearest:`}
					<strong>${r.name}</strong> <span class="standby-rung">(${standbyName(r)})</span>: RTO
					${formatMinutes(r.rto.total.typical)}, RPO ${rpoWorstText(r)},
					${formatUsd(r.cost.monthlyUsd)} a month.
				</p>
				<p
					class="target-status"
					data-rto-status="${t.targetStatus.rto.status}"
					data-rpo-status="${t.targetStatus.rpo.status}"
				>
					${targetStatusText('RTO', t.targetStatus.rto)}.
					${t.data === 'none' ? '' : `${targetStatusText('RPO', t.targetStatus.rpo)}.`}
				</p>
				${t.pinned !== undefined ? html`<p class="pinned-choice" data-pinned-option="${t.pinned.key}" data-engine-pick="${t.pinned.enginePick.key}" data-rto-difference="${String(t.pinned.difference.rtoMinutes)}" data-rpo-difference="${String(t.pinned.difference.rpoMinutes)}" data-usd-difference="${String(t.pinned.difference.monthlyUsd)}">${pinnedText(t.pinned)}</p>` : ''}
				${t.chosenInSchedule !== undefined ? html`<p class="chosen-in-schedule" data-chosen-from="${t.chosenInSchedule.from.key}">${chosenInScheduleText(t.chosenInSchedule)}</p>` : ''}
				${t.lateBecause !== undefined ? html`<p class="late-because">${t.lateBecause}</p>` : ''}
				${t.upgradedFor !== undefined ? html`<p class="upgraded-for" data-upgraded-from="${t.upgradedFor.from.key}">${upgradeText(t.upgradedFor)}</p>` : ''}
				${t.meetsTargets && !t.meetsInOrder ? html`<p class="misses in-order">In dependency order it is back after about ${formatMinutes(t.recoveredBy.typical)}, beyond its ${formatTarget(r.targets.rtoMinutes)} target.</p>` : ''}
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
				${t.withinBudget !== undefined ? html`<p class="within-budget" data-option="${t.withinBudget.key}">Nearest within budget: <strong>${t.withinBudget.name}</strong> (${standbyName(t.withinBudget)}): RTO ${formatMinutes(t.withinBudget.rto.total.typical)}, RPO ${rpoWorstText(t.withinBudget)}, ${formatUsd(t.withinBudget.cost.monthlyUsd)} a month; it misses: ${t.withinBudget.rejections.map((j) => j.reason).join(' ')}</p>` : ''}
				${optionsTable(
					'Alternatives that also meet the targets',
					t.alternatives.map((a) => optionRow(a, versusText(a, r))),
				)}
				${rejectedTable(t.rejected.filter((x) => x.key !== r.key))}
			</section>`;
		}),
		html`<h3 id="${idPrefix}-rto">End-to-end RTO</h3>
			<p class="rto-status" data-rto-status="${plan.targetStatus.rto.status}">
				${targetStatusText('RTO', plan.targetStatus.rto)}.
			</p>
			<p class="critical-path">
				Critical path: ${plan.rto.criticalPath.join(' → ')}.
				${plan.rto.order.length > 1 ? html`Start order: ${plan.rto.order.map((g) => g.join(' + ')).join(', then ')}; each tier prepares from the declaration and serves once the tiers it depends on are up.` : 'Tiers recover in parallel once the disaster is declared.'}
			</p>
			<div class="plan-block">
				${scheduleHtml(plan, idPrefix)} ${timelineHtml(plan.rto, `${idPrefix}-rto`)}
				${measuredHtml(plan, idPrefix)}
			</div>`,
		html`<h3 id="${idPrefix}-rpo">RPO</h3>
			<p
				class="rpo-worst"
				data-rpo-status="${plan.targetStatus.rpo.status}"
				data-rpo-minutes="${String(plan.rpo.minutes.typical)}"
				data-rpo-high="${String(plan.rpo.minutes.high)}"
				data-rpo-tier="${plan.rpo.drivingTier}"
			>
				At worst ${formatMinutes(plan.rpo.minutes.high)} (typical
				${formatMinutes(plan.rpo.minutes.typical)}).
				${targetStatusText('RPO', plan.targetStatus.rpo)}: a target is met when the whole range is
				within it, at risk when only the worst case is beyond, missed when the typical value is.
			</p>
			${rpoHtml({ minutes: plan.rpo.minutes, driver: `Set by the ${plan.rpo.drivingTier} tier: ${plan.rpo.driver}`, formula: '', factIds: plan.tiers.find((t) => t.tier === plan.rpo.drivingTier)?.recommended.rpo.factIds ?? [], bounded: true })}`,
		html`<h3 id="${idPrefix}-cost">Monthly cost</h3>
			<div class="plan-block">
				${costHtml(plan.cost.lines, plan.cost.monthlyUsd, 'Standby cost by line, all tiers')}
			</div>
			<p>
				One day failed over adds about
				${formatUsd(plan.cost.failedOverDayUsd)}.${plan.cost.failedOverDayLines.map((l) => ` Of which ${l.label.toLowerCase()}: ${formatUsd(l.monthlyUsd)} (${l.formula}).`).join('')}${plan.budget !== undefined ? ` Budget ${formatUsd(plan.budget.limitUsd)}: ${plan.budget.overByUsd > 0 ? `over by ${formatUsd(plan.budget.overByUsd)}` : 'within it'}.` : ''}
			</p>
			<p class="prices-as-of">${plan.cost.pricesAsOf.text}</p>`,
		html`${
				plan.corruptionRecovery.length > 0
					? html`<h3 id="${idPrefix}-corruption">Recovering from corruption</h3>
							<ul class="corruption-recovery">
								${plan.corruptionRecovery.map((r) => html`<li data-corruption-tier="${r.tier}">${corruptionRecoveryText(r)} <em>${r.formula}</em></li>`)}
							</ul>`
					: ''
			}
			<p class="plan-failback">${plan.failback.text} <em>${plan.failback.assumption}</em></p>
			${disruptionHtml(plan, idPrefix)}`,
		html`<h3 id="${idPrefix}-traps">Traps</h3>
			${
				plan.traps.length === 0
					? html`<p>None flagged.</p>`
					: html`<div class="plan-block">
							<ul class="traps">
								${plan.traps.map((t) => html`<li data-trap="${t.id}">${renderFactText(t.text)} ${factLinks(t.factIds)}</li>`)}
							</ul>
						</div>`
			}`,
		html`<h3 id="${idPrefix}-sensitivity">What moves this plan most</h3>
			<div data-sensitivity ${sensitivity === 'later' ? html`aria-busy="true"` : ''}>
				${sensitivity === 'later' ? sensitivityPendingHtml() : sensitivityHtml(plan, idPrefix)}
			</div>`,
	];
}

/**
 * Between two parts of a plan's markup: a comment, which neither shows nor styles, by which the
 * wizard finds each part on the page to bring only the parts that changed up to date.
 */
export const PLAN_PART_MARK = '<!--plan-part-->';

/** The whole plan report: its parts, in one element carrying its status. */
export function planHtml(
	plan: Plan,
	idPrefix = 'plan',
	options: { sensitivity?: 'now' | 'later' } = {},
): SafeHtml {
	const parts = planParts(plan, idPrefix, options).map((part) => part.value);
	// No whitespace around the parts: each part on the page is exactly what its markup parses to.
	return new SafeHtml(
		`<div class="plan" data-plan-status="${escapeHtml(plan.status)}">${parts.join(PLAN_PART_MARK)}</div>`,
	);
}
