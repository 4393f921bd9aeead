import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { html, SafeHtml } from '~/components/widgets/html.ts';

describe('html', () => {
	it('escapes interpolated text and attributes', () => {
		const name = '<img src=x onerror="alert(1)">';
		expect(html`<td title="${name}">${name}</td>`.value).toBe(
			'<td title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</td>',
		);
	});

	it('nests fragments and lists without double escaping', () => {
		const rows = ['a&b', 'c'].map((x) => html`<li>${x}</li>`);
		// prettier-ignore
		const list = html`<ul>${rows}</ul>`;
		expect(list.value).toBe('<ul><li>a&amp;b</li><li>c</li></ul>');
	});

	it('drops null, undefined and false', () => {
		expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
	});

	it('never lets a tag through from text', () => {
		fc.assert(fc.property(fc.string(), (s) => !/<[a-z!/]/i.test(html`${s}`.value)));
		expect(html`${new SafeHtml('<b>ok</b>')}`.value).toBe('<b>ok</b>');
	});
});
