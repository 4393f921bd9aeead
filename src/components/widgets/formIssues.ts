/** Shows field issues next to their controls and marks the controls invalid (DOM). */
import type { FieldIssue } from '~/model/index.ts';

export function showIssues(form: HTMLElement, issues: readonly FieldIssue[]): void {
	const byField = new Map(issues.map((i) => [i.field, i.message]));
	for (const el of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
		const field = el.dataset['errorFor'] ?? '';
		const message = byField.get(field);
		// A field with no message and none shown is left untouched: this runs on every edit for
		// every field, and each write makes the browser restyle.
		if (message === undefined && el.hidden && el.textContent === '') continue;
		const control = form.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`);
		if (message === undefined) {
			el.hidden = true;
			el.textContent = '';
			control?.removeAttribute('aria-invalid');
		} else {
			el.hidden = false;
			el.textContent = `${labelOf(form, field)} ${message}.`;
			control?.setAttribute('aria-invalid', 'true');
		}
	}
}

function labelOf(form: HTMLElement, field: string): string {
	const control = form.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`);
	const label =
		control?.id !== undefined ? form.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
	return label?.textContent?.trim() ?? field;
}
