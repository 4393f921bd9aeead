/**
 * Review R14: managed disks billed as the pricing calculator bills them: per disk at the size
 * tier it is billed as (the next tier up), Ultra at its rounded-up size, Premium SSD v2 per GiB,
 * and every VM in the secondary with its OS disk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISK_TIERS, billedTier, type TieredDiskType } from '~/model/facts/diskTiers.ts';
import { diskPrice, osDiskType, vmDisks } from '~/model/kit/diskBilling.ts';
import {
	factNumber,
	parseWorkload,
	resolvePrices,
	type Tier,
	type Workload,
} from '~/model/index.ts';

function parse(tier: Record<string, unknown>, extra: Record<string, unknown> = {}): Workload {
	const r = parseWorkload({
		rtoMinutes: 240,
		rpoMinutes: 60,
		...extra,
		tiers: [{ name: 'db', kind: 'stateful', data: 'vm-plain', vmCount: 2, ...tier }],
	});
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.workload;
}
const tierOf = (w: Workload): Tier => {
	const t = w.tiers[0];
	if (t === undefined) throw new Error('no tier');
	return t;
};
const prices = resolvePrices(parse({}));
const TIERED: TieredDiskType[] = ['premium-ssd', 'standard-ssd', 'standard-hdd'];

describe('the size a disk is billed as', () => {
	it('is the next tier up: 600 GiB Premium SSD is P30, 512 GiB is P20, 30 GiB Standard HDD is S4', () => {
		expect(diskPrice(prices, 'premium-ssd', 600)).toMatchObject({ tier: 'P30', billedGiB: 1024 });
		expect(diskPrice(prices, 'premium-ssd', 512)).toMatchObject({ tier: 'P20', billedGiB: 512 });
		expect(diskPrice(prices, 'standard-hdd', 30)).toMatchObject({ tier: 'S4', billedGiB: 32 });
		expect(diskPrice(prices, 'standard-ssd', 127)).toMatchObject({ tier: 'E10', billedGiB: 128 });
		expect(diskPrice(prices, 'premium-ssd', 600).meter).toEqual({
			service: 'Managed Disks',
			sku: 'P30 (1 TiB) Premium SSD LRS',
			unit: 'disk a month',
		});
	});
	it('rounds Ultra up to its provisioned sizes and bills Premium SSD v2 by the GiB', () => {
		expect(diskPrice(prices, 'ultra', 200).billedGiB).toBe(256);
		expect(diskPrice(prices, 'ultra', 3000).billedGiB).toBe(3072);
		expect(diskPrice(prices, 'premium-ssd-v2', 600).billedGiB).toBe(600);
		expect(diskPrice(prices, 'premium-ssd-v2', 600).usd).toBeCloseTo(
			600 * factNumber('disks.premium-v2-price'),
			6,
		);
	});
	it('is labelled an estimate (the type’s rate × the tier’s size) while no tier meter was read', () => {
		const p = diskPrice(prices, 'premium-ssd', 600);
		expect(p.usd).toBeCloseTo(1024 * factNumber('disks.premium-price'), 6);
		expect(p.formula).toMatch(
			/estimate: Premium SSD US\$[\d.]+\/GiB a month \(fact disks.premium-price/,
		);
		expect(p.factIds).toEqual(
			expect.arrayContaining(['disks.billed-tier', 'disks.size-tiers', 'disks.premium-price']),
		);
	});
	it('is the smallest tier that holds the disk, and never costs less for a larger disk', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...TIERED),
				fc.double({ min: 1, max: 32_767, noNaN: true }),
				fc.double({ min: 0, max: 10_000, noNaN: true }),
				(type, gib, more) => {
					const tier = billedTier(type, gib);
					expect(tier).toBeDefined();
					if (tier === undefined) return;
					expect(tier.gib).toBeGreaterThanOrEqual(gib);
					const smaller = DISK_TIERS[type].filter((t) => t.gib < tier.gib);
					for (const t of smaller) expect(t.gib).toBeLessThan(gib);
					const grown = Math.min(32_767, gib + more);
					expect(diskPrice(prices, type, grown).usd).toBeGreaterThanOrEqual(
						diskPrice(prices, type, gib).usd,
					);
				},
			),
		);
	});
});

describe('a VM’s disks', () => {
	it('have an OS disk from the marketplace image and the data spread over the data disks', () => {
		const d = vmDisks(tierOf(parse({ os: 'windows', disksPerVm: 3, dataGiB: 1024 })));
		expect(d.os.gib).toBe(factNumber('disks.os-disk-windows'));
		expect(d.os.factIds).toEqual(['disks.os-disk-windows']);
		expect(d.dataGiB).toEqual([512, 512]);
		expect(vmDisks(tierOf(parse({ disksPerVm: 2 }))).os.gib).toBe(
			factNumber('disks.os-disk-linux'),
		);
	});
	it('with one disk a VM, the OS disk holds the data', () => {
		const d = vmDisks(tierOf(parse({ disksPerVm: 1, dataGiB: 200 })));
		expect(d).toMatchObject({ os: { gib: 200 }, dataGiB: [] });
	});
	it('take more data disks where one would pass the largest disk', () => {
		const d = vmDisks(tierOf(parse({ disksPerVm: 2, dataGiB: 100_000 })));
		expect(d.dataGiB).toEqual([25_000, 25_000, 25_000, 25_000]);
	});
	it('put the OS of an Ultra or Premium SSD v2 tier on Premium SSD (neither can be an OS disk)', () => {
		expect(osDiskType('ultra')).toBe('premium-ssd');
		expect(osDiskType('premium-ssd-v2')).toBe('premium-ssd');
		expect(osDiskType('standard-ssd')).toBe('standard-ssd');
	});
});
