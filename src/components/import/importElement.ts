/**
 * <dr-import>: reads the chosen file in the browser with FileReader (nothing is uploaded or
 * sent anywhere), then shows the tiers found, asks for unknown sizes and links to the wizard.
 * The model is loaded only once a file is chosen.
 */
import type { ImportChoices } from './importView.ts';
import { updateInPlace } from '../widgets/updateInPlace.ts';

class DrImport extends HTMLElement {
	private text: string | undefined;
	private answers: ImportChoices['answers'] = {};

	connectedCallback(): void {
		const form = this.querySelector('form');
		const output = this.querySelector<HTMLElement>('[data-output]');
		if (form === null || output === null) return;
		form.hidden = false;
		this.querySelector<HTMLElement>('[data-no-script]')?.setAttribute('hidden', '');
		const file = form.querySelector<HTMLInputElement>('input[type="file"]');
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			if (this.text !== undefined) void this.render(form, output);
		});
		file?.addEventListener('change', () => {
			const chosen = file.files?.[0];
			if (chosen === undefined) return;
			const reader = new FileReader();
			const name = this.querySelector<HTMLElement>('[data-file-name]');
			if (name !== null) name.textContent = `Chosen: ${chosen.name}`;
			reader.addEventListener('load', () => {
				this.text = typeof reader.result === 'string' ? reader.result : '';
				// Only once there is a file is there something to read again.
				form.querySelector<HTMLElement>('[data-reread]')?.removeAttribute('hidden');
				this.answers = {};
				void this.render(form, output);
			});
			reader.addEventListener('error', () => {
				output.textContent = `The file could not be read (${reader.error?.name ?? 'unknown error'}). Choose it again.`;
			});
			reader.readAsText(chosen);
		});
		form.addEventListener('change', (event) => {
			if (event.target !== file && this.text !== undefined) void this.render(form, output);
		});
		// What the reader types is kept as they type, so a redraw started by another answer shows it.
		output.addEventListener('input', (event) => {
			this.keepAnswer(event.target);
		});
		output.addEventListener('change', (event) => {
			const changed = this.keepAnswer(event.target);
			if (changed === undefined) return;
			void this.render(form, output).then(() => {
				// The reader moved on to another answer: the redraw kept that input as it was.
				const active = document.activeElement;
				if (active !== changed && active !== null && output.contains(active)) return;
				// Else keep their place: focus the next empty answer needed, else the link.
				const next =
					output.querySelector<HTMLInputElement>('input[data-needed][value=""]') ??
					output.querySelector<HTMLElement>('[data-open-wizard]');
				next?.focus();
			});
		});
	}

	/** Records an answer input's value; returns the input, or undefined for anything else. */
	private keepAnswer(target: EventTarget | null): HTMLInputElement | undefined {
		if (!(target instanceof HTMLInputElement)) return undefined;
		const size = target.dataset['size'];
		const field = target.dataset['field'];
		// The view reads and checks every field it wrote (importView.ts, readSizeAnswer).
		if (size === undefined || field === undefined) return undefined;
		this.answers = { ...this.answers, [size]: { ...this.answers[size], [field]: target.value } };
		return target;
	}

	private async render(form: HTMLFormElement, output: HTMLElement): Promise<void> {
		const { importView, importViewHtml } = await import('./importView.ts');
		const data = new FormData(form);
		const choices: ImportChoices = {
			grouping: data.get('grouping') === 'prefix' ? 'prefix' : 'tag',
			tagKey: form.querySelector<HTMLInputElement>('input[name="tag"]')?.value ?? '',
			answers: this.answers,
		};
		const view = importView(this.text ?? '', choices);
		// Updated in place, so the input the reader is in keeps its focus, caret and value.
		updateInPlace(output, importViewHtml(view, this.answers).value);
	}
}

if (!customElements.get('dr-import')) customElements.define('dr-import', DrImport);
