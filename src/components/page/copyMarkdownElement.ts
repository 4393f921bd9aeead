/**
 * <copy-markdown>: upgrades the link to a page's Markdown twin with a "Copy page as Markdown"
 * button. The button fetches the twin and writes it to the clipboard, saying so in the status
 * line; where the clipboard is refused, it says to use the link, which keeps working.
 */
import { copyTwin } from './markdownTwin.ts';

class CopyMarkdown extends HTMLElement {
	connectedCallback(): void {
		const link = this.querySelector('a');
		const status = this.querySelector('[role="status"]');
		if (link === null || this.querySelector('button') !== null) return;
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = 'Copy page as Markdown';
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
		this.prepend(button);
	}
}

export function defineCopyMarkdown(): void {
	if (!customElements.get('copy-markdown')) customElements.define('copy-markdown', CopyMarkdown);
}
