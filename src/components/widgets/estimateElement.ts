/**
 * <dr-estimate>: a pattern calculator's loader. The build-time result is already on the page;
 * the model is fetched only when the reader first edits an input, so reading the page costs
 * no model JavaScript at all.
 */
import { defineElement } from './lazyUpgrade.ts';
import { upgradeWorkloadForm } from './workloadFormElement.ts';

class DrEstimate extends HTMLElement {
	connectedCallback(): void {
		upgradeWorkloadForm(
			this,
			() => import('./estimateCompute.ts').then(({ upgradeEstimate }) => upgradeEstimate(this)),
			{ on: 'edit' },
		);
	}
}

defineElement('dr-estimate', DrEstimate);
