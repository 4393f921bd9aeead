/**
 * The wizard's browser half, loaded by <dr-wizard>. The shared form controller reads the link,
 * keeps tiers, status and URL in step; this view has each edit planned in a Web Worker
 * (wizardWorker.ts), writes the plan it sends a part at a time, highlights each tier's path
 * through the decision tree, and exports the plan as a Markdown runbook or as the model's JSON.
 *
 * Why a worker and parts: planned on the page, an edit of a 10-tier workload was one task of
 * 300 ms and more at 4× CPU throttling, and a key typed meanwhile waited for it
 * (bench/report.md, "Interaction latency"). Now no task after a keystroke is longer than one
 * part of the plan, and a newer edit drops every part still to come of the one before. While the
 * reader types, nothing of the plan is written: each part written costs the page a frame of
 * style, layout and paint, and a key typed then waited for it.
 */
import {
	parseWorkload,
	planBriefMarkdown,
	recommend,
	sensitivity,
	type Plan,
	type Workload,
} from '~/model/index.ts';
import { fileStem as slug } from '~/lib/anchorId.ts';
import { EDIT_TIMINGS } from '../widgets/editTimings.ts';
import { runInSlices, type SlicedRun } from '../widgets/runInSlices.ts';
import { sensitivityRowsHtml } from '../widgets/sensitivityView.ts';
import { escapeHtml } from '../widgets/html.ts';
import { PLAN_PART_MARK } from '../widgets/planView.ts';
import { writePlanSummary } from '../widgets/showPlanSummary.ts';
import { updateInPlaceSteps } from '../widgets/updateInPlace.ts';
import { storedPin, storePin } from './pinStore.ts';
import { download, printBrief } from './wizardExports.ts';
import { WorkloadFormController } from '../widgets/workloadFormController.ts';
import { highlightTree } from './treeHighlight.ts';
import type { TierPath } from './treePath.ts';
import type { WizardReply, WizardRequest } from './wizardMessages.ts';

/**
 * The most a task writing the plan runs before the page may handle a key and draw, in ms: with
 * the frame that follows, within what a keystroke may wait at 4× CPU throttling (bench/report.md,
 * "Interaction latency"), and few enough frames for the plan to be whole soon.
 */
const WRITE_SLICE_MS = 16;

/**
 * How long an invalid form stays as it is before the last valid plan, held back while the reader
 * typed, is written, in ms (with the form's 150 ms debounce, 650 ms after the last key).
 */
const HELD_PLAN_PAUSE_MS = 500;

/** The edit being planned or written: its number, and who waits for its status sentence. */
interface Edit {
	number: number;
	done: (sentence: string | undefined) => void;
}

type PlanReply = Extract<WizardReply, { kind: 'plan' }>;

export class WizardController {
	private readonly root: HTMLElement;
	private readonly worker: Worker;
	/** The workload of the last edit; its plan is the one shown, or about to be. */
	private workload: Workload | undefined;
	/** That workload's plan, worked out on the page only when an export asks for it. */
	private planned: { workload: Workload; plan: Plan } | undefined;
	private pinned: Workload | undefined = storedPin();
	private edit: Edit | undefined;
	private edits = 0;
	/** When the last edit was sent: the sensitivity's User Timing entry starts there. */
	private started = 0;
	/** The plan being written, a part at a time. */
	private writing: SlicedRun | undefined;
	/** The sensitivity rows: for which edit they are shown, or waiting for the plan's parts. */
	private sensitivityShown = 0;
	/** The markup of each part of the plan as last written here (unknown for the build's). */
	private shownParts: string[] = [];
	private sensitivityWaiting: string | undefined;
	/**
	 * While the reader types (from a keystroke until the form is read again), the plan is not
	 * written: it is already out of date, and writing it would put the page's style, layout and
	 * paint between the reader's keys. What arrives, or was being written, waits here; the next
	 * edit replaces it, or, when the form turns out not to be valid, it is written after all.
	 */
	private held = false;
	private heldPlan: PlanReply | undefined;
	/** The plan reply being written, to be held if the reader types meanwhile. */
	private writingPlan: PlanReply | undefined;
	private releaseTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(root: HTMLElement) {
		this.root = root;
		this.worker = new Worker(new URL('./wizardWorker.ts', import.meta.url), { type: 'module' });
	}

	start(): void {
		const form = new WorkloadFormController(this.root, {
			noun: 'plan',
			show: (workload, query) => this.show(workload, query),
			editing: () => this.hold(),
			kept: () => this.release(),
		});
		this.worker.addEventListener('message', (event: MessageEvent<WizardReply>) =>
			this.receive(event.data),
		);
		this.worker.addEventListener('error', (event) => {
			this.edit?.done(`The planner could not start in this browser (${event.message}).`);
			this.edit = undefined;
		});
		if (form.start() === undefined) return;
		this.root.querySelector<HTMLElement>('[data-export]')?.removeAttribute('hidden');
		this.root.querySelector('[data-download="markdown"]')?.addEventListener('click', () => {
			const plan = this.shownPlan();
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
			const plan = this.shownPlan();
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
			const plan = this.shownPlan();
			if (plan !== undefined)
				download(
					`dr-plan-${slug(plan.workload.name)}.json`,
					'application/json',
					`${JSON.stringify(plan, null, 2)}\n`,
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
		// A printed plan is complete: its parts still to write are written, and the sensitivity
		// still being worked out in the worker is worked out here.
		window.addEventListener('beforeprint', () => this.completeForPrint());
		this.root.querySelector('[data-pin]')?.addEventListener('click', () => {
			const workload = this.workload;
			if (workload === undefined) return;
			this.pinned = workload;
			storePin(workload);
			this.post({ kind: 'pinned', edit: this.edits, workload, pinned: workload });
			form.say('Plan pinned. Edit your answers to see what changes; Unpin to stop comparing.');
		});
		this.root.querySelector('[data-pinned]')?.addEventListener('click', (event) => {
			if ((event.target as Element).closest('[data-unpin]') === null) return;
			this.pinned = undefined;
			storePin(undefined);
			this.showPinned(undefined);
			this.root.querySelector<HTMLElement>('[data-pin]')?.focus();
			form.say('Unpinned.');
		});
	}

	private post(request: WizardRequest): void {
		this.worker.postMessage(request);
	}

	/**
	 * The plan on the page: that of the last edit, or, before any edit, the build's own. Worked
	 * out here, once per edit, only for an export: the page shows what the worker wrote.
	 */
	private shownPlan(): Plan | undefined {
		const workload = this.workload;
		if (workload !== undefined) {
			if (this.planned?.workload !== workload)
				this.planned = { workload, plan: recommend(workload) };
			return this.planned.plan;
		}
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
	private showPinned(markup: string | undefined): void {
		const section = this.root.querySelector<HTMLElement>('[data-pinned]');
		if (section === null) return;
		if (this.pinned === undefined || markup === undefined) {
			section.hidden = true;
			section.replaceChildren();
			return;
		}
		section.innerHTML = markup;
		section.hidden = false;
	}

	/**
	 * Sends the edit to the worker; the promise gives the status sentence once its plan is
	 * wholly shown, or nothing when a newer edit came first.
	 */
	private show(workload: Workload, query: string): Promise<string | undefined> {
		this.edit?.done(undefined);
		this.writing?.cancel();
		this.writing = undefined;
		this.writingPlan = undefined;
		clearTimeout(this.releaseTimer);
		this.held = false;
		this.heldPlan = undefined;
		this.sensitivityWaiting = undefined;
		this.workload = workload;
		const compare = this.root.querySelector<HTMLAnchorElement>('[data-compare-link]');
		if (compare !== null) compare.href = `/compare/?${query}`;
		const number = ++this.edits;
		this.started = performance.now();
		return new Promise((done) => {
			this.edit = { number, done };
			this.post({ kind: 'plan', edit: number, workload, pinned: this.pinned });
		});
	}

	/** A reply from the worker: written if it answers the last edit, dropped otherwise. */
	private receive(reply: WizardReply): void {
		const edit = this.edit;
		if (reply.edit !== this.edits) return;
		switch (reply.kind) {
			case 'plan':
				if (edit === undefined || edit.number !== reply.edit) return;
				if (this.held) this.heldPlan = reply;
				else this.write(reply, edit);
				return;
			case 'sensitivity':
				if (this.writing !== undefined || edit !== undefined || this.held)
					this.sensitivityWaiting = reply.html;
				else this.writeSensitivity(reply.html);
				return;
			case 'pinned':
				if (this.pinned !== undefined) this.showPinned(reply.html);
				return;
			case 'error':
				this.edit = undefined;
				edit?.done(reply.message);
				return;
		}
	}

	/** Writes an edit's plan: the first part in this task, the rest in later ones. */
	private write(reply: PlanReply, edit: Edit): void {
		this.writingPlan = reply;
		this.writing = runInSlices(
			this.writeSteps(reply),
			() => {
				this.writing = undefined;
				this.writingPlan = undefined;
				if (this.sensitivityWaiting !== undefined) this.writeSensitivity(this.sensitivityWaiting);
				this.edit = undefined;
				edit.done(`Plan updated. ${reply.headline}`);
			},
			(error) => {
				this.writing = undefined;
				this.writingPlan = undefined;
				this.edit = undefined;
				edit.done(`The plan could not be shown (${String(error)}).`);
			},
			{ start: (fn) => fn(), sliceMs: WRITE_SLICE_MS },
		);
	}

	/**
	 * A key typed: the plan being written stops where it is (its parts compare equal when it is
	 * taken up again, so none is written twice), and replies wait until the form is read.
	 */
	private hold(): void {
		clearTimeout(this.releaseTimer);
		if (!this.held) this.post({ kind: 'pause' });
		this.held = true;
		if (this.writing === undefined) return;
		this.writing.cancel();
		this.writing = undefined;
		this.heldPlan = this.writingPlan;
		this.writingPlan = undefined;
	}

	/**
	 * The form was read and is not valid (a reader typing "2538" VMs passes "253"… on the way): the
	 * last valid plan, held back, is written after all, once the form has stayed as it is a while
	 * longer, since a reader in the middle of a figure is likely to type on.
	 */
	private release(): void {
		clearTimeout(this.releaseTimer);
		this.releaseTimer = setTimeout(() => this.writeHeld(), HELD_PLAN_PAUSE_MS);
	}

	private writeHeld(): void {
		clearTimeout(this.releaseTimer);
		if (this.held) this.post({ kind: 'resume' });
		this.held = false;
		const reply = this.heldPlan;
		this.heldPlan = undefined;
		const edit = this.edit;
		if (reply !== undefined && edit !== undefined && edit.number === reply.edit)
			this.write(reply, edit);
		else if (this.sensitivityWaiting !== undefined && edit === undefined)
			this.writeSensitivity(this.sensitivityWaiting);
	}

	/**
	 * Writes an edit's plan a part at a time: the plan (each part that changed: a tier, the
	 * timeline, the cost table…), then the summary, the changes since the pinned plan and the
	 * tree's paths. A newer edit cancels the rest.
	 */
	private *writeSteps(reply: Extract<WizardReply, { kind: 'plan' }>): Generator<void, void> {
		const target = this.root.querySelector<HTMLElement>('[data-plan]');
		if (target !== null) yield* this.planSteps(target, reply.planStatus, reply.planParts);
		yield;
		writePlanSummary(this.root, reply.summaryHtml);
		yield;
		this.showPinned(reply.pinnedHtml);
		yield;
		this.highlight(reply.paths);
	}

	/**
	 * Brings the plan on the page up to date a part at a time (a tier, the timeline, the cost
	 * table…: planParts), parsing and comparing only the parts whose markup changed since they
	 * were written. The whole plan is rewritten, still in steps, when its parts on the page are
	 * not those of the reply (a tier added or removed).
	 */
	private *planSteps(
		target: HTMLElement,
		status: string,
		parts: readonly string[],
	): Generator<void, void> {
		// The last sensitivity rows stay, dimmed and busy, until the new ones are ready: the
		// section neither empties nor changes height on each edit.
		const keepChildren = '[data-sensitivity]';
		const plan = target.firstElementChild;
		const marks =
			plan === null
				? []
				: Array.from(plan.childNodes).filter(
						(node) => node.nodeType === 8 && `<!--${node.nodeValue ?? ''}-->` === PLAN_PART_MARK,
					);
		if (plan === null || marks.length !== parts.length - 1) {
			this.shownParts = [];
			yield* updateInPlaceSteps(
				target,
				`<div class="plan" data-plan-status="${escapeHtml(status)}">${parts.join(PLAN_PART_MARK)}</div>`,
				{ keepChildren },
			);
			this.shownParts = [...parts];
			return;
		}
		if (plan.getAttribute('data-plan-status') !== status)
			plan.setAttribute('data-plan-status', status);
		plan.querySelector(keepChildren)?.setAttribute('aria-busy', 'true');
		for (const [index, part] of parts.entries()) {
			if (this.shownParts[index] === part) continue;
			const end = marks[index] ?? null;
			const have: Node[] = [];
			for (
				let node = index === 0 ? plan.firstChild : (marks[index - 1]?.nextSibling ?? null);
				node !== null && node !== end;
				node = node.nextSibling
			)
				have.push(node);
			yield* updateInPlaceSteps(plan, part, { keepChildren }, { have, end });
			this.shownParts[index] = part;
			yield;
		}
	}

	/** The "what moves this plan" rows, once the plan they belong to is shown. */
	private writeSensitivity(markup: string): void {
		this.sensitivityWaiting = undefined;
		this.sensitivityShown = this.edits;
		const section = this.root.querySelector<HTMLElement>('[data-plan] [data-sensitivity]');
		if (section === null) return;
		section.innerHTML = markup;
		section.removeAttribute('aria-busy');
		performance.measure(EDIT_TIMINGS.sensitivity, { start: this.started });
	}

	/** Before printing: the plan's parts written, and its sensitivity worked out here if need be. */
	private completeForPrint(): void {
		if (this.held) this.writeHeld();
		this.writing?.finish();
		if (this.sensitivityShown === this.edits || this.edits === 0) return;
		const plan = this.shownPlan();
		if (plan !== undefined)
			this.writeSensitivity(sensitivityRowsHtml(sensitivity(plan.workload, plan), 'plan').value);
	}

	private highlight(paths: readonly TierPath[]): void {
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
