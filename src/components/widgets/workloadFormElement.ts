/**
 * The workload form's first half, shared by <dr-wizard>, <dr-compare> and <dr-estimate>: what
 * runs as soon as the page runs a script, before (and without) the model. It keeps each tier's
 * kind and data answers consistent from the first edit, offers the buttons that only work with a
 * script (recalculate, add and remove a tier), and loads the page's controller on first use. A
 * press on "Add a tier" or "Remove this tier" that arrives before the controller is repeated
 * once the controller has started.
 */
import { loadOnFirstUse, type FirstUse } from './lazyUpgrade.ts';
import { coupleTierFields } from './tierKind.ts';

/** The buttons a press on which the controller handles, once it runs. */
const TIER_BUTTONS = '[data-add-tier], [data-remove-tier]';

/**
 * Prepares `root`'s form and returns the memoised start of its controller (undefined without a
 * form). `load` imports and starts the page's controller.
 */
export function upgradeWorkloadForm(
	root: HTMLElement,
	load: () => Promise<void>,
	options: { on?: FirstUse; now?: boolean } = {},
): (() => Promise<void>) | undefined {
	const form = root.querySelector('form');
	if (form === null) return undefined;
	// Registered before any other handler, so every reader of the form sees a consistent tier.
	form.addEventListener('change', (event) => coupleTierFields(event.target));
	const tiers = form.querySelectorAll<HTMLElement>('[data-tiers] > [data-tier-index]').length;
	for (const button of form.querySelectorAll<HTMLElement>('[data-recalculate], [data-add-tier]'))
		button.hidden = false;
	if (tiers > 1)
		for (const button of form.querySelectorAll<HTMLElement>('[data-remove-tier]'))
			button.hidden = false;
	let running = false;
	const start = loadOnFirstUse(
		form,
		() =>
			load().then(() => {
				running = true;
			}),
		{ ...options, area: root },
	);
	form.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLElement>(TIER_BUTTONS);
		if (button === null || running) return;
		void start().then(() => button.click());
	});
	return start;
}
