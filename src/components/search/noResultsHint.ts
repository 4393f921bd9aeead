/**
 * When a search finds nothing, the search dialog suggests the two ways in that need no keyword:
 * the decision wizard and the pattern finder. Pagefind's UI redraws its own element, so the hint
 * lives beside it and is shown or hidden by watching its results.
 */

export const NO_RESULTS_LINKS = [
	{ href: '/wizard/', text: 'describe your workload in the decision wizard' },
	{ href: '/find/', text: 'filter the patterns by tier, threat and cost' },
] as const;

/** True when Pagefind has finished a search for a non-blank query and listed nothing. */
export function searchFoundNothing(state: {
	query: string;
	resultCount: number;
	message: string;
}): boolean {
	return (
		state.query.trim() !== '' && state.resultCount === 0 && /^no results\b/i.test(state.message)
	);
}

/** Adds the hint beside Pagefind's UI in `container` and keeps it in step with the results. */
export function watchSearchResults(container: Element): void {
	const root = container.querySelector('#starlight__search');
	if (root === null || container.querySelector('.search-no-results') !== null) return;
	const hint = document.createElement('p');
	hint.className = 'search-no-results';
	hint.hidden = true;
	hint.setAttribute('aria-live', 'polite');
	hint.append('No page matched those words. Try other words, or ');
	NO_RESULTS_LINKS.forEach((link, i) => {
		if (i > 0) hint.append(', or ');
		const a = document.createElement('a');
		a.href = link.href;
		a.textContent = link.text;
		hint.append(a);
	});
	hint.append('.');
	root.after(hint);
	const update = () => {
		const input = root.querySelector('input');
		hint.hidden = !searchFoundNothing({
			query: input instanceof HTMLInputElement ? input.value : '',
			resultCount: root.querySelectorAll('.pagefind-ui__result').length,
			message: root.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '',
		});
	};
	new MutationObserver(update).observe(root, {
		childList: true,
		subtree: true,
		characterData: true,
	});
	root.addEventListener('input', update);
}
