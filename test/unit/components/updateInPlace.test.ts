import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { updateInPlace } from '~/components/widgets/updateInPlace.ts';

const page = (body: string) => {
	const { document } = parseHTML(
		`<!doctype html><html><body><div id="out">${body}</div></body></html>`,
	);
	const out = document.getElementById('out');
	if (out === null) throw new Error('no #out');
	return { document, out };
};

describe('updateInPlace', () => {
	it('ends with exactly the new markup', () => {
		const { out } = page('<p>old <b>text</b></p><ul><li>a</li><li>b</li><li>c</li></ul>');
		const markup = '<p class="x">new <i>text</i></p><ul><li>a</li></ul><a href="/w/">Open</a>';
		updateInPlace(out, markup);
		expect(out.innerHTML).toBe(markup);
	});

	it('keeps an input that stays, with its typed value, while the messages around it change', () => {
		const { out } = page(
			'<p><label for="a">vCPUs</label><input id="a" value=""></p><p id="msg">Answer both</p>',
		);
		const input = out.querySelector('#a') as HTMLInputElement;
		input.value = '8';
		updateInPlace(
			out,
			'<p><label for="a">vCPUs</label><input id="a" value="8" aria-invalid="true"></p><p id="msg">Too many</p><a data-open>Open</a>',
		);
		expect(out.querySelector('#a')).toBe(input);
		expect(input.value).toBe('8');
		expect(input.getAttribute('aria-invalid')).toBe('true');
		expect(out.querySelector('#msg')?.textContent).toBe('Too many');
		expect(out.querySelector('[data-open]')).not.toBeNull();
	});

	it('sets an input to the value the markup gives when they differ, and drops removed attributes', () => {
		const { out } = page('<input id="a" value="" aria-invalid="true">');
		const input = out.querySelector('#a') as HTMLInputElement;
		input.value = 'stale';
		updateInPlace(out, '<input id="a" value="">');
		expect(out.querySelector('#a')).toBe(input);
		expect(input.value).toBe('');
		expect(input.hasAttribute('aria-invalid')).toBe(false);
	});

	it('replaces an element whose id or tag differs rather than reusing it', () => {
		const { out } = page('<input id="a" value="1"><span>x</span>');
		const before = out.querySelector('#a');
		updateInPlace(out, '<input id="b" value="1"><em>x</em>');
		expect(out.querySelector('#a')).toBeNull();
		expect(out.querySelector('#b')).not.toBe(before);
		expect(out.innerHTML).toBe('<input id="b" value="1"><em>x</em>');
	});
});
