/**
 * When Pagefind's search UI arrives: at the reader's first sign of wanting to search (pointer over
 * or focus on the search button, a click, Ctrl/Cmd+K), not with every page. Until then the dialog
 * still opens at once: it says the search is loading, keeps what the reader types, and hands it
 * to the search box as soon as that exists.
 */

/** Shown in the dialog while Pagefind's UI is on its way. */
const LOADING_MESSAGE = 'Loading search…';
/** Shown when the UI could not be fetched; the next open tries again. */
const FAILED_MESSAGE =
	'Search could not load. Close this dialog and open it again to retry, or reload the page.';

/** The loading line, with what the reader has typed so far: it becomes the search. */
export function loadingText(typed: string): string {
	return typed === '' ? LOADING_MESSAGE : `${LOADING_MESSAGE} Your search: “${typed}”`;
}

/**
 * Writes the loading line into the status element. The message is written once, so a screen
 * reader hears it once; what the reader types is echoed beside it, hidden from assistive
 * technology, since a live region rewritten on every key would be read out on every key.
 */
function showLoading(status: HTMLElement, typed: string): void {
	const echo = loadingText(typed).slice(LOADING_MESSAGE.length);
	let span = status.querySelector('span');
	if (status.firstChild?.nodeValue !== LOADING_MESSAGE || span === null) {
		span = status.ownerDocument.createElement('span');
		span.setAttribute('aria-hidden', 'true');
		status.replaceChildren(LOADING_MESSAGE, span);
	}
	if (span.textContent !== echo) span.textContent = echo;
}

/**
 * `load` started at most once: every call while it runs or after it succeeded shares one
 * promise. A failure is not kept, so the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
	let pending: Promise<T> | undefined;
	return () => {
		pending ??= load().catch((error: unknown) => {
			pending = undefined;
			throw error;
		});
		return pending;
	};
}

export interface TypedKey {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
}

/**
 * The text typed into the dialog before its search box exists, after one more key; undefined when
 * the key does not edit text (arrows, Escape, Tab, shortcuts), so the browser handles it.
 */
export function typedBeforeReady(text: string, event: TypedKey): string | undefined {
	// Ctrl or Cmd make a shortcut; Alt alone (macOS Option) and Ctrl+Alt (AltGr) type characters.
	if (event.metaKey || (event.ctrlKey && !event.altKey)) return undefined;
	if (event.key === 'Backspace') return text.slice(0, -1);
	// Printable keys have a one-character name (one code point: `key` may be an astral character).
	if ([...event.key].length === 1) return text + event.key;
	return undefined;
}

/** What the loader needs of Pagefind's UI once built. */
export interface SearchUi {
	triggerSearch: (term: string) => void;
}

export interface LazySearchParts {
	dialog: HTMLDialogElement;
	/** An empty role="status" element in the dialog. */
	status: HTMLElement;
	/** Pagefind's mount point, which holds the search box once the UI is built. */
	root: Element;
	/** Imports and builds Pagefind's UI in `root`. */
	build: () => Promise<SearchUi>;
}

export interface LazySearch {
	/** An early sign of intent (pointer over or focus on the button): start loading, quietly. */
	prefetch: () => void;
	/** Call right after the dialog opened. */
	opened: () => void;
}

/** Loads Pagefind's UI on demand and keeps the dialog usable while it loads. */
export function lazySearch({ dialog, status, root, build }: LazySearchParts): LazySearch {
	const load = loadOnce(build);
	let ready = false;
	let typed = '';

	dialog.addEventListener('keydown', (event) => {
		if (ready || !dialog.open || event.target instanceof HTMLInputElement) return;
		const next = typedBeforeReady(typed, event);
		if (next === undefined) return;
		typed = next;
		// The reader sees what is kept: it becomes the search once the box exists.
		showLoading(status, typed);
		// A space or letter must not also press the dialog's Cancel button or scroll the page.
		event.preventDefault();
	});
	// Text typed into a dialog the reader then closed is not a search they still want.
	dialog.addEventListener('close', () => {
		if (!ready) typed = '';
	});

	const start = (): Promise<void> =>
		load().then((ui) => {
			if (ready) return;
			ready = true;
			status.textContent = '';
			if (!dialog.open) return;
			const input = root.querySelector('input');
			input?.focus();
			if (typed !== '') ui.triggerSearch(typed);
			typed = '';
		});

	return {
		prefetch: () => {
			// A failed prefetch is reported when the reader opens the dialog, which tries again.
			start().catch(() => undefined);
		},
		opened: () => {
			if (ready) return;
			showLoading(status, typed);
			start().catch(() => {
				status.textContent = FAILED_MESSAGE;
			});
		},
	};
}
