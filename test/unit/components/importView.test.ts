import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { importView, importViewHtml, zonesText } from '~/components/import/importView.ts';
import { parseWorkload, workloadFromSearchParams } from '~/model/index.ts';

const sample = readFileSync(
	new URL('../../../examples/import/az-vm-list-sample.json', import.meta.url),
	'utf8',
);
const byTag = { grouping: 'tag' as const, tagKey: 'tier', answers: {} };

describe('the import page', () => {
	it('holds the wizard link back until every size is known, and says why', () => {
		const view = importView(sample, byTag);
		expect(view.wizardHref).toBeUndefined();
		expect(view.blocked).toContain('Standard_A2_v2');
		expect(view.questions.map((q) => q.vmSize)).toEqual(['Standard_A2_v2']);
		const shown = importViewHtml(view, {}).value;
		expect(shown).toContain('Standard_A2_v2: used by shop-jump-01');
	});

	it('links to the wizard with the imported tiers once the reader answers', () => {
		const view = importView(sample, {
			...byTag,
			answers: { Standard_A2_v2: { vcpu: '2', memoryGiB: '4' } },
		});
		expect(view.wizardHref).toMatch(/^\/wizard\/\?v=2&/);
		const query = new URLSearchParams(view.wizardHref?.split('?')[1]);
		const opened = workloadFromSearchParams(query);
		expect(opened.notices).toEqual([]);
		expect(opened.workload.tiers.map((t) => [t.name, t.vmCount, t.vcpu])).toEqual([
			['web', 3, 2],
			['api', 2, 4],
			['database', 1, 8],
			['ops', 1, 2],
		]);
		expect(parseWorkload(opened.workload).ok).toBe(true);
		expect(view.region).toBe('West Europe (westeurope)');
		// The link carries the imported region, so the wizard's plan names it.
		expect(opened.workload.sourceRegion).toBe('westeurope');
	});

	it('keeps an answered size on the page, with its answer, so the reader can correct it', () => {
		const answers = { Standard_A2_v2: { vcpu: '2', memoryGiB: '4' } };
		const view = importView(sample, { ...byTag, answers });
		expect(view.questions).toEqual([]);
		expect(view.asked).toEqual([{ vmSize: 'Standard_A2_v2', vms: ['shop-jump-01'] }]);
		const { document } = parseHTML(`<div>${importViewHtml(view, answers).value}</div>`);
		const value = (field: string) =>
			document
				.querySelector(`input[data-size="Standard_A2_v2"][data-field="${field}"]`)
				?.getAttribute('value');
		expect([value('vcpu'), value('memoryGiB')]).toEqual(['2', '4']);
		expect(document.querySelector('[data-open-wizard]')).not.toBeNull();
	});

	it('names the field and its range for an answer out of range', () => {
		const issues = (answer: Record<string, string>) =>
			importView(sample, { ...byTag, answers: { Standard_A2_v2: answer } }).answerIssues;
		expect(issues({ vcpu: '0', memoryGiB: '8' })).toEqual([
			expect.objectContaining({ vmSize: 'Standard_A2_v2', field: 'vcpu' }),
		]);
		expect(issues({ vcpu: '0', memoryGiB: '8' })[0]?.message).toContain('from 1 to');
		expect(issues({ vcpu: '2', memoryGiB: 'lots' })).toEqual([
			expect.objectContaining({ field: 'memoryGiB' }),
		]);
		expect(issues({ vcpu: '2', memoryGiB: '4', hourlyPriceUsd: '-1' })).toEqual([
			expect.objectContaining({ field: 'hourlyPriceUsd' }),
		]);
		const view = importView(sample, {
			...byTag,
			answers: { Standard_A2_v2: { vcpu: '2.5', memoryGiB: '8' } },
		});
		expect(view.wizardHref).toBeUndefined();
		expect(importViewHtml(view, {}).value).toContain('aria-invalid="true"');
	});

	it('waits for both vCPUs and memory, and takes an hourly price as the estate page does', () => {
		const half = importView(sample, { ...byTag, answers: { Standard_A2_v2: { vcpu: '2' } } });
		expect(half.answerIssues.map((i) => i.field)).toEqual(['memoryGiB']);
		expect(half.answerIssues[0]?.message).toContain('is needed');
		expect(half.wizardHref).toBeUndefined();
		const priced = importView(sample, {
			...byTag,
			answers: { Standard_A2_v2: { vcpu: '2', memoryGiB: '4', hourlyPriceUsd: '0.12' } },
		});
		const query = new URLSearchParams(priced.wizardHref?.split('?')[1]);
		const ops = workloadFromSearchParams(query).workload.tiers.find((t) => t.name === 'ops');
		expect(ops).toMatchObject({ vcpu: 2, memoryGiB: 4, hourlyPriceUsd: 0.12 });
		// The price field is optional: only the two needed fields are marked so.
		const { document } = parseHTML(`<div>${importViewHtml(half, {}).value}</div>`);
		expect(
			[...document.querySelectorAll('input[data-size]')].map((i) => [
				i.getAttribute('data-field'),
				i.hasAttribute('data-needed'),
			]),
		).toEqual([
			['vcpu', true],
			['memoryGiB', true],
			['hourlyPriceUsd', false],
		]);
	});

	it('shows what was expected for a file that is not az vm list output', () => {
		const view = importView('{"hello": 1}', byTag);
		expect(view.error).toContain('az vm list --output json');
		expect(importViewHtml(view, {}).value).toContain('role="alert"');
	});

	it('escapes names from the file', () => {
		const text = JSON.stringify([
			{
				name: '<img src=x onerror=alert(1)>-1',
				location: 'westeurope',
				hardwareProfile: { vmSize: 'Standard_D2s_v5' },
				tags: { tier: '<b>web</b>' },
			},
		]);
		const shown = importViewHtml(importView(text, byTag), {}).value;
		expect(shown).not.toContain('<b>web');
		expect(shown).toContain('&lt;b&gt;web');
	});
});

describe('zonesText', () => {
	it('says where a tier’s VMs sit, in words', () => {
		expect(zonesText({ zones: [], regionalVms: 2, vmCount: 2 })).toBe('none (regional)');
		expect(zonesText({ zones: ['1'], regionalVms: 0, vmCount: 1 })).toBe('1');
		expect(zonesText({ zones: ['1', '2', '3'], regionalVms: 0, vmCount: 3 })).toBe('1, 2 and 3');
		expect(zonesText({ zones: ['1', '2'], regionalVms: 1, vmCount: 3 })).toBe(
			'1 and 2; 1 VM in no zone',
		);
	});
});
