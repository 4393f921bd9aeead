/**
 * A size the model's table does not know (issue 23 point 1: asked, never guessed): the reader's
 * answer, vCPUs and memory with an optional hourly price per VM, plans the workloads that use it,
 * and the wizard link of such a workload opens the same figures. Each bad value is a message
 * naming the field and its accepted range. The report lists every such size, answered or not,
 * for the page to ask about.
 */
import { describe, expect, it } from 'vitest';
import { planEstate, readVmExport } from '~/model/engine/estate/index.ts';
import { readSizeAnswer, type AzVm } from '~/model/schema/import/index.ts';
import { parseSize } from '~/cli/runImport.ts';
import { recommend, workloadFromSearchParams } from '~/model/index.ts';
import { syntheticVm } from '../../../support/syntheticEstate.ts';

function vmsOf(list: unknown[]): AzVm[] {
	const read = readVmExport(JSON.stringify(list));
	if (!read.ok) throw new Error(read.error);
	return read.vms;
}

const ODD = 'Standard_DC4as_v5';
const vms = vmsOf([
	syntheticVm('conf-db-1', { workload: 'conf', tier: 'db', size: ODD, dataDisks: [256] }),
	syntheticVm('conf-db-2', { workload: 'conf', tier: 'db', size: ODD, dataDisks: [256] }),
	syntheticVm('conf-web-1', { workload: 'conf', tier: 'web' }),
	syntheticVm('mixed-app-1', { workload: 'mixed', tier: 'app', size: ODD }),
	syntheticVm('mixed-app-2', { workload: 'mixed', tier: 'app' }),
	syntheticVm('fine-1', { workload: 'fine' }),
]);
const conf = (r: ReturnType<typeof planEstate>) => r.workloads.find((w) => w.name === 'conf')!;

describe('a size the table does not know, in the estate report', () => {
	it('is listed once with its VMs and workloads, unanswered, and its workloads wait', () => {
		const r = planEstate(vms);
		expect(r.sizeQuestions).toEqual([
			{ vmSize: ODD, vms: ['conf-db-1', 'conf-db-2', 'mixed-app-1'], workloads: ['conf', 'mixed'] },
		]);
		expect(conf(r)).toMatchObject({ planned: false });
		expect(conf(r).wizardHref).toBeUndefined();
		expect(r.workloads.find((w) => w.name === 'fine')?.planned).toBe(true);
	});

	it('answered with vCPUs and memory: planned at the family rate, and its link opens the same figures', () => {
		const r = planEstate(vms, { sizes: { [ODD.toLowerCase()]: { vcpu: 4, memoryGiB: 16 } } });
		expect(r.sizeQuestions[0]?.answer).toEqual({ vcpu: 4, memoryGiB: 16 });
		const w = conf(r);
		expect(w.planned).toBe(true);
		expect(w.notices.join(' ')).toContain(`${ODD}: 4 vCPUs, 16 GiB, priced at the family rate`);
		const db = w.input?.tiers.find((t) => t.name === 'db');
		expect(db).toMatchObject({ vcpu: 4, memoryGiB: 16 });
		expect(db?.vmSize).toBeUndefined();
		expect(db?.hourlyPriceUsd).toBeUndefined();
		const back = workloadFromSearchParams(new URLSearchParams(w.wizardHref?.split('?')[1] ?? ''));
		expect(back.notices).toEqual([]);
		const plan = recommend(back.workload);
		expect(plan.cost.monthlyUsd).toBe(w.monthlyUsd);
		expect(plan.tiers.map((t) => t.recommended.patternId)).toEqual(w.tiers.map((t) => t.patternId));
	});

	it('answered with a price too: the tier of that size alone is priced at it, the mixed tier says why not', () => {
		const r = planEstate(vms, {
			sizes: { [ODD]: { vcpu: 4, memoryGiB: 16, hourlyPriceUsd: 0.9 } },
		});
		const w = conf(r);
		expect(w.input?.tiers.find((t) => t.name === 'db')?.hourlyPriceUsd).toBe(0.9);
		const back = workloadFromSearchParams(new URLSearchParams(w.wizardHref?.split('?')[1] ?? ''));
		expect(back.workload.tiers.find((t) => t.name === 'db')?.hourlyPriceUsd).toBe(0.9);
		expect(recommend(back.workload).cost.monthlyUsd).toBe(w.monthlyUsd);
		const cheaper = conf(
			planEstate(vms, { sizes: { [ODD]: { vcpu: 4, memoryGiB: 16, hourlyPriceUsd: 0.01 } } }),
		);
		expect(cheaper.monthlyUsd).not.toBe(w.monthlyUsd);
		const mixed = r.workloads.find((x) => x.name === 'mixed')!;
		expect(mixed.planned).toBe(true);
		expect(mixed.input?.tiers[0]?.hourlyPriceUsd).toBeUndefined();
		expect(mixed.notices.join(' ')).toMatch(
			/Tier app mixes Standard_DC4as_v5 with sizes that have no price of yours: the hourly price you gave is not used/,
		);
	});

	it('an answer out of range is not used: the size stays a question', () => {
		const r = planEstate(vms, { sizes: { [ODD]: { vcpu: 0, memoryGiB: 16 } } });
		expect(r.sizeQuestions[0]?.answer).toBeUndefined();
		expect(conf(r).planned).toBe(false);
	});
});

describe('readSizeAnswer', () => {
	it('reads vCPUs and memory, with an optional price', () => {
		expect(readSizeAnswer(ODD, { vcpu: '4', memoryGiB: '32' })).toEqual({
			kind: 'answer',
			answer: { vcpu: 4, memoryGiB: 32 },
		});
		expect(readSizeAnswer(ODD, { vcpu: ' 4 ', memoryGiB: '32', hourlyPriceUsd: '0.25' })).toEqual({
			kind: 'answer',
			answer: { vcpu: 4, memoryGiB: 32, hourlyPriceUsd: 0.25 },
		});
		expect(readSizeAnswer(ODD, { vcpu: '', memoryGiB: '', hourlyPriceUsd: '' })).toEqual({
			kind: 'empty',
		});
	});

	it('names the field and its range for each value it cannot use, never NaN', () => {
		const read = readSizeAnswer(ODD, { vcpu: '2.5', memoryGiB: 'lots', hourlyPriceUsd: '-1' });
		expect(read.kind).toBe('invalid');
		const errors = read.kind === 'invalid' ? read.errors : [];
		expect(errors.map((e) => e.field)).toEqual(['vcpu', 'memoryGiB', 'hourlyPriceUsd']);
		expect(errors[0]?.message).toMatch(
			/^vCPUs of Standard_DC4as_v5 \(vcpu\) must be a whole number from 1 to /,
		);
		expect(errors[1]?.message).toMatch(
			/^Memory of Standard_DC4as_v5 \(memoryGiB\) must be a number from 0\.5 to /,
		);
		expect(errors[2]?.message).toMatch(
			/^Hourly price per VM of Standard_DC4as_v5 \(hourlyPriceUsd\) must be a number from 0 to 500/,
		);
		const half = readSizeAnswer(ODD, { vcpu: '4' });
		expect(half).toMatchObject({ kind: 'invalid', errors: [{ field: 'memoryGiB' }] });
		expect(half.kind === 'invalid' ? half.errors[0]?.message : '').toContain('is needed');
		expect(JSON.stringify([read, half])).not.toMatch(/NaN|Infinity|undefined/);
	});

	it('is what the CLI reads from --size, a price optional', () => {
		expect(parseSize(`${ODD}=4,32`)).toEqual([ODD, { vcpu: 4, memoryGiB: 32 }]);
		expect(parseSize(`${ODD}=4,32,0.25`)).toEqual([
			ODD,
			{ vcpu: 4, memoryGiB: 32, hourlyPriceUsd: 0.25 },
		]);
		expect(parseSize(`${ODD}=4,32,900`)).toMatch(
			/^--size Standard_DC4as_v5=4,32,900: Hourly price per VM of Standard_DC4as_v5 \(hourlyPriceUsd\) must be/,
		);
	});
});
