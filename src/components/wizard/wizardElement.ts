/**
 * <dr-wizard>: the wizard's loader. The build-time plan is already on the page. The model is
 * fetched at once when the URL carries a shared workload, otherwise on the reader's first
 * interaction with the wizard, so a plain visit costs no model JavaScript.
 */
import { defineElement, hasSharedQuery } from '../widgets/lazyUpgrade.ts';
import { upgradeWorkloadForm } from '../widgets/workloadFormElement.ts';
import { highlightTree, listedPathNodes } from './treeHighlight.ts';

class DrWizard extends HTMLElement {
	private running = false;

	connectedCallback(): void {
		// The build-time plan's paths, highlighted before (and without) the model.
		const tree = this.querySelector('.wizard-tree');
		if (tree !== null) highlightTree(tree, listedPathNodes(tree));
		const start = upgradeWorkloadForm(
			this,
			() =>
				import('./wizardCompute.ts').then(({ WizardController }) => {
					new WizardController(this).start();
					this.running = true;
				}),
			{ now: hasSharedQuery() },
		);
		if (start === undefined) return;
		// Export works on a plain visit too: a click that arrives before the controller
		// is repeated once it has started and attached its handlers.
		const exports = this.querySelector<HTMLElement>('[data-export]');
		exports?.removeAttribute('hidden');
		exports?.addEventListener('click', (event) => {
			const button = (event.target as Element).closest('button');
			if (button === null || this.running) return;
			void start().then(() => button.click());
		});
	}
}

defineElement('dr-wizard', DrWizard);
