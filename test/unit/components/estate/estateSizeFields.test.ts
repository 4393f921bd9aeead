/**
 * The estate page's fourth step: fields for each size the table does not know, written by the
 * worker with what was typed, read back by the page, and each bad value's message shown beside
 * its field (aria-invalid, aria-describedby), as the reader would see it.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { answersFromTexts, sizeQuestionsHtml } from '~/components/estate/estateSizeFields.ts';
import {
	readSizeTexts,
	shownSizes,
	showSizeIssues,
	typedFor,
} from '~/components/estate/estateSizeDom.ts';
import type { EstateSizeQuestion } from '~/model/engine/estate/index.ts';

const questions: EstateSizeQuestion[] = [
	{ vmSize: 'Standard_DC4as_v5', vms: ['a-1', 'a-2', 'b-1', 'b-2'], workloads: ['a', 'b'] },
	{
		vmSize: 'Standard_X9',
		vms: ['c-1'],
		workloads: ['c'],
		answer: { vcpu: 2, memoryGiB: 8 },
	},
];

function box(typed = {}) {
	const { document } = parseHTML(
		`<!doctype html><html><body><div id="b">${sizeQuestionsHtml(questions, typed).value}</div></body></html>`,
	);
	return document.getElementById('b')!;
}

describe('the size fields', () => {
	it('ask each size’s vCPUs, memory and optional price, labelled, holding what was typed', () => {
		const b = box({ standard_dc4as_v5: { vcpu: '4' } });
		expect(shownSizes(b)).toEqual(['Standard_DC4as_v5', 'Standard_X9']);
		const first = b.querySelector('[data-size-question="Standard_DC4as_v5"]')!;
		expect(first.getAttribute('data-answered')).toBe('no');
		expect(first.querySelector('legend')?.textContent.replace(/\s+/g, ' ')).toContain(
			'Standard_DC4as_v5: 4 VMs (a-1, a-2, b-1 and 1 more) in workloads a, b',
		);
		const labels = [...first.querySelectorAll('label')].map((l) => l.textContent);
		expect(labels).toEqual(['vCPUs', 'Memory (GiB)', 'Hourly price per VM (US$, optional)']);
		for (const label of first.querySelectorAll('label'))
			expect(b.querySelector(`#${label.getAttribute('for') ?? ''}`)?.tagName).toBe('INPUT');
		expect(
			b.querySelector('[data-size-question="Standard_X9"]')?.getAttribute('data-answered'),
		).toBe('yes');
		expect(readSizeTexts(b)['Standard_DC4as_v5']).toEqual({
			vcpu: '4',
			memoryGiB: '',
			hourlyPriceUsd: '',
		});
		expect(typedFor({ standard_dc4as_v5: { vcpu: '4' } }, 'Standard_DC4AS_V5')).toEqual({
			vcpu: '4',
		});
	});

	it('turn what was typed into answers and messages, shown beside the fields they are about', () => {
		const b = box();
		const set = (size: string, field: string, value: string) => {
			const input = b.querySelector<HTMLInputElement>(
				`[data-size-question="${size}"] input[data-size-field="${field}"]`,
			)!;
			input.value = value;
		};
		set('Standard_DC4as_v5', 'vcpu', '0');
		set('Standard_DC4as_v5', 'memoryGiB', '16');
		set('Standard_X9', 'vcpu', '2');
		set('Standard_X9', 'memoryGiB', '8');
		set('Standard_X9', 'hourlyPriceUsd', '0.2');
		const { sizes, issues } = answersFromTexts(readSizeTexts(b));
		expect(sizes).toEqual({ Standard_X9: { vcpu: 2, memoryGiB: 8, hourlyPriceUsd: 0.2 } });
		expect(issues.map((i) => [i.vmSize, i.field])).toEqual([['Standard_DC4as_v5', 'vcpu']]);
		showSizeIssues(b, issues);
		const vcpu = b.querySelector(
			'[data-size-question="Standard_DC4as_v5"] input[data-size-field="vcpu"]',
		)!;
		expect(vcpu.getAttribute('aria-invalid')).toBe('true');
		const said = b.querySelector(`#${vcpu.getAttribute('aria-describedby') ?? ''}`);
		expect(said?.textContent).toMatch(
			/^vCPUs of Standard_DC4as_v5 \(vcpu\) must be a whole number from 1 to/,
		);
		expect(said?.hasAttribute('hidden')).toBe(false);
		const memory = b.querySelector(
			'[data-size-question="Standard_DC4as_v5"] input[data-size-field="memoryGiB"]',
		)!;
		expect(memory.hasAttribute('aria-invalid')).toBe(false);
		// Fixed: the message goes.
		showSizeIssues(b, []);
		expect(vcpu.hasAttribute('aria-invalid')).toBe(false);
		expect(said?.hasAttribute('hidden')).toBe(true);
	});

	it('escape a size name as text', () => {
		const { document } = parseHTML(
			`<!doctype html><html><body>${sizeQuestionsHtml([{ vmSize: '<img src=x>', vms: ['v'], workloads: ['w'] }], {}).value}</body></html>`,
		);
		expect(document.querySelector('img')).toBeNull();
		expect(document.querySelector('legend')?.textContent).toContain('<img src=x>');
	});
});
