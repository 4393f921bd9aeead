/**
 * Model text with {fact:id} placeholders as HTML, each figure a link to its row on the facts page
 * with the source and dates in its title: FactText.astro's output, for views that are rendered
 * both at build time and in the browser.
 */
import { getFact, splitFactRefs } from '~/model/index.ts';
import { html, type SafeHtml } from '../widgets/html.ts';
import { factView } from './factView.ts';

export function factTextHtml(text: string): SafeHtml {
	return html`${splitFactRefs(text).map((part) => {
		if (part.kind === 'text') return part.text;
		const view = factView(getFact(part.id));
		return html`<a
			class="fact"
			data-status="${view.status}"
			data-wrap="${view.wraps ? 'yes' : 'no'}"
			href="${view.href}"
			title="${view.title}"
			>${view.text}</a
		>`;
	})}`;
}
