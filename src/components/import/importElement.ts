/**
 * <dr-import>: reads the chosen file in the browser with FileReader (nothing is uploaded or
 * sent anywhere), then shows the tiers found, asks for unknown sizes and links to the wizard.
 * The model is loaded only once a file is chosen.
 */
import type { ImportChoices } from './importView.ts';

class DrImport extends HTMLElement {
	private text: string | undefined;
	private answers: Record<string, { vcpu: string; memoryGiB: string }> = {};

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
			reader.addEventListener('load', () => {
				this.text = typeof reader.result === 'string' ? reader.result : '';
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
		output.addEventListener('change', (event) => {
			const input = event.target as HTMLInputElement;
			const size = input.dataset['size'];
			const field = input.dataset['field'];
			if (size === undefined || (field !== 'vcpu' && field !== 'memoryGiB')) return;
			const current = this.answers[size] ?? { vcpu: '', memoryGiB: '' };
			this.answers[size] = { ...current, [field]: input.value };
			const focused = input.id;
			void this.render(form, output).then(() => {
				// Keep the reader's place: focus the next empty answer, else the link.
				const next =
					output.querySelector<HTMLInputElement>('input[data-size][value=""]') ??
					output.querySelector<HTMLElement>('[data-open-wizard]') ??
					output.querySelector<HTMLElement>(`#${CSS.escape(focused)}`);
				next?.focus();
			});
		});
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
		output.innerHTML = importViewHtml(view, this.answers).value;
	}
}

if (!customElements.get('dr-import')) customElements.define('dr-import', DrImport);
