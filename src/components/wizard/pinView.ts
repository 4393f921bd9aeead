/**
 * "Changes since the pinned plan": the diff between the plan the reader pinned and the plan for
 * what the form says now, as HTML (plan-wide figures, then each tier, largest change first).
 * Shared by the wizard's browser half and its unit test; every value is escaped.
 */
import type { PlanDiff } from '~/model/engine/planDiff.ts';
import { tierDiffLines } from '~/model/engine/planDiff.ts';
import { formatMinutes, formatUsd } from '~/model/index.ts';
import { html, type SafeHtml } from '../widgets/html.ts';

const arrow = <T>(from: T, to: T, show: (v: T) => string) => `${show(from)} → ${show(to)}`;

/** The plan-wide lines: end-to-end RTO, RPO, monthly cost, traps not tied to a tier. */
export function planWideLines(diff: PlanDiff): string[] {
	const out: string[] = [];
	if (diff.rtoMinutes !== undefined)
		out.push(`End-to-end RTO: ${arrow(diff.rtoMinutes.from, diff.rtoMinutes.to, formatMinutes)}`);
	if (diff.rpoMinutes !== undefined)
		out.push(`RPO: ${arrow(diff.rpoMinutes.from, diff.rpoMinutes.to, formatMinutes)}`);
	if (diff.monthlyUsd !== undefined)
		out.push(`Monthly standby cost: ${arrow(diff.monthlyUsd.from, diff.monthlyUsd.to, formatUsd)}`);
	for (const trap of diff.trapsAdded) out.push(`New trap: ${trap}`);
	for (const trap of diff.trapsRemoved) out.push(`Trap gone: ${trap}`);
	return out;
}

/** The pinned section's whole content: heading, the changes, and the Unpin button. */
export function pinnedSectionHtml(diff: PlanDiff): SafeHtml {
	return html`<h3 id="pinned-heading">Changes since the pinned plan</h3>
		<div data-pinned-diff>${pinnedDiffHtml(diff)}</div>
		<button type="button" data-unpin>Unpin</button>`;
}

export function pinnedDiffHtml(diff: PlanDiff): SafeHtml {
	if (diff.same)
		return html`<p data-diff-same>
			No changes: the plan for your current answers is the pinned plan.
		</p>`;
	const wide = planWideLines(diff);
	return html`${
		diff.headline !== undefined
			? html`<p>Pinned: ${diff.headline.from}</p>
					<p>Now: ${diff.headline.to}</p>`
			: ''
	}
	${
		wide.length > 0
			? html`<ul data-diff-plan>
					${wide.map((l) => html`<li>${l}</li>`)}
				</ul>`
			: ''
	}
	${
		diff.tiers.length > 0
			? html`<p>Tiers, largest change first:</p>
					<ol class="pinned-tiers">
						${diff.tiers.map(
							(t) =>
								html`<li data-diff-tier="${t.tier}">
									<strong>${t.tier}</strong>
									<ul>
										${tierDiffLines(t).map((l) => html`<li>${l}</li>`)}
									</ul>
								</li>`,
						)}
					</ol>`
			: html`<p>No tier’s pattern, RTO, RPO, cost or traps changed.</p>`
	}`;
}
