/**
 * <dr-wizard>: the wizard's loader. The build-time plan is already on the page. The model is
 * fetched at once when the URL carries a shared workload, otherwise on the reader's first
 * interaction with the wizard, so a plain visit costs no model JavaScript.
 */
import { coupleTierFields } from '../widgets/tierKind.ts';
import { highlightTree, listedPathNodes } from './treeHighlight.ts';

class DrWizard extends HTMLElement {
	private ready: Promise<void> | undefined;
	private running = false;

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
		const start = (): Promise<void> => {
			this.ready ??= import('./wizardCompute.ts').then(({ WizardController }) => {
				new WizardController(this).start();
				this.running = true;
			});
			return this.ready;
		};
		// Export works on a plain visit too: a click that arrives before the controller
		// is repeated once it has started and attached its handlers.
		const exports = this.querySelector<HTMLElement>('[data-export]');
		exports?.removeAttribute('hidden');
		exports?.addEventListener('click', (event) => {
			const button = (event.target as Element).closest('button');
			if (button === null || this.running) return;
			void start().then(() => button.click());
		});
		if (window.location.search.length > 1) {
			void start();
			return;
		}
		const load = () => void start();
		this.addEventListener('focusin', load, { once: true });
		this.addEventListener('pointerdown', load, { once: true });
		form.addEventListener('input', load, { once: true });
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			load();
		});
	}
}

if (!customElements.get('dr-wizard')) customElements.define('dr-wizard', DrWizard);
