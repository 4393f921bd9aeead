/**
 * <dr-estimate>: a pattern calculator's loader. The build-time result is already on the page;
 * the model is fetched only when the reader first edits an input, so reading the page costs
 * no model JavaScript at all.
 */
import { defineElement, loadOnFirstUse } from './lazyUpgrade.ts';

class DrEstimate extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector('form');
		if (form === null) return;
		// The button only works with this script, so it shows only once the script runs.
		form.querySelector('[data-recalculate]')?.removeAttribute('hidden');
		loadOnFirstUse(
			form,
			() =>
				import('./estimateCompute.ts').then(({ upgradeEstimate }) => upgradeEstimate(this, form)),
			{ on: 'edit' },
		);
	}
}

defineElement('dr-estimate', DrEstimate);
