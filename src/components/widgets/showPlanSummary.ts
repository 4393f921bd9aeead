/**
 * Writes the plan summary into a page's `[data-plan-summary]` box after a re-plan: the one
 * call the wizard's and the comparison's form controllers make.
 */
import type { Plan } from '~/model/index.ts';
import { compareSummaryLinks, planSummaryHtml, wizardSummaryLinks } from './planSummary.ts';
import { updateInPlace } from './updateInPlace.ts';

/** In place, so a link in the summary that has the focus keeps it through a re-plan. */
function write(root: HTMLElement, markup: string): void {
	const box = root.querySelector<HTMLElement>('[data-plan-summary]');
	if (box !== null) updateInPlace(box, markup);
}

/** The wizard: its plan, with links into the plan below. */
export function showWizardSummary(root: HTMLElement, plan: Plan): void {
	write(root, planSummaryHtml(plan, wizardSummaryLinks(plan)).value);
}

/** The comparison: the plan the comparison was drawn from, with links to each tier's options. */
export function showCompareSummary(root: HTMLElement, plan: Plan): void {
	write(root, planSummaryHtml(plan, compareSummaryLinks()).value);
}
