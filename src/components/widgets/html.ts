/**
 * A tiny escaping HTML template, used to render results both at build time (Astro set:html)
 * and in the browser (custom elements), so the two can never differ. Every interpolated value
 * is escaped unless it is already SafeHtml made by this module: reader input can never become
 * markup or script.
 */
export class SafeHtml {
	readonly value: string;
	constructor(value: string) {
		this.value = value;
	}
	toString(): string {
		return this.value;
	}
}

export type HtmlValue =
	SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function render(value: HtmlValue): string {
	if (value instanceof SafeHtml) return value.value;
	if (value === null || value === undefined || value === false) return '';
	if (Array.isArray(value)) return value.map((v: HtmlValue) => render(v)).join('');
	return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
	let out = strings[0] ?? '';
	values.forEach((value, i) => {
		out += render(value) + (strings[i + 1] ?? '');
	});
	// Indentation before a value that renders empty leaves blank-but-indented lines; whitespace
	// at a line's end never shows outside <pre>, which these templates do not use.
	return new SafeHtml(out.replace(/[ \t]+(?=\n)/g, ''));
}
