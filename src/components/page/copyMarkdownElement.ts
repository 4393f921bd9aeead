/**
 * <copy-markdown>: upgrades the link to a page's Markdown twin with a "Copy page as Markdown"
 * button, already in the page and shown once this element is defined. The button fetches the twin
 * and writes it to the clipboard, saying so in the status line; where the clipboard is refused,
 * it says to use the link, which keeps working.
 */
import { copyTwin } from './markdownTwin.ts';

class CopyMarkdown extends HTMLElement {
	connectedCallback(): void {
		const link = this.querySelector('a');
		const status = this.querySelector('[role="status"]');
		// The button is built into the page, hidden until this element is defined (see PageTitle).
		const button = this.querySelector('button');
		if (link === null || button === null || this.dataset['upgraded'] !== undefined) return;
		this.dataset['upgraded'] = '';
		button.addEventListener('click', () => {
			void copyTwin(
				link.href,
				async (href) => {
					const response = await fetch(href);
					if (!response.ok) throw new Error(`${response.status}`);
					return response.text();
				},
				(text) => navigator.clipboard.writeText(text),
			).then((message) => {
				if (status !== null) status.textContent = message;
			});
		});
	}
}

export function defineCopyMarkdown(): void {
	if (!customElements.get('copy-markdown')) customElements.define('copy-markdown', CopyMarkdown);
}
