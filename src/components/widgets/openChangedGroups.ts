/**
 * Opens every collapsed group of a form that holds an answer other than the one the page was
 * built with, so a reader who opens a shared link sees every input that shapes the plan (a
 * price override or their team's times would otherwise hide in a closed <details>).
 */
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function differsFromDefault(control: Control): boolean {
	if (control instanceof HTMLInputElement) {
		return control.type === 'checkbox' || control.type === 'radio'
			? control.checked !== control.defaultChecked
			: control.value !== control.defaultValue;
	}
	if (control instanceof HTMLSelectElement) {
		return [...control.options].some((o) => o.selected !== o.defaultSelected);
	}
	return control.value !== control.defaultValue;
}

export function openChangedGroups(form: HTMLElement): void {
	for (const details of form.querySelectorAll('details')) {
		if (details.open) continue;
		const controls = details.querySelectorAll<Control>('input, select, textarea');
		if ([...controls].some(differsFromDefault)) details.open = true;
	}
}
