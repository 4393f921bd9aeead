/**
 * <dr-estimate>: a pattern calculator's loader. The build-time result is already on the page;
 * the model is fetched only when the reader first edits an input, so reading the page costs
 * no model JavaScript at all.
 */
class DrEstimate extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector('form');
		if (form === null) return;
		const start = () => {
			form.removeEventListener('input', start);
			form.removeEventListener('submit', start);
			void import('./estimateCompute.ts').then(({ upgradeEstimate }) =>
				upgradeEstimate(this, form),
			);
		};
		// The button only works with this script, so it shows only once the script runs.
		form.querySelector('[data-recalculate]')?.removeAttribute('hidden');
		form.addEventListener('input', start);
		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('submit', start);
	}
}

if (!customElements.get('dr-estimate')) customElements.define('dr-estimate', DrEstimate);
