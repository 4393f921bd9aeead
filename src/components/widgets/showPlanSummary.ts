/**
 * Writes the plan summary into a page's `[data-plan-summary]` box after a re-plan: the wizard
 * writes the markup its worker made, the comparison the summary of the plan it drew from.
 */
import type { Plan } from '~/model/index.ts';
import { compareSummaryLinks, planSummaryHtml } from './planSummary.ts';
import { updateInPlace } from './updateInPlace.ts';

/** In place, so a link in the summary that has the focus keeps it through a re-plan. */
export function writePlanSummary(root: HTMLElement, markup: string): void {
	const box = root.querySelector<HTMLElement>('[data-plan-summary]');
	if (box !== null) updateInPlace(box, markup);
}

/** The comparison: the plan the comparison was drawn from, with links to each tier's options. */
export function showCompareSummary(root: HTMLElement, plan: Plan): void {
	writePlanSummary(root, planSummaryHtml(plan, compareSummaryLinks()).value);
}
