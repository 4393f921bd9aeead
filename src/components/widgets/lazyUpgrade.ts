/**
 * The one way this site's custom elements upgrade: the build-time result is already on the page,
 * and the module that recomputes it is fetched only when the reader starts to use the form (or at
 * once when the URL carries a shared workload), so reading a page costs no model JavaScript.
 */

/** What counts as the reader starting to use a form: any focus or press in it, or only an edit. */
export type FirstUse = 'interaction' | 'edit';

/**
 * Calls `load` once, on the first use of `form` (or at once when `now`), and returns the
 * memoised start so a caller can also trigger it. Focus and presses count anywhere in `area`
 * (the form by default). A submit before the module arrives is kept from reloading the page.
 */
export function loadOnFirstUse(
	form: HTMLFormElement,
	load: () => Promise<void>,
	{
		on = 'interaction',
		now = false,
		area = form,
	}: { on?: FirstUse; now?: boolean; area?: HTMLElement } = {},
): () => Promise<void> {
	let started: Promise<void> | undefined;
	const start = () => (started ??= load());
	const startNow = () => void start();
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		startNow();
	});
	form.addEventListener('input', startNow, { once: true });
	if (on === 'interaction') {
		area.addEventListener('focusin', startNow, { once: true });
		area.addEventListener('pointerdown', startNow, { once: true });
	}
	if (now) startNow();
	return start;
}

/** Defines a custom element unless this page (or registry) already has it. */
export function defineElement(
	name: string,
	element: CustomElementConstructor,
	registry: CustomElementRegistry = customElements,
): void {
	if (registry.get(name) === undefined) registry.define(name, element);
}

/** True when the page was opened from a link that carries a workload. */
export const hasSharedQuery = (): boolean => window.location.search.length > 1;
