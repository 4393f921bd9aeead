/**
 * The wizard's browser half, loaded by <dr-wizard>. Reads a shared link (?v=1&…), showing a notice for
 * anything it ignored; recomputes the plan as the reader types; keeps the URL in step so the
 * link reproduces the plan; highlights each tier's path through the decision tree; exports
 * the plan as a Markdown runbook or as the model's JSON.
 */
import {
	recommend,
	referenceWorkload,
	workloadFromSearchParams,
	workloadToQuery,
	type Plan,
	type Workload,
	type WorkloadInput,
} from '~/model/index.ts';
import { openChangedGroups } from '../widgets/openChangedGroups.ts';
import { showIssues } from '../widgets/formIssues.ts';
import { planHtml } from '../widgets/planView.ts';
import { showWizardSummary } from '../widgets/showPlanSummary.ts';
import { runbookMarkdown } from '../widgets/runbookMarkdown.ts';
import { readFormElement, sayStatus, writeFormElement } from '../widgets/workloadForm.ts';
import { renumberTierGroup, tierLegend, uniqueTierName } from '../widgets/tierFieldsets.ts';
import { highlightTree } from './treeHighlight.ts';
import { tierPaths } from './treePath.ts';

const MAX_TIERS = 20;
const REFERENCE_QUERY = workloadToQuery(referenceWorkload);

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

const slug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '') || 'workload';

const tierFieldsets = (tiers: HTMLElement) => [
	...tiers.querySelectorAll<HTMLFieldSetElement>(':scope > fieldset'),
];

const tierName = (fieldset: HTMLFieldSetElement) =>
	fieldset.querySelector<HTMLInputElement>('input[name$=".name"]')?.value ?? '';

/**
 * Renumbers every tier fieldset after an addition or removal (names, ids, label and error
 * references), writes each legend from the tier's current name, and offers "Remove this
 * tier" only while there is more than one tier.
 */
function syncTiers(tiers: HTMLElement): void {
	const sets = tierFieldsets(tiers);
	sets.forEach((fieldset, i) => {
		renumberTierGroup(fieldset, i);
		const legend = fieldset.querySelector('legend');
		if (legend !== null) legend.textContent = tierLegend(i, tierName(fieldset));
		const remove = fieldset.querySelector<HTMLElement>('[data-remove-tier]');
		if (remove !== null) remove.hidden = sets.length <= 1;
	});
}

export class WizardController {
	private readonly root: HTMLElement;
	constructor(root: HTMLElement) {
		this.root = root;
	}

	private plan: Plan | undefined;
	private timer: ReturnType<typeof setTimeout> | undefined;

	start(): void {
		const form = this.root.querySelector('form');
		if (form === null) return;
		const tiers = this.root.querySelector<HTMLElement>('[data-tiers]');
		const template = tiers?.querySelector<HTMLFieldSetElement>('fieldset')?.cloneNode(true) as
			HTMLFieldSetElement | undefined;
		this.root.querySelector<HTMLElement>('[data-add-tier]')?.removeAttribute('hidden');
		this.root.querySelector<HTMLElement>('[data-export]')?.removeAttribute('hidden');
		if (tiers !== null) syncTiers(tiers);

		const params = new URLSearchParams(window.location.search);
		const fromUrl = workloadFromSearchParams(params);
		const notices = this.root.querySelector<HTMLElement>('[data-notices]');
		if (notices !== null) notices.textContent = fromUrl.notices.join(' ');
		if (!fromUrl.isReference && template !== undefined) this.fill(form, template, fromUrl.workload);
		openChangedGroups(form);
		this.compute(form, !fromUrl.isReference);

		// The notices are about the link as opened; once the reader edits, the address bar holds
		// their own inputs and the notices no longer apply.
		if (notices !== null && fromUrl.notices.length > 0)
			form.addEventListener('input', () => (notices.textContent = ''), { once: true });
		form.addEventListener('input', () => this.schedule(form));
		form.addEventListener('change', () => this.schedule(form));
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.compute(form, true);
		});
		// Adding and removing tiers edits the form itself, so what the reader typed (even an
		// invalid value they are still fixing) is kept; the plan then follows the form.
		this.root.querySelector('[data-add-tier]')?.addEventListener('click', () => {
			if (template === undefined || tiers === null) return;
			const added = this.addTier(tiers, template);
			this.compute(form, true);
			added?.querySelector<HTMLElement>('input, select')?.focus();
		});
		form.addEventListener('click', (event) => {
			const button = (event.target as HTMLElement).closest('[data-remove-tier]');
			const fieldset = button?.closest('fieldset');
			if (fieldset === null || fieldset === undefined || tiers === null) return;
			if (tierFieldsets(tiers).length <= 1) return;
			fieldset.remove();
			syncTiers(tiers);
			this.compute(form, true);
			this.root.querySelector<HTMLElement>('[data-add-tier]')?.focus();
		});
		this.root.querySelector('[data-download="markdown"]')?.addEventListener('click', () => {
			if (this.plan !== undefined)
				download(
					`dr-runbook-${slug(this.plan.workload.name)}.md`,
					'text/markdown',
					runbookMarkdown(this.plan, window.location.href),
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
				() => this.say('Link copied.'),
				() => this.say('Copy failed; copy the address bar instead.'),
			);
		});
		this.root.querySelector('[data-print]')?.addEventListener('click', () => window.print());
	}

	private say(text: string): void {
		sayStatus(this.root, text);
	}

	private schedule(form: HTMLFormElement): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => this.compute(form, true), 150);
	}

	private read(form: HTMLFormElement) {
		return readFormElement(form, JSON.parse(this.root.dataset['base'] ?? '{}') as WorkloadInput);
	}

	/** Appends a copy of the last tier, under a new unique name; says so when at the limit. */
	private addTier(
		tiers: HTMLElement,
		template: HTMLFieldSetElement,
	): HTMLFieldSetElement | undefined {
		const sets = tierFieldsets(tiers);
		if (sets.length >= MAX_TIERS) {
			this.say(`A workload has at most ${MAX_TIERS} tiers; remove one to add another.`);
			return undefined;
		}
		const last = sets[sets.length - 1] ?? template;
		const copy = last.cloneNode(true) as HTMLFieldSetElement;
		// Cloning keeps typed input values but not a select's choice: copy every value.
		const from = [...last.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')];
		copy.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]').forEach((el, k) => {
			const source = from[k];
			if (source === undefined) return;
			if (
				el instanceof HTMLInputElement &&
				source instanceof HTMLInputElement &&
				el.type === 'checkbox'
			)
				el.checked = source.checked;
			else el.value = source.value;
		});
		const name = copy.querySelector<HTMLInputElement>('input[name$=".name"]');
		if (name !== null) name.value = uniqueTierName(sets.map(tierName));
		tiers.append(copy);
		syncTiers(tiers);
		return copy;
	}

	/** Rebuilds the tier fieldsets for a workload and writes every value into the form. */
	private fill(form: HTMLFormElement, template: HTMLFieldSetElement, workload: Workload): void {
		const tiers = form.querySelector<HTMLElement>('[data-tiers]');
		if (tiers === null) return;
		tiers.replaceChildren(
			...workload.tiers.map(() => template.cloneNode(true) as HTMLFieldSetElement),
		);
		syncTiers(tiers);
		writeFormElement(form, workload);
		syncTiers(tiers);
	}

	private compute(form: HTMLFormElement, writeUrl: boolean): void {
		const tiers = form.querySelector<HTMLElement>('[data-tiers]');
		if (tiers !== null) syncTiers(tiers);
		const read = this.read(form);
		showIssues(form, read.ok ? [] : read.issues);
		if (!read.ok) {
			this.say(
				`Not recalculated: ${read.issues.length} field${read.issues.length > 1 ? 's need' : ' needs'} a valid value (see the messages by the fields). The plan below is for the last valid inputs.`,
			);
			return;
		}
		const plan = recommend(read.workload);
		this.plan = plan;
		const target = this.root.querySelector<HTMLElement>('[data-plan]');
		if (target !== null) target.innerHTML = planHtml(plan, 'plan').value;
		showWizardSummary(this.root, plan);
		this.highlight(read.workload, plan);
		// The address bar always reproduces the plan shown. Only the untouched reference
		// workload on a plain visit keeps the bare address. Edits made before this module
		// loaded count too: their input events fired before these listeners existed.
		const query = workloadToQuery(read.workload);
		if (writeUrl || query !== REFERENCE_QUERY) history.replaceState(null, '', `?${query}`);
		const compare = this.root.querySelector<HTMLAnchorElement>('[data-compare-link]');
		if (compare !== null) compare.href = `/compare/?${query}`;
		this.say(`Plan updated. ${plan.headline}`);
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
