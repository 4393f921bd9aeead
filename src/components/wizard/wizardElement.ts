/**
 * <dr-wizard>: the wizard's loader. The build-time plan is already on the page. The model is
 * fetched at once when the URL carries a shared workload, otherwise on the reader's first
 * interaction with the form, so a plain visit costs no model JavaScript.
 */
import { coupleTierFields } from '../widgets/tierKind.ts';
import { highlightTree, listedPathNodes } from './treeHighlight.ts';

class DrWizard extends HTMLElement {
	private started = false;

	connectedCallback(): void {
		const form = this.querySelector('form');
		if (form === null) return;
		// The build-time plan's paths, highlighted before (and without) the model.
		const tree = this.querySelector('.wizard-tree');
		if (tree !== null) highlightTree(tree, listedPathNodes(tree));
		// Without JavaScript nothing could recalculate, so the button is offered only now.
		this.querySelector<HTMLElement>('[data-recalculate]')?.removeAttribute('hidden');
		// Registered first, so the controller always reads a consistent kind and data.
		form.addEventListener('change', (event) => coupleTierFields(event.target));
		const start = () => {
			if (this.started) return;
			this.started = true;
			void import('./wizardCompute.ts').then(({ WizardController }) =>
				new WizardController(this).start(),
			);
		};
		if (window.location.search.length > 1) {
			start();
			return;
		}
		this.addEventListener('focusin', start, { once: true });
		this.addEventListener('pointerdown', start, { once: true });
		form.addEventListener('input', start, { once: true });
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			start();
		});
		this.querySelector('[data-load-tools]')?.addEventListener('click', start, { once: true });
	}
}

if (!customElements.get('dr-wizard')) customElements.define('dr-wizard', DrWizard);
