/**
 * <dr-estate>: the estate page's form. A chosen file is handed to a Web Worker (estateWorker.ts)
 * unread: the worker reads and plans it, so the page never holds a large export's text, and a
 * second file chosen while the first is still being read simply ends that worker. The worker
 * reports progress after each workload; the report it writes replaces the example's. A new file, pasted text or new tags end the running
 * worker and start another, so an old run never overwrites a newer one and the page never waits
 * on a plan. Nothing is uploaded: the worker fetches nothing, and the page's CSP allows it no other
 * origin (connect-src 'self'). A worker's policy comes from its script's response, not from the
 * page's <meta>: the host sends one with every /_astro/ script (public/staticwebapp.config.json,
 * default-src 'self'), and a browser test checks that the worker can reach no other origin. Without JavaScript the form stays hidden and the build-time report of the example
 * estate is what the page shows.
 */
import type { EstateReply, EstateRequest } from './estateMessages.ts';
import {
	markAnswered,
	readSizeTexts,
	shownSizes,
	showSizeIssues,
	type SizeTexts,
} from './estateSizeDom.ts';

type Export = 'markdown' | 'csv' | 'json';
const EXPORT_FILES: Record<Export, { name: string; type: string }> = {
	markdown: { name: 'estate-report.md', type: 'text/markdown' },
	csv: { name: 'estate-report.csv', type: 'text/csv' },
	json: { name: 'estate-report.json', type: 'application/json' },
};

/** A text field's value from FormData (a file input's value is not text). */
const text = (value: FormDataEntryValue | null): string => (typeof value === 'string' ? value : '');

function download(text: string, name: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

class DrEstate extends HTMLElement {
	private worker: Worker | undefined;
	private run = 0;
	/** What the next run plans: the chosen file, or the pasted text. */
	private input: File | string | undefined;
	private source = '';
	private exports: Record<Export, string> | undefined;
	/** What was typed for sizes the table does not know, kept across runs and files. */
	private sizeTexts: SizeTexts = {};

	connectedCallback(): void {
		const form = this.querySelector('form');
		if (form === null) return;
		form.hidden = false;
		for (const el of this.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
		this.querySelector<HTMLElement>('[data-no-script]')?.setAttribute('hidden', '');
		const file = form.querySelector<HTMLInputElement>('input[type="file"]');
		file?.addEventListener('change', () => {
			const chosen = file.files?.[0];
			if (chosen !== undefined) this.readFile(chosen);
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const pasted = form.querySelector<HTMLTextAreaElement>('textarea')?.value ?? '';
			if (pasted.trim() !== '') {
				this.input = pasted;
				this.source = 'the pasted text';
			}
			if (this.input !== undefined) this.plan(form);
			else this.say('Choose a file or paste an export first.');
		});
		form.addEventListener('change', (event) => {
			const target = event.target as Element;
			if (target === file || target.tagName === 'TEXTAREA') return;
			if (this.input !== undefined) this.plan(form);
		});
		this.querySelector('[data-exports]')?.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLElement>('[data-export]');
			const kind = button?.dataset['export'] as Export | undefined;
			if (kind === undefined || this.exports === undefined) return;
			download(this.exports[kind], EXPORT_FILES[kind].name, EXPORT_FILES[kind].type);
		});
		this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
		this.querySelector('[data-copy-query]')?.addEventListener('click', () => {
			const query = this.querySelector('[data-query]')?.textContent ?? '';
			const said = this.querySelector<HTMLElement>('[data-copy-status]');
			navigator.clipboard.writeText(query).then(
				() => {
					if (said !== null) said.textContent = 'Query copied.';
				},
				() => {
					if (said !== null)
						said.textContent = 'The browser refused the clipboard: select the query and copy it.';
				},
			);
		});
	}

	private readFile(chosen: File): void {
		const form = this.querySelector('form');
		this.input = chosen;
		this.source = chosen.name;
		if (form !== null) this.plan(form);
	}

	private say(text: string): void {
		const status = this.querySelector('[data-estate-status]');
		if (status !== null) status.textContent = text;
	}

	private progress(done: number, total: number): void {
		const bar = this.querySelector<HTMLProgressElement>('[data-progress]');
		if (bar === null) return;
		bar.hidden = total === 0;
		bar.max = Math.max(total, 1);
		bar.value = done;
	}

	/**
	 * The fourth step: fields for the sizes the report asks about. They are replaced only when the
	 * sizes change, so a field the reader is in keeps its focus while the plan re-runs.
	 */
	private showSizes(reply: Extract<EstateReply, { kind: 'done' }>): void {
		const step = this.querySelector<HTMLElement>('[data-size-step]');
		const box = this.querySelector<HTMLElement>('[data-size-questions]');
		if (step === null || box === null) return;
		if (shownSizes(box).join('\n') !== reply.sizes.join('\n')) box.innerHTML = reply.sizesHtml;
		step.hidden = reply.sizes.length === 0;
		showSizeIssues(box, reply.sizeIssues);
		markAnswered(box, reply.answeredSizes);
	}

	/** Ends the running plan, if any, and plans the current text with the form's grouping. */
	private plan(form: HTMLFormElement): void {
		const cancelled = this.worker !== undefined;
		this.worker?.terminate();
		const run = ++this.run;
		const data = new FormData(form);
		const sizeBox = this.querySelector<HTMLElement>('[data-size-questions]');
		if (sizeBox !== null) this.sizeTexts = { ...this.sizeTexts, ...readSizeTexts(sizeBox) };
		const request: EstateRequest = {
			run,
			source: this.input ?? '',
			workloadTag: text(data.get('workloadTag')),
			tierTag: text(data.get('tierTag')),
			tierBy: data.get('tierBy') === 'prefix' ? 'prefix' : 'tag',
			sizeTexts: this.sizeTexts,
		};
		const worker = new Worker(new URL('./estateWorker.ts', import.meta.url), { type: 'module' });
		this.worker = worker;
		this.setAttribute('data-running', String(run));
		this.progress(0, 0);
		this.say(
			`${cancelled ? 'The previous run was cancelled. ' : ''}Reading and planning ${this.source}…`,
		);
		worker.addEventListener('message', (event: MessageEvent<EstateReply>) => {
			const reply = event.data;
			if (reply.run !== this.run) return;
			if (reply.kind === 'progress') {
				this.progress(reply.done, reply.total);
				this.say(`Planned ${reply.done} of ${reply.total} workloads (last: ${reply.workload})…`);
				return;
			}
			worker.terminate();
			this.worker = undefined;
			this.removeAttribute('data-running');
			this.progress(0, 0);
			if (reply.kind === 'error') {
				this.setAttribute('data-error', '');
				this.say(`${this.source}: ${reply.message}`);
				return;
			}
			this.removeAttribute('data-error');
			const output = this.querySelector<HTMLElement>('[data-output]');
			if (output !== null) {
				output.innerHTML = reply.html;
				output.dataset['source'] = this.source;
			}
			this.exports = { markdown: reply.markdown, csv: reply.csv, json: reply.json };
			this.showSizes(reply);
			this.querySelector<HTMLElement>('[data-exports]')?.removeAttribute('hidden');
			this.querySelector<HTMLElement>('[data-example-note]')?.setAttribute('hidden', '');
			this.say(
				`The report below is for ${this.source}: ${reply.planned} of ${reply.workloads} workloads planned${reply.problems > 0 ? `, ${reply.problems} problem${reply.problems === 1 ? '' : 's'} listed at the end` : ''}${reply.unansweredSizes > 0 ? `; ${reply.unansweredSizes} VM size${reply.unansweredSizes === 1 ? '' : 's'} the table does not know to answer in step 4` : ''}.`,
			);
		});
		worker.addEventListener('error', (event) => {
			if (run !== this.run) return;
			this.worker = undefined;
			this.removeAttribute('data-running');
			this.setAttribute('data-error', '');
			this.say(`The planner could not start in this browser (${event.message}).`);
		});
		worker.postMessage(request);
	}
}

if (!customElements.get('dr-estate')) customElements.define('dr-estate', DrEstate);
