/**
 * The wizard's browser half, loaded by <dr-wizard>. The shared form controller reads the link,
 * keeps tiers, status and URL in step; this view shows the plan, highlights each tier's path
 * through the decision tree, and exports the plan as a Markdown runbook or as the model's JSON.
 */
import {
	parseWorkload,
	planBriefMarkdown,
	recommend,
	sensitivitySteps,
	type Plan,
	type Workload,
} from '~/model/index.ts';
import { diffPlans } from '~/model/engine/planDiff.ts';
import { fileStem as slug } from '~/lib/anchorId.ts';
import { planHtml } from '../widgets/planView.ts';
import { EDIT_TIMINGS } from '../widgets/editTimings.ts';
import { runInSlices, type SlicedRun } from '../widgets/runInSlices.ts';
import { sensitivityFailedHtml, sensitivityRowsHtml } from '../widgets/sensitivityView.ts';
import { showWizardSummary } from '../widgets/showPlanSummary.ts';
import { updateInPlace } from '../widgets/updateInPlace.ts';
import { planBriefHtml } from './planBriefView.ts';
import { WorkloadFormController } from '../widgets/workloadFormController.ts';
import { pinnedSectionHtml } from './pinView.ts';
import { highlightTree } from './treeHighlight.ts';
import { tierPaths } from './treePath.ts';

/**
 * Prints the one-page summary alone: it is filled, moved to the end of <body> (so that print CSS
 * can hide everything else, planBrief.css), printed, and put back.
 */
function printBrief(root: HTMLElement, plan: Plan): void {
	const brief = root.querySelector<HTMLElement>('[data-brief]');
	if (brief === null) return;
	const home = brief.parentElement;
	brief.innerHTML = planBriefHtml(plan, window.location.href).value;
	document.body.append(brief);
	document.documentElement.dataset['printBrief'] = 'yes';
	const restore = () => {
		delete document.documentElement.dataset['printBrief'];
		home?.append(brief);
	};
	window.addEventListener('afterprint', restore, { once: true });
	window.print();
}

function download(name: string, type: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Where a pinned plan's workload is kept, so the pin survives a reload in the same tab. */
const PIN_KEY = 'dr-guides:wizard-pinned-workload';

function storedPin(): Plan | undefined {
	try {
		const text = sessionStorage.getItem(PIN_KEY);
		if (text === null) return undefined;
		const parsed = parseWorkload(JSON.parse(text) as unknown);
		return parsed.ok ? recommend(parsed.workload) : undefined;
	} catch {
		return undefined;
	}
}

export class WizardController {
	private readonly root: HTMLElement;
	private plan: Plan | undefined;
	private pinned: Plan | undefined = storedPin();
	/** The sensitivity analysis still running for the last edit, if any. */
	private sensitivityRun: SlicedRun | undefined;

	constructor(root: HTMLElement) {
		this.root = root;
	}

	start(): void {
		const form = new WorkloadFormController(this.root, {
			noun: 'plan',
			show: (workload, query) => this.show(workload, query),
		});
		if (form.start() === undefined) return;
		this.root.querySelector<HTMLElement>('[data-export]')?.removeAttribute('hidden');
		this.root.querySelector('[data-download="markdown"]')?.addEventListener('click', () => {
			const plan = this.plan;
			if (plan === undefined) return;
			// The runbook names the resources as the Terraform does, so it loads the writers too.
			void import('~/model/engine/terraform.ts').then(
				({ runbookWithResources }) =>
					download(
						`dr-runbook-${slug(plan.workload.name)}.md`,
						'text/markdown',
						runbookWithResources(plan, window.location.href),
					),
				() => form.say('The runbook could not be built; try again.'),
			);
		});
		this.root.querySelector('[data-download="terraform"]')?.addEventListener('click', () => {
			const plan = this.plan;
			if (plan === undefined) return;
			// The generator is fetched only when asked for: most readers never download HCL.
			void import('~/model/engine/terraform.ts').then(
				({ terraformForWorkload, terraformSummary }) => {
					const result = terraformForWorkload(plan.workload);
					if (!result.ok) {
						form.say(`No Terraform file: ${result.message}`);
						return;
					}
					download(`dr-${slug(plan.workload.name)}.tf`, 'text/plain', result.hcl);
					form.say(`Terraform downloaded: ${terraformSummary(result.resources)}`);
				},
				() => form.say('The Terraform generator could not be loaded; try again.'),
			);
		});
		this.root.querySelector('[data-download="json"]')?.addEventListener('click', () => {
			if (this.plan !== undefined)
				download(
					`dr-plan-${slug(this.plan.workload.name)}.json`,
					'application/json',
					`${JSON.stringify(this.plan, null, 2)}\n`,
				);
		});
		this.root.querySelector('[data-copy-link]')?.addEventListener('click', () => {
			void navigator.clipboard?.writeText(window.location.href).then(
				() => form.say('Link copied.'),
				() => form.say('Copy failed; copy the address bar instead.'),
			);
		});
		this.root.querySelector('[data-print]')?.addEventListener('click', () => window.print());
		this.root.querySelector('[data-download="brief"]')?.addEventListener('click', () => {
			const plan = this.shownPlan();
			if (plan !== undefined)
				download(
					`dr-summary-${slug(plan.workload.name)}.md`,
					'text/markdown',
					planBriefMarkdown(plan, window.location.href),
				);
		});
		this.root.querySelector('[data-print-brief]')?.addEventListener('click', () => {
			const plan = this.shownPlan();
			if (plan !== undefined) printBrief(this.root, plan);
		});
		// A printed plan is complete: the sensitivity still being worked out is finished first.
		window.addEventListener('beforeprint', () => this.sensitivityRun?.finish());
		this.root.querySelector('[data-pin]')?.addEventListener('click', () => {
			if (this.plan === undefined) return;
			this.pinned = this.plan;
			try {
				sessionStorage.setItem(PIN_KEY, JSON.stringify(this.plan.workload));
			} catch {
				// Storage refused (private mode, quota): the pin still holds until the page closes.
			}
			this.showPinned();
			form.say('Plan pinned. Edit your answers to see what changes; Unpin to stop comparing.');
		});
		this.root.querySelector('[data-pinned]')?.addEventListener('click', (event) => {
			if ((event.target as Element).closest('[data-unpin]') === null) return;
			this.pinned = undefined;
			try {
				sessionStorage.removeItem(PIN_KEY);
			} catch {
				// Nothing stored to remove.
			}
			this.showPinned();
			this.root.querySelector<HTMLElement>('[data-pin]')?.focus();
			form.say('Unpinned.');
		});
		this.showPinned();
	}

	/** The plan on the page: the last one computed, or, before any edit, the build's own. */
	private shownPlan(): Plan | undefined {
		if (this.plan !== undefined) return this.plan;
		const base = this.root.dataset['base'];
		if (base === undefined) return undefined;
		try {
			const parsed = parseWorkload(JSON.parse(base) as unknown);
			return parsed.ok ? recommend(parsed.workload) : undefined;
		} catch {
			return undefined;
		}
	}

	/** Shows the changes since the pinned plan, or hides the section when nothing is pinned. */
	private showPinned(): void {
		const section = this.root.querySelector<HTMLElement>('[data-pinned]');
		if (section === null) return;
		if (this.pinned === undefined || this.plan === undefined) {
			section.hidden = true;
			section.replaceChildren();
			return;
		}
		section.innerHTML = pinnedSectionHtml(diffPlans(this.pinned, this.plan)).value;
		section.hidden = false;
	}

	private show(workload: Workload, query: string): string {
		const started = performance.now();
		const plan = recommend(workload);
		this.plan = plan;
		const target = this.root.querySelector<HTMLElement>('[data-plan]');
		if (target !== null) {
			// Updated in place: an edit changes a few figures of a plan of thousands of elements,
			// and only those are styled and laid out again (a rewrite of the whole plan kept the
			// main thread busy long enough for the next keystroke to wait: bench/report.md,
			// "Interaction latency"). The last sensitivity rows stay, dimmed and busy, until the
			// new ones are ready: the section neither empties nor changes height on each edit.
			updateInPlace(target, planHtml(plan, 'plan', { sensitivity: 'later' }).value, {
				keepChildren: '[data-sensitivity]',
			});
			this.fillSensitivity(target, plan, started);
		}
		showWizardSummary(this.root, plan);
		this.showPinned();
		this.highlight(workload, plan);
		const compare = this.root.querySelector<HTMLAnchorElement>('[data-compare-link]');
		if (compare !== null) compare.href = `/compare/?${query}`;
		return `Plan updated. ${plan.headline}`;
	}

	/**
	 * The "what moves this plan" section, worked out between frames after the plan is shown: the
	 * reader sees the new plan at once, and a newer edit drops the run. Recorded as the
	 * `EDIT_TIMINGS.sensitivity` User Timing entry, from the re-plan to the table written.
	 */
	// Kept (budget: one edit within a frame): an edit already takes 17.5 ms in Chromium without it
	// (bench/report.md, "One edit in the wizard"), and its ~30 re-plans add 6.3 ms (bench:model).
	private fillSensitivity(target: HTMLElement, plan: Plan, started: number): void {
		this.sensitivityRun?.cancel();
		const write = (markup: string) => {
			const section = target.querySelector<HTMLElement>('[data-sensitivity]');
			if (section === null) return;
			section.innerHTML = markup;
			section.removeAttribute('aria-busy');
		};
		this.sensitivityRun = runInSlices(
			sensitivitySteps(plan.workload, plan),
			(rows) => {
				write(sensitivityRowsHtml(rows, 'plan').value);
				performance.measure(EDIT_TIMINGS.sensitivity, { start: started });
			},
			(error) => write(sensitivityFailedHtml(error).value),
			// After the frame that shows the new plan: the reader sees it first.
			{ start: (fn) => requestAnimationFrame(() => setTimeout(fn, 0)) },
		);
	}

	private highlight(workload: Workload, plan: Plan): void {
		const paths = tierPaths(workload, plan);
		const tree = this.root.querySelector('.wizard-tree');
		if (tree !== null) highlightTree(tree, new Set(paths.flatMap((p) => p.nodeIds)));
		const list = this.root.querySelector<HTMLElement>('[data-tree-paths]');
		if (list !== null) {
			list.replaceChildren(
				...paths.map((p) => {
					const li = document.createElement('li');
					li.dataset['pathTier'] = p.tier;
					li.dataset['pathNodes'] = p.nodeIds.join(' ');
					const strong = document.createElement('strong');
					strong.textContent = p.tier;
					li.append(strong, `: ${p.text}`);
					return li;
				}),
			);
		}
	}
}
