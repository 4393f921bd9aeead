/**
 * Opens the folds (closed <details>) around the element a link's #fragment names, so that a link
 * to a folded fact or worked case shows it, and a link to a section's heading opens the folds the
 * section holds: on load and on every change of the fragment.
 * Chromium opens such folds by itself on a fragment navigation; other browsers do not.
 */

/** The <details> to open so that `target` shows: every one it sits in. */
export function foldsAround(target: Element): HTMLDetailsElement[] {
	const folds: HTMLDetailsElement[] = [];
	for (let node = target.parentElement; node !== null; node = node.parentElement) {
		if (node.tagName === 'DETAILS') folds.push(node as HTMLDetailsElement);
	}
	return folds;
}

/** Opens the folds that hide the element `hash` (a URL's #fragment) names; returns that element. */
export function openFoldAtHash(doc: Document, hash: string): Element | undefined {
	const id = decodeURIComponent(hash.replace(/^#/, ''));
	if (id === '') return undefined;
	const target = doc.getElementById(id);
	if (target === null) return undefined;
	// A link to a section's heading opens the section's own folds too: a figure's link to its
	// worked case shows the working.
	const labelled = `[aria-labelledby="${id.replace(/["\\]/g, '\\$&')}"] > details`;
	const headed = [...doc.querySelectorAll<HTMLDetailsElement>(labelled)];
	const folds = [...foldsAround(target), ...headed].filter((d) => !d.hasAttribute('open'));
	for (const d of folds) d.setAttribute('open', '');
	return folds.length > 0 ? target : undefined;
}

export function installFoldOpener(win: Window): void {
	const run = () => {
		openFoldAtHash(win.document, win.location.hash)?.scrollIntoView();
	};
	run();
	win.addEventListener('hashchange', run);
}
