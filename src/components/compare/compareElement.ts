/**
 * <dr-compare>: the comparison page's loader. The build-time comparison is already on the page.
 * The model is fetched at once when the URL carries a shared workload, otherwise on the
 * reader's first interaction with the form, so a plain visit costs no model JavaScript.
 */
import { defineElement, hasSharedQuery } from '../widgets/lazyUpgrade.ts';
import { upgradeWorkloadForm } from '../widgets/workloadFormElement.ts';
import { fitChartsToWidth } from './frontierChartResize.ts';

class DrCompare extends HTMLElement {
	connectedCallback(): void {
		fitChartsToWidth(this);
		// A figure's link leads to its explanation, inside a collapsed section: open it first.
		this.addEventListener('click', (event) => {
			const link = (event.target as Element).closest<HTMLAnchorElement>('a.cmp-figure');
			const target = link === null ? null : document.getElementById(link.hash.slice(1));
			const details = target?.closest('details');
			if (details !== null && details !== undefined) details.open = true;
		});
		upgradeWorkloadForm(
			this,
			() =>
				import('./compareCompute.ts').then(({ CompareController }) =>
					new CompareController(this).start(),
				),
			{ now: hasSharedQuery() },
		);
	}
}

defineElement('dr-compare', DrCompare);
