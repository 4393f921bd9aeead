/**
 * Data disks as they are (tiers[].dataDiskSizesGiB): the schema's rule and messages, each disk
 * billed at its own size tier in every disk line, the share link and the form's text. Issue 18
 * point 3, issue 23 point 1; estate review: per-disk sizes were read but never reached the plan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diskPrice } from '~/model/kit/diskBilling.ts';
import { billVmDisks } from '~/model/kit/diskSetPrice.ts';
import { DISK_TYPES } from '~/model/schema/diskTypes.ts';
import { valueFromText, textFromValue } from '~/model/schema/fieldText.ts';
import {
	candidatesFor,
	evaluateCandidate,
	factNumber,
	parseWorkload,
	recommend,
	resolvePrices,
	sensitivity,
	workloadFromSearchParams,
	workloadToSearchParams,
	type CostLine,
	type Workload,
} from '~/model/index.ts';

function parse(tier: Record<string, unknown>, extra: Record<string, unknown> = {}): Workload {
	const r = parseWorkload({
		rtoMinutes: 240,
		rpoMinutes: 60,
		drillsPerYear: 12,
		...extra,
		tiers: [{ name: 'db', kind: 'stateful', data: 'vm-replication', vmCount: 2, ...tier }],
	});
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.workload;
}
const issuesOf = (tier: Record<string, unknown>) => {
	const r = parseWorkload({
		rtoMinutes: 60,
		rpoMinutes: 60,
		tiers: [{ name: 'db', kind: 'stateful', data: 'vm-plain', vmCount: 1, ...tier }],
	});
	return r.ok ? [] : r.issues;
};

/** Every cost line of every option of the workload's one tier, and its failed-over day. */
function everyOption(w: Workload) {
	const tier = w.tiers[0];
	if (tier === undefined) throw new Error('no tier');
	return candidatesFor(tier).map((c) => {
		const e = evaluateCandidate(w, tier, c);
		return { key: `${c.patternId}/${c.variant ?? ''}`, lines: e.cost.lines, day: e.cost };
	});
}
const diskLinesOf = (lines: readonly CostLine[]) =>
	lines.filter((l) => l.meter.service === 'Managed Disks');

const prices = resolvePrices(parse({}));

describe('the schema', () => {
	it('takes dataGiB and disksPerVm from the list, replacing values given beside it', () => {
		const tier = parse({ dataDiskSizesGiB: [128, 1024, 512], dataGiB: 50, disksPerVm: 2 }).tiers[0];
		expect(tier).toMatchObject({
			dataDiskSizesGiB: [128, 1024, 512],
			dataGiB: 1664,
			disksPerVm: 4,
		});
	});
	it('leaves a tier without the list as it was', () => {
		expect(parse({ dataGiB: 50, disksPerVm: 2 }).tiers[0]).toMatchObject({
			dataGiB: 50,
			disksPerVm: 2,
		});
		expect(parse({}).tiers[0]?.dataDiskSizesGiB).toBeUndefined();
	});
	it('names the disk and its range when a size is out of range or no number', () => {
		expect(issuesOf({ dataDiskSizesGiB: [128, 0.5] })).toEqual([
			{
				field: 'tiers.0.dataDiskSizesGiB.1',
				message: 'must be a whole number from 1 to 65,536 (GiB)',
			},
		]);
		expect(issuesOf({ dataDiskSizesGiB: ['big'] })[0]?.field).toBe('tiers.0.dataDiskSizesGiB.0');
	});
	it('names the list and its length when it is empty, too long or no list', () => {
		const message =
			'must be a list of 1 to 63 data disk sizes, each a whole number from 1 to 65,536 (GiB)';
		for (const bad of [[], Array.from({ length: 64 }, () => 8), 128])
			expect(issuesOf({ dataDiskSizesGiB: bad })).toEqual([
				{ field: 'tiers.0.dataDiskSizesGiB', message },
			]);
	});
	it('holds a disk to the largest of its type: 40,000 GiB is an Ultra Disk, not a Premium SSD', () => {
		expect(issuesOf({ dataDiskSizesGiB: [40_000] })).toEqual([
			{
				field: 'tiers.0.dataDiskSizesGiB.0',
				message:
					'must be at most 32,767 GiB, the largest premium-ssd disk (only premium-ssd-v2 and ultra disks reach 65,536 GiB): 40,000 GiB is larger',
			},
		]);
		expect(issuesOf({ dataDiskSizesGiB: [40_000], diskType: 'ultra' })).toEqual([]);
		expect(
			issuesOf({
				dataDiskSizesGiB: [40_000],
				diskType: 'ultra',
				replicaDiskType: 'standard-hdd',
			})[0]?.message,
		).toMatch(/largest standard-hdd disk/);
	});
	it('states the rule in the plan’s assumptions', () => {
		const plan = recommend(parse({ dataDiskSizesGiB: [128, 1024, 512] }));
		expect(plan.tiers[0]?.recommended.rto.assumptions.join(' ')).toContain(
			'dataGiB (1,664 GiB) and disksPerVm (4, with the OS disk) are taken from them',
		);
	});
});

describe('each disk billed at its own size tier', () => {
	it('128, 1,024 and 512 GiB on Premium SSD are a P10, a P30 and a P20, not three P30s', () => {
		const w = parse({ dataDiskSizesGiB: [128, 1024, 512] });
		const plan = everyOption(w);
		const asr = plan.find((o) => o.key.startsWith('site-recovery-a2a/'));
		const replica = asr?.lines.find((l) => l.label === 'Replica managed disks (data)');
		// Replicas are Standard HDD by default: S10, S20 and S30.
		expect(replica?.meter).toMatchObject({
			sku: '1 × S10 (128 GiB) + 1 × S20 (512 GiB) + 1 × S30 (1 TiB) Standard HDD LRS',
			quantity: 2,
			unit: 'VM disk set a month',
		});
		const app = plan.find((o) => o.key === 'app-replication/full');
		const data = app?.lines.find((l) => l.label === 'Replica VM disks (data)');
		const rate = factNumber('disks.premium-price');
		expect(data?.meter.sku).toBe(
			'1 × P10 (128 GiB) + 1 × P20 (512 GiB) + 1 × P30 (1 TiB) Premium SSD LRS',
		);
		expect(data?.monthlyUsd).toBeCloseTo(2 * (128 + 512 + 1024) * rate, 6);
		// The figure today's equal disks gave: three P30s a VM.
		expect(data?.monthlyUsd).toBeLessThan(2 * 3 * 1024 * rate);
	});
	it('in drills and in a day failed over too', () => {
		const listed = everyOption(parse({ dataDiskSizesGiB: [128, 1024, 512] }));
		const equal = everyOption(parse({ dataDiskSizesGiB: [512, 512, 512] }));
		const rate = factNumber('disks.premium-price');
		const days = factNumber('vm.hours-per-month') / 24;
		const backup = (o: typeof listed) => o.find((x) => x.key === 'azure-backup/');
		// A VM restored from backup brings its disks: P10 + P20 + P30 against three P20s (to the
		// cent: a plan's figures are rounded to cents).
		const more = (2 * (128 + 512 + 1024 - 3 * 512) * rate) / days;
		const diff =
			(backup(listed)?.day.failedOverDayUsd ?? 0) - (backup(equal)?.day.failedOverDayUsd ?? 0);
		expect(Math.abs(diff - more)).toBeLessThan(0.011);
		expect(more).toBeGreaterThan(0.5);
		const drill = listed
			.find((o) => o.key.startsWith('site-recovery-a2a/'))
			?.lines.find((l) => l.label === 'Test failover disks (data)');
		expect(drill?.meter).toMatchObject({
			sku: '1 × P10 (128 GiB) + 1 × P20 (512 GiB) + 1 × P30 (1 TiB) Premium SSD LRS',
			unit: 'VM disk set-hour',
		});
		expect(drill?.meter.quantity).toBeCloseTo(2 * factNumber('ops.drill-hours'), 6);
	});
	it('on every disk line of every option, the meter gives the line’s cost', () => {
		for (const type of DISK_TYPES)
			for (const o of everyOption(
				parse({ dataDiskSizesGiB: [100, 2000, 30, 600], diskType: type, os: 'windows' }),
			))
				for (const l of diskLinesOf(o.lines))
					expect(
						Math.abs(l.meter.quantity * l.meter.unitPriceUsd - l.monthlyUsd),
						`${type} ${o.key} ${l.label}`,
					).toBeLessThan(0.006);
	});
	it('a VM’s disks cost the sum of each disk at its own tier (property)', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...DISK_TYPES),
				fc.array(fc.integer({ min: 1, max: 32_767 }), { minLength: 1, maxLength: 63 }),
				(type, sizes) => {
					const bill = billVmDisks(prices, type, sizes);
					const each = sizes.reduce((sum, gib) => sum + diskPrice(prices, type, gib).usd, 0);
					expect(bill.perVmUsd).toBeCloseTo(each, 6);
					expect(bill.unit.usd * bill.unitsPerVm).toBeCloseTo(each, 6);
					expect(bill.groups.reduce((n, g) => n + g.count, 0)).toBe(sizes.length);
				},
			),
		);
	});
	it('equal sizes give today’s figures, line by line, in every option (property)', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...DISK_TYPES),
				fc.integer({ min: 1, max: 6 }),
				fc.integer({ min: 1, max: 32_767 }),
				fc.constantFrom('linux', 'windows'),
				(type, n, gib, os) => {
					const today = everyOption(
						parse({ diskType: type, os, disksPerVm: n + 1, dataGiB: n * gib }),
					);
					const listed = everyOption(
						parse({ diskType: type, os, dataDiskSizesGiB: Array.from({ length: n }, () => gib) }),
					);
					listed.forEach((o, i) => {
						const before = today[i];
						expect(o.key).toBe(before?.key);
						expect(o.lines.map((l) => [l.label, l.monthlyUsd, l.meter])).toEqual(
							before?.lines.map((l) => [l.label, l.monthlyUsd, l.meter]),
						);
						expect(o.day.failedOverDayUsd).toBe(before?.day.failedOverDayUsd);
					});
				},
			),
			{ numRuns: 12 },
		);
	});
});

describe('the sensitivity to data per VM', () => {
	it('doubles each listed disk, so the disks priced grow with the data', () => {
		const w = parse({ dataDiskSizesGiB: [128, 1024, 512] }, { rtoMinutes: 1440, rpoMinutes: 1440 });
		const row = sensitivity(w).find((r) => r.field === 'tiers.0.dataGiB');
		expect(row).toMatchObject({ from: 1664, to: 3328 });
		const disks = (x: Workload) =>
			diskLinesOf(recommend(x).cost.lines).reduce((sum, l) => sum + l.monthlyUsd, 0);
		const doubled = parse(
			{ dataDiskSizesGiB: [256, 2048, 1024] },
			{ rtoMinutes: 1440, rpoMinutes: 1440 },
		);
		expect(row?.monthlyUsd).toBeCloseTo(
			recommend(doubled).cost.monthlyUsd - recommend(w).cost.monthlyUsd,
			2,
		);
		expect(disks(doubled)).toBeGreaterThan(disks(w));
	});
});

describe('the share link and the form', () => {
	it('carries the list, and reads it back', () => {
		const w = parse({ dataDiskSizesGiB: [128, 1024, 512] });
		const params = workloadToSearchParams(w);
		expect(params.get('t0.dsz')).toBe('128,1024,512');
		const back = workloadFromSearchParams(params);
		expect(back.notices).toEqual([]);
		expect(back.workload.tiers[0]).toMatchObject({
			dataDiskSizesGiB: [128, 1024, 512],
			dataGiB: 1664,
			disksPerVm: 4,
		});
	});
	it('a link without it keeps its tier as it was, and a bad entry is named', () => {
		const w = parse({ dataGiB: 300, disksPerVm: 3 });
		const back = workloadFromSearchParams(workloadToSearchParams(w));
		expect(back.workload.tiers[0]?.dataDiskSizesGiB).toBeUndefined();
		expect(back.workload.tiers[0]).toMatchObject({ dataGiB: 300, disksPerVm: 3 });
		const params = workloadToSearchParams(w);
		params.set('t0.dsz', '128,lots');
		const lots = workloadFromSearchParams(params).notices.join(' ');
		expect(lots).toMatch(/^Ignored t0\.dsz .*“lots” is not a number/);
		params.set('t0.dsz', '128,0');
		const zero = workloadFromSearchParams(params);
		expect(zero.notices).toHaveLength(1);
		expect(zero.notices[0]).toMatch(
			/^Ignored t0\.dsz .*: it must be a whole number from 1 to 65,536 \(GiB\)\.$/,
		);
		expect(zero.workload.tiers[0]).toMatchObject({ dataGiB: 300, disksPerVm: 3 });
	});
	it('reads and writes the form’s text: numbers separated by commas', () => {
		expect(valueFromText('tiers.0.dataDiskSizesGiB', ' 128, 1024 ,512 ')).toEqual({
			ok: true,
			value: [128, 1024, 512],
		});
		expect(valueFromText('tiers.0.dataDiskSizesGiB', '')).toEqual({ ok: true, value: undefined });
		expect(textFromValue('tiers.0.dataDiskSizesGiB', [128, 1024])).toBe('128, 1024');
		// A tier's dependsOn stays a list of names.
		expect(valueFromText('tiers.0.dependsOn', 'web, app')).toEqual({
			ok: true,
			value: ['web', 'app'],
		});
	});
});
