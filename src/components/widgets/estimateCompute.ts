/**
 * The calculator's browser half, loaded by <dr-estimate> on the reader's first edit: it
 * recomputes with the model as the reader types. Invalid fields get an inline message naming
 * the accepted range; the last valid result stays, and the status line says why.
 */
import { formatMinutes, formatUsd, patternReference, type WorkloadInput } from '~/model/index.ts';
import { calculatorOptionId } from '../pattern/calculatorIds.ts';
import { evaluationHtml } from './evaluationView.ts';
import { showIssues } from './formIssues.ts';
import { readWorkloadForm, STATUS_LINE, unreadableNumbers } from './workloadForm.ts';

export function upgradeEstimate(root: HTMLElement, form: HTMLFormElement): void {
	const update = () => updateEstimate(root, form);
	form.addEventListener('input', update);
	form.addEventListener('change', update);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		update();
	});
	update();
}

export function updateEstimate(root: HTMLElement, form: HTMLFormElement): void {
	{
		const patternId = root.dataset['pattern'] ?? '';
		const base = JSON.parse(root.dataset['base'] ?? '{}') as WorkloadInput;
		const entries = [...new FormData(form).entries()].map(
			([k, v]) => [k, typeof v === 'string' ? v : v.name] as const,
		);
		const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map(
			(c) => c.name,
		);
		const read = readWorkloadForm(entries, base, checkboxes, unreadableNumbers(form));
		const status = root.querySelector<HTMLElement>(STATUS_LINE);
		const results = root.querySelector<HTMLElement>('[data-results]');
		showIssues(form, read.ok ? [] : read.issues);
		if (!read.ok) {
			if (status !== null)
				status.textContent = `Not recalculated: ${read.issues.length} field${read.issues.length > 1 ? 's need' : ' needs'} a valid value. The results below are for the last valid inputs.`;
			return;
		}
		const reference = patternReference(patternId, read.workload);
		if (reference === undefined || results === null) return;
		results.innerHTML = reference.evaluations
			.map(
				(e, _, all) =>
					evaluationHtml(e, calculatorOptionId(patternId, e.key), 3, all.length === 1).value,
			)
			.join('');
		const first = reference.evaluations[0];
		if (status !== null && first !== undefined) {
			status.textContent = `Updated: ${first.name}, RTO ${formatMinutes(first.rto.total.typical)}, RPO ${formatMinutes(first.rpo.minutes.typical)}, ${formatUsd(first.cost.monthlyUsd)} a month.`;
		}
	}
}
