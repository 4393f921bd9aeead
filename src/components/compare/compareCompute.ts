/**
 * The comparison page's browser half, loaded by <dr-compare>. Reads a shared link (the
 * wizard's ?v=1&… format), showing a plain-text notice for anything it ignored; recomputes
 * the comparison as the reader types, keeping the last valid result when a field is bad; and
 * keeps the URL in step so the link reproduces the comparison on this page and the wizard.
 */
import {
	comparePatterns,
	workloadFromSearchParams,
	workloadToQuery,
	type Workload,
	type WorkloadInput,
} from '~/model/index.ts';
import { openChangedGroups } from '../widgets/openChangedGroups.ts';
import { renumberTierGroup, tierLegend } from '../widgets/tierFieldsets.ts';
import { showIssues } from '../widgets/formIssues.ts';
import { showCompareSummary } from '../widgets/showPlanSummary.ts';
import { readFormElement, sayStatus, writeFormElement } from '../widgets/workloadForm.ts';
import { comparisonHtml, comparisonSummary, type PatternPages } from './compareView.ts';

const MAX_TIERS = 20;

function parseJson<T>(text: string | undefined, fallback: T): T {
	try {
		return text === undefined ? fallback : (JSON.parse(text) as T);
	} catch {
		return fallback;
	}
}

export class CompareController {
	private readonly root: HTMLElement;
	private readonly pages: PatternPages;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** The last workload the form held that was valid: the one the results show. */
	private last: Workload | undefined;

	constructor(root: HTMLElement) {
		this.root = root;
		this.pages = parseJson<PatternPages>(root.dataset['pages'], {});
	}

	start(): void {
		const form = this.root.querySelector('form');
		if (form === null) return;
		const template = form
			.querySelector<HTMLElement>('[data-tiers] [data-tier-index]')
			?.cloneNode(true) as HTMLElement | undefined;
		const fromUrl = workloadFromSearchParams(new URLSearchParams(window.location.search));
		const notices = this.root.querySelector<HTMLElement>('[data-notices]');
		// Notices are plain text: whatever a link holds never becomes markup.
		if (notices !== null) notices.textContent = fromUrl.notices.join(' ');
		if (!fromUrl.isReference && template !== undefined) this.fill(form, template, fromUrl.workload);
		openChangedGroups(form);
		// The reader may have typed before the model arrived: keep the URL in step with the form.
		const read = this.read(form);
		const edited = read.ok && workloadToQuery(read.workload) !== workloadToQuery(fromUrl.workload);
		this.compute(form, !fromUrl.isReference || edited);

		const tiers = form.querySelector<HTMLElement>('[data-tiers]');
		const add = this.root.querySelector<HTMLButtonElement>('[data-add-tier]');
		if (add !== null) add.hidden = false;
		this.showRemoveButtons(form);
		add?.addEventListener('click', () => {
			const current = this.last;
			const count = tiers?.querySelectorAll('[data-tier-index]').length ?? 0;
			if (template === undefined || current === undefined || count >= MAX_TIERS) return;
			const lastTier = current.tiers[current.tiers.length - 1];
			if (lastTier === undefined) return;
			this.fill(form, template, {
				...current,
				tiers: [...current.tiers, { ...lastTier, name: `tier ${count + 1}` }],
			});
			this.compute(form, true);
			const added = tiers?.querySelectorAll<HTMLDetailsElement>('[data-tier-index]')[count];
			if (added !== undefined) {
				added.open = true;
				added.querySelector<HTMLElement>('input, select')?.focus();
			}
		});
		form.addEventListener('click', (event) => {
			const button = (event.target as Element).closest('[data-remove-tier]');
			const current = this.last;
			if (button === null || template === undefined || current === undefined) return;
			const groups = [...form.querySelectorAll('[data-tiers] [data-tier-index]')];
			const index = groups.indexOf(button.closest('[data-tier-index]') as Element);
			if (groups.length <= 1 || index < 0) return;
			this.fill(form, template, { ...current, tiers: current.tiers.filter((_, i) => i !== index) });
			this.compute(form, true);
			add?.focus();
		});

		form.addEventListener('input', () => this.schedule(form));
		form.addEventListener('change', () => this.schedule(form));
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.compute(form, true);
		});
	}

	private showRemoveButtons(form: HTMLFormElement): void {
		const buttons = form.querySelectorAll<HTMLButtonElement>('[data-remove-tier]');
		buttons.forEach((b, i) => {
			b.hidden = buttons.length <= 1;
			b.textContent = `Remove tier ${i + 1}`;
		});
	}

	private say(text: string): void {
		sayStatus(this.root, text);
	}

	private schedule(form: HTMLFormElement): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => this.compute(form, true), 150);
	}

	private read(form: HTMLFormElement) {
		return readFormElement(
			form,
			parseJson<WorkloadInput>(this.root.dataset['base'], {} as WorkloadInput),
		);
	}

	/** Rebuilds the tier groups for a workload and writes every value into the form. */
	private fill(form: HTMLFormElement, template: HTMLElement, workload: Workload): void {
		const tiers = form.querySelector<HTMLElement>('[data-tiers]');
		if (tiers === null) return;
		tiers.replaceChildren(
			...workload.tiers.map((tier, i) => {
				const group = template.cloneNode(true) as HTMLElement;
				renumberTierGroup(group, i);
				for (const el of group.querySelectorAll('summary, legend'))
					el.textContent = tierLegend(i, tier.name);
				return group;
			}),
		);
		this.showRemoveButtons(form);
		writeFormElement(form, workload);
	}

	private compute(form: HTMLFormElement, writeUrl: boolean): void {
		const read = this.read(form);
		showIssues(form, read.ok ? [] : read.issues);
		if (!read.ok) {
			// Make sure every message is visible, even in a collapsed group.
			for (const issue of read.issues) {
				const control = form.querySelector(`[name="${CSS.escape(issue.field)}"]`);
				const details = control?.closest('details');
				if (details !== null && details !== undefined) details.open = true;
			}
			this.say(
				`Not recalculated: ${read.issues.length} field${read.issues.length > 1 ? 's need' : ' needs'} a valid value (see the messages by the fields). The comparison below is for the last valid inputs.`,
			);
			return;
		}
		this.last = read.workload;
		const comparison = comparePatterns(read.workload);
		const target = this.root.querySelector<HTMLElement>('[data-results]');
		if (target !== null) target.innerHTML = comparisonHtml(comparison, this.pages, 'cmp').value;
		showCompareSummary(this.root, read.workload);
		const query = workloadToQuery(read.workload);
		if (writeUrl) history.replaceState(null, '', `?${query}`);
		const wizard = this.root.querySelector<HTMLAnchorElement>('[data-wizard-link]');
		if (wizard !== null) wizard.href = `/wizard/?${query}`;
		this.say(`Comparison updated. ${comparisonSummary(comparison)}`);
	}
}
