/**
 * The workload form's controller, the one for the wizard, the comparison and the calculators
 * (its first half, workloadFormElement.ts, couples each tier's kind and data before the model
 * loads). It reads a shared link (?v=2&…, or an older v=1), showing a plain-text notice for
 * anything it ignored; adds and removes tiers by editing the form itself, so what the reader typed
 * (even a value they are still fixing) is kept, and a new tier starts from the model's default
 * tier under a name no other tier uses; recomputes as the reader types (debounced), keeping the
 * last valid result when a field is bad, saying why in the status line and marking the page's
 * figures as not recalculated; and keeps the URL in step so the link reproduces the result.
 *
 * What the result is, and how it is shown, belongs to the page: a `FormView`.
 */
import {
	runSteps,
	MAX_TIERS,
	newTier,
	referenceWorkload,
	workloadFromSearchParams,
	workloadToQuery,
	type Workload,
	type WorkloadInput,
} from '~/model/index.ts';
import { showIssues } from './formIssues.ts';
import { openChangedGroups } from './openChangedGroups.ts';
import { renumberTierGroup, tierLegend, uniqueTierName } from './tierFieldsets.ts';
import { notRecalculatedText, readFormSteps, sayStatus, writeFormElement } from './workloadForm.ts';
import { EDIT_TIMINGS } from './editTimings.ts';
import { runInSlices, type SlicedRun } from './runInSlices.ts';

/** What a page does with a valid workload. */
export interface FormView {
	/** What the results are called in the status line: "plan", "comparison", "results". */
	readonly noun: string;
	/**
	 * Whether the workload travels in the page's link: read from it on load, written to it on
	 * each result (the wizard and the comparison; a pattern's calculator does not).
	 */
	readonly link?: boolean;
	/**
	 * Shows the result for a valid workload; returns the sentence the status line adds, or a
	 * promise of it when the result is shown over several tasks (the wizard's), which gives
	 * nothing when a newer edit came first.
	 */
	show(workload: Workload, query: string): string | Promise<string | undefined>;
	/**
	 * The reader is changing a field: what is still being shown for an earlier edit is out of
	 * date, and may wait until the form is read again (the debounce), rather than be written
	 * into the page while they type.
	 */
	editing?(): void;
	/**
	 * The form was read and a field is not valid: the last valid result stays on the page, so
	 * whatever of it was held back while the reader typed is shown now.
	 */
	kept?(): void;
}

const REFERENCE_QUERY = workloadToQuery(referenceWorkload);
const STALE_NOTE =
	'Not recalculated: a field needs a valid value. These figures are for the last valid inputs.';
/** How long the form waits after a change before it is read, in ms. */
const DEBOUNCE_MS = 150;
/**
 * How long it waits while the reader is typing, in ms: a key within this of the one before. A
 * figure typed a key every 200 or 300 ms is read once, after its last key, rather than after
 * each: every read and re-plan in between was out of date by the next key, and took the page's
 * time and the machine's cores while the reader typed (bench/report.md, "Interaction latency").
 */
const TYPING_DEBOUNCE_MS = 400;

function parseJson<T>(text: string | undefined, fallback: T): T {
	try {
		return text === undefined ? fallback : (JSON.parse(text) as T);
	} catch {
		return fallback;
	}
}

const tierGroups = (tiers: HTMLElement) => [
	...tiers.querySelectorAll<HTMLElement>(':scope > [data-tier-index]'),
];

const tierName = (group: HTMLElement) =>
	group.querySelector<HTMLInputElement>('input[name$=".name"]')?.value ?? '';

/** Sets an element's text only when it differs: a write, even of the same text, restyles. */
function setText(el: Element, text: string): void {
	if (el.textContent !== text) el.textContent = text;
}

/**
 * Renumbers every tier group after an addition or removal (names, ids, label and error
 * references), writes each legend from the tier's current name, and offers the remove button
 * only while there is more than one tier.
 */
function syncTiers(tiers: HTMLElement): void {
	const groups = tierGroups(tiers);
	groups.forEach((group, i) => {
		renumberTierGroup(group, i);
		const legend = group.querySelector(':scope > legend');
		if (legend !== null) setText(legend, tierLegend(i, tierName(group)));
		const remove = group.querySelector<HTMLElement>('[data-remove-tier]');
		const hidden = groups.length <= 1;
		if (remove !== null && remove.hidden !== hidden) remove.hidden = hidden;
	});
}

export class WorkloadFormController {
	private readonly root: HTMLElement;
	private readonly view: FormView;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** When the form last changed (performance.now()). */
	private lastChange = -Infinity;
	/** The debounced read still under way, a step at a time. */
	private computing: SlicedRun | undefined;
	/** The number of the last computation: an older one's result no longer speaks. */
	private computed = 0;

	constructor(root: HTMLElement, view: FormView) {
		this.root = root;
		this.view = view;
	}

	/** Fills the form from the link, computes once and listens. Returns the form, if any. */
	start(): HTMLFormElement | undefined {
		const form = this.root.querySelector('form');
		if (form === null) return undefined;
		const tiers = form.querySelector<HTMLElement>('[data-tiers]');
		const template =
			tiers === null ? undefined : (tierGroups(tiers)[0]?.cloneNode(true) as HTMLElement);
		const add = this.root.querySelector<HTMLElement>('[data-add-tier]');
		if (tiers !== null) syncTiers(tiers);

		const linked = this.view.link !== false;
		const fromUrl = linked
			? workloadFromSearchParams(new URLSearchParams(window.location.search))
			: undefined;
		const notices = this.root.querySelector<HTMLElement>('[data-notices]');
		// Notices are plain text: whatever a link holds never becomes markup.
		if (notices !== null && fromUrl !== undefined) notices.textContent = fromUrl.notices.join(' ');
		if (fromUrl !== undefined && !fromUrl.isReference && template !== undefined && tiers !== null)
			this.fill(form, tiers, template, fromUrl.workload);
		openChangedGroups(form);
		this.compute(form, fromUrl !== undefined && !fromUrl.isReference);

		// The notices are about the link as opened; once the reader edits, the address bar holds
		// their own inputs and the notices no longer apply.
		if (notices !== null && (fromUrl?.notices.length ?? 0) > 0)
			form.addEventListener('input', () => (notices.textContent = ''), { once: true });
		form.addEventListener('input', () => this.schedule(form));
		form.addEventListener('change', () => this.schedule(form));
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.compute(form, true);
		});
		add?.addEventListener('click', () => {
			if (tiers === null || template === undefined) return;
			const added = this.addTier(tiers, template);
			if (added === undefined) return;
			this.compute(form, true);
			added.querySelector<HTMLElement>('input, select')?.focus();
		});
		form.addEventListener('click', (event) => {
			const button = (event.target as Element).closest('[data-remove-tier]');
			const group = button?.closest<HTMLElement>('[data-tier-index]');
			if (group === null || group === undefined || tiers === null) return;
			if (tierGroups(tiers).length <= 1) return;
			group.remove();
			syncTiers(tiers);
			this.compute(form, true);
			add?.focus();
		});
		return form;
	}

	say(text: string): void {
		sayStatus(this.root, text);
	}

	private schedule(form: HTMLFormElement): void {
		const now = performance.now();
		const typing = now - this.lastChange < TYPING_DEBOUNCE_MS;
		this.lastChange = now;
		this.view.editing?.();
		this.computing?.cancel();
		this.computing = undefined;
		clearTimeout(this.timer);
		this.timer = setTimeout(
			() => {
				// Every step in a task of its own: none waits for a frame, and a key typed between
				// them is handled first.
				this.computing = runInSlices(
					this.computeSteps(form, true),
					() => (this.computing = undefined),
					(error) => {
						this.computing = undefined;
						this.say(`The form could not be read (${String(error)}).`);
					},
					{ start: (fn) => fn(), sliceMs: 0 },
				);
			},
			typing ? TYPING_DEBOUNCE_MS : DEBOUNCE_MS,
		);
	}

	/** Appends a default tier under a new unique name; says so when at the limit. */
	private addTier(tiers: HTMLElement, template: HTMLElement): HTMLElement | undefined {
		const groups = tierGroups(tiers);
		if (groups.length >= MAX_TIERS) {
			this.say(`A workload has at most ${MAX_TIERS} tiers; remove one to add another.`);
			return undefined;
		}
		const group = template.cloneNode(true) as HTMLElement;
		tiers.append(group);
		syncTiers(tiers);
		const tier = newTier(uniqueTierName(groups.map(tierName)));
		writeFormElement(group, { tiers: { [groups.length]: tier } });
		syncTiers(tiers);
		return group;
	}

	/** Rebuilds the tier groups for a workload and writes every value into the form. */
	private fill(
		form: HTMLFormElement,
		tiers: HTMLElement,
		template: HTMLElement,
		workload: Workload,
	): void {
		tiers.replaceChildren(...workload.tiers.map(() => template.cloneNode(true) as HTMLElement));
		syncTiers(tiers);
		writeFormElement(form, workload);
		syncTiers(tiers);
	}

	/**
	 * Marks the page's figures as those of the last valid inputs, or as current again: the
	 * widget's `data-stale`, and a note above the plan summary, if the page has one. The note is
	 * written only here, so a page without a script hides nothing.
	 */
	private markStale(stale: boolean): void {
		if (this.root.hasAttribute('data-stale') === stale) return;
		this.root.toggleAttribute('data-stale', stale);
		const note = this.root.querySelector('[data-stale-note]');
		if (!stale) {
			note?.remove();
			return;
		}
		const summary = this.root.querySelector('[data-plan-summary]');
		if (note !== null || summary === null) return;
		const p = document.createElement('p');
		p.className = 'plan-summary-stale';
		p.dataset['staleNote'] = '';
		p.textContent = STALE_NOTE;
		summary.before(p);
	}

	/** Reads the form and shows its result now (on load, on a tier added or removed, on submit). */
	private compute(form: HTMLFormElement, writeUrl: boolean): void {
		this.computing?.cancel();
		this.computing = undefined;
		runSteps(this.computeSteps(form, writeUrl));
	}

	/**
	 * Reads the form and shows its result, a step at a time: the reading takes 30 to 50 ms on a
	 * 10-tier wizard at 4× CPU throttling, and a key typed meanwhile waited for all of it. A key
	 * cancels the steps still to come (its own read follows the debounce).
	 */
	private *computeSteps(form: HTMLFormElement, writeUrl: boolean): Generator<void, void> {
		const number = ++this.computed;
		const started = performance.now();
		const tiers = form.querySelector<HTMLElement>('[data-tiers]');
		if (tiers !== null) syncTiers(tiers);
		const read = yield* readFormSteps(
			form,
			parseJson<WorkloadInput>(this.root.dataset['base'], {} as WorkloadInput),
		);
		yield;
		showIssues(form, read.ok ? [] : read.issues);
		this.markStale(!read.ok);
		if (!read.ok) {
			// Make sure every message is visible, even in a collapsed group.
			for (const issue of read.issues) {
				const control = form.querySelector(`[name="${CSS.escape(issue.field)}"]`);
				const details = control?.closest('details');
				if (details !== null && details !== undefined) details.open = true;
			}
			this.say(notRecalculatedText(read.issues.length, this.view.noun));
			this.view.kept?.();
			return;
		}
		// The address bar always reproduces the result shown. Only the untouched reference
		// workload on a plain visit keeps the bare address. Edits made before this module
		// loaded count too: their input events fired before these listeners existed.
		// The link is written in the next frame's callback: Chromium brings style and layout up
		// to date inside replaceState, which there is work the frame does anyway, and in this
		// task was work a key typed meanwhile waited for (bench/report.md, "Interaction latency").
		const query = workloadToQuery(read.workload);
		if (this.view.link !== false && (writeUrl || query !== REFERENCE_QUERY))
			requestAnimationFrame(() => {
				if (number === this.computed && window.location.search !== `?${query}`)
					history.replaceState(null, '', `?${query}`);
			});
		const shown = this.view.show(read.workload, query);
		if (typeof shown === 'string') this.shown(shown, started);
		else
			void shown.then((summary) => {
				if (summary !== undefined && number === this.computed) this.shown(summary, started);
			});
	}

	/** The result of the last computation is wholly shown: said, and timed. */
	private shown(summary: string, started: number): void {
		this.say(summary);
		// One edit's work, from reading the form to the result in the page, as a User Timing
		// entry: the browser's performance panel shows it, and `npm run bench` reads it.
		performance.measure(EDIT_TIMINGS.edit, { start: started });
		// And until the next frame's style and layout are done: what the reader waits for, but
		// paint. Layout is forced inside the frame's own callback, where it would run anyway.
		requestAnimationFrame(() => {
			document.documentElement.getBoundingClientRect();
			performance.measure(EDIT_TIMINGS.frame, { start: started });
		});
	}
}
