/**
 * A pattern calculator's browser half, loaded by <dr-estimate> on the reader's first edit: the
 * workload form's controller reads and checks the form (invalid fields get an inline message
 * naming the accepted range; the last valid result stays, and the status line says why), and
 * this view recomputes the pattern's estimate with the model.
 */
import { formatMinutes, formatUsd, patternReference, type Workload } from '~/model/index.ts';
import { calculatorOptionId } from '../pattern/calculatorIds.ts';
import { evaluationHtml } from './evaluationView.ts';
import { WorkloadFormController } from './workloadFormController.ts';

/** The calculator's results for a valid workload; returns the status line's sentence. */
export function showEstimate(root: HTMLElement, workload: Workload): string {
	const patternId = root.dataset['pattern'] ?? '';
	const reference = patternReference(patternId, workload);
	const results = root.querySelector<HTMLElement>('[data-results]');
	if (reference === undefined || results === null) return '';
	results.innerHTML = reference.evaluations
		.map(
			(e, _, all) =>
				// Several options: each folds its workings behind its headline figures.
				evaluationHtml(e, calculatorOptionId(patternId, e.key), 3, all.length === 1).value,
		)
		.join('');
	const first = reference.evaluations[0];
	return first === undefined
		? ''
		: `Updated: ${first.name}, RTO ${formatMinutes(first.rto.total.typical)}, RPO ${formatMinutes(first.rpo.minutes.typical)}, ${formatUsd(first.cost.monthlyUsd)} a month.`;
}

export function upgradeEstimate(root: HTMLElement): void {
	new WorkloadFormController(root, {
		noun: 'results',
		link: false,
		show: (workload) => showEstimate(root, workload),
	}).start();
}
