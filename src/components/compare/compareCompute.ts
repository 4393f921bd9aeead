/**
 * The comparison page's browser half, loaded by <dr-compare>. The shared form controller reads
 * the link (the wizard's ?v=2&… format; v=1 links still read), keeps tiers, status and URL in step; this view shows
 * every option per tier and keeps the link to the wizard on the same workload.
 */
import { comparePatterns, type Workload } from '~/model/index.ts';
import { showCompareSummary } from '../widgets/showPlanSummary.ts';
import { updateInPlace } from '../widgets/updateInPlace.ts';
import { WorkloadFormController } from '../widgets/workloadFormController.ts';
import { comparisonHtml, comparisonSummary, type PatternPages } from './compareView.ts';

function parsePages(text: string | undefined): PatternPages {
	try {
		return text === undefined ? {} : (JSON.parse(text) as PatternPages);
	} catch {
		return {};
	}
}

export class CompareController {
	private readonly root: HTMLElement;
	private readonly pages: PatternPages;

	constructor(root: HTMLElement) {
		this.root = root;
		this.pages = parsePages(root.dataset['pages']);
	}

	start(): void {
		new WorkloadFormController(this.root, {
			noun: 'comparison',
			show: (workload, query) => this.show(workload, query),
		}).start();
	}

	private show(workload: Workload, query: string): string {
		const comparison = comparePatterns(workload);
		const target = this.root.querySelector<HTMLElement>('[data-results]');
		// In place: the elements that stay keep their identity, so a link in the results that the
		// reader tabbed to before the script started (or while it recomputes) keeps the focus.
		if (target !== null) updateInPlace(target, comparisonHtml(comparison, this.pages, 'cmp').value);
		const wizard = this.root.querySelector<HTMLAnchorElement>('[data-wizard-link]');
		if (wizard !== null) wizard.href = `/wizard/?${query}`;
		showCompareSummary(this.root, comparison.plan);
		return `Comparison updated. ${comparisonSummary(comparison)}`;
	}
}
