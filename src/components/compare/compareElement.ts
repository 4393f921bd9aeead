/**
 * <dr-compare>: the comparison page's loader. The build-time comparison is already on the page.
 * The model is fetched at once when the URL carries a shared workload, otherwise on the
 * reader's first interaction with the form, so a plain visit costs no model JavaScript.
 */
import { fitChartsToWidth } from './frontierChartResize.ts';

class DrCompare extends HTMLElement {
	private started = false;

	connectedCallback(): void {
		const form = this.querySelector('form');
		if (form === null) return;
		fitChartsToWidth(this);
		const start = () => {
			if (this.started) return;
			this.started = true;
			void import('./compareCompute.ts').then(({ CompareController }) =>
				new CompareController(this).start(),
			);
		};
		// A figure's link leads to its explanation, inside a collapsed section: open it first.
		this.addEventListener('click', (event) => {
			const link = (event.target as Element).closest<HTMLAnchorElement>('a.cmp-figure');
			const target = link === null ? null : document.getElementById(link.hash.slice(1));
			const details = target?.closest('details');
			if (details !== null && details !== undefined) details.open = true;
		});
		if (window.location.search.length > 1) {
			start();
			return;
		}
		form.addEventListener('focusin', start, { once: true });
		form.addEventListener('pointerdown', start, { once: true });
		form.addEventListener('input', start, { once: true });
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			start();
		});
	}
}

if (!customElements.get('dr-compare')) customElements.define('dr-compare', DrCompare);
