import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { updateInPlace, updateInPlaceSteps } from '~/components/widgets/updateInPlace.ts';

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

	it('leaves the content of an element named by keepChildren, taking its new attributes', () => {
		const { out } = page(
			'<p>RTO 60</p><div data-sensitivity><table><tr><td>old row</td></tr></table></div>',
		);
		const row = out.querySelector('td');
		updateInPlace(
			out,
			'<p>RTO 45</p><div data-sensitivity aria-busy="true"><p>Working…</p></div>',
			{
				keepChildren: '[data-sensitivity]',
			},
		);
		expect(out.querySelector('p')?.textContent).toBe('RTO 45');
		expect(out.querySelector('td')).toBe(row);
		expect(out.querySelector('[data-sensitivity]')?.getAttribute('aria-busy')).toBe('true');
	});

	it('fills an element named by keepChildren from the markup while it is empty', () => {
		const { out } = page('<div data-sensitivity></div>');
		updateInPlace(out, '<div data-sensitivity><p>Working…</p></div>', {
			keepChildren: '[data-sensitivity]',
		});
		expect(out.querySelector('[data-sensitivity] p')?.textContent).toBe('Working…');
	});

	it('keeps every element of a plan whose figures did not change, and only rewrites those that did', () => {
		const markup = (rto: string) =>
			`<section data-tier="web"><h4>web</h4><p data-rto-minutes="${rto}">RTO ${rto}</p></section><section data-tier="sql"><h4>sql</h4><p>RTO 90</p></section>`;
		const { out } = page(markup('60'));
		const before = [...out.querySelectorAll('*')];
		updateInPlace(out, markup('45'));
		expect([...out.querySelectorAll('*')]).toEqual(before);
		expect(out.querySelector('[data-rto-minutes]')?.getAttribute('data-rto-minutes')).toBe('45');
		expect(out.innerHTML).toBe(markup('45'));
	});
});

describe('updateInPlaceSteps', () => {
	it('updates one part between marks, a step at a time, leaving the other parts’ nodes alone', () => {
		const mark = '<!--part-->';
		const { out } = page(['<h3>A</h3><p>one</p>', '<p>two</p><p>2</p>', '<p>three</p>'].join(mark));
		const first = out.querySelector('h3');
		const marks = Array.from(out.childNodes).filter((n) => n.nodeType === 8);
		const have = [marks[0]?.nextSibling, marks[0]?.nextSibling?.nextSibling].filter(
			(n): n is ChildNode => n !== null && n !== undefined,
		);
		const steps = updateInPlaceSteps(
			out,
			'<p>two, new</p><ul><li>x</li></ul><p>more</p>',
			{},
			{
				have,
				end: marks[1] ?? null,
			},
		);
		let count = 0;
		while (steps.next().done !== true) count++;
		expect(count).toBeGreaterThan(2);
		expect(out.innerHTML).toBe(
			[
				'<h3>A</h3><p>one</p>',
				'<p>two, new</p><ul><li>x</li></ul><p>more</p>',
				'<p>three</p>',
			].join(mark),
		);
		expect(out.querySelector('h3')).toBe(first);
	});

	it('leaves an element equal to its new markup as it is, and ends as updateInPlace does', () => {
		const { out } = page('<section><p>same</p></section><p>old</p>');
		const same = out.querySelector('section p');
		const steps = updateInPlaceSteps(out, '<section><p>same</p></section><p>new</p>');
		while (steps.next().done !== true);
		expect(out.innerHTML).toBe('<section><p>same</p></section><p>new</p>');
		expect(out.querySelector('section p')).toBe(same);
	});
});
