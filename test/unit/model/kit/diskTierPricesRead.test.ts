/**
 * Review R14: once `npm run prices:refresh` has read a disk size tier's own meter, a disk billed
 * at that tier is priced by it, sourced to the Retail Prices API with the snapshot's date; a
 * tier it did not read stays the labelled estimate. The snapshot holds P30's price only.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PriceSnapshot } from '~/model/facts/priceSnapshotType.ts';

vi.mock('~/model/facts/priceSnapshot.ts', () => {
	const PRICE_SNAPSHOT: PriceSnapshot = {
		date: '2026-12-08',
		api: 'https://prices.azure.com/api/retail/prices',
		currency: 'USD',
		prices: {},
		diskTiers: {
			P30: {
				value: 135.17,
				meters: [
					{
						serviceName: 'Storage',
						productName: 'Premium SSD Managed Disks',
						skuName: 'P30 LRS',
						meterName: 'P30 LRS Disk',
						armRegionName: 'eastus',
						unitOfMeasure: '1/Month',
						retailPrice: 135.17,
						effectiveStartDate: '2026-11-01T00:00:00Z',
					},
				],
			},
		},
	};
	return { PRICE_SNAPSHOT };
});

const { diskPrice } = await import('~/model/kit/diskBilling.ts');
const { parseWorkload, resolvePrices } = await import('~/model/index.ts');

const prices = (extra: Record<string, unknown> = {}) => {
	const r = parseWorkload({
		rtoMinutes: 240,
		rpoMinutes: 60,
		...extra,
		tiers: [{ name: 'db', kind: 'stateful', data: 'vm-plain', vmCount: 1 }],
	});
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return resolvePrices(r.workload);
};

describe('a disk tier priced by its own meter', () => {
	it('uses the tier’s price, the API and the snapshot’s date, no estimate', () => {
		const p = diskPrice(prices(), 'premium-ssd', 600);
		expect(p.usd).toBe(135.17);
		expect(p.formula).toContain('the P30 LRS Disk meter, Azure Retail Prices API, read 2026-12-08');
		expect(p.formula).not.toContain('estimate');
		expect(p.factIds).not.toContain('disks.premium-price');
	});
	it('leaves a tier the refresh did not read as the labelled estimate', () => {
		const p = diskPrice(prices(), 'premium-ssd', 300);
		expect(p.tier).toBe('P20');
		expect(p.formula).toContain('estimate: Premium SSD');
	});
	it('keeps the reader’s own price per GiB over the meter', () => {
		const p = diskPrice(prices({ prices: { diskPerGibMonthUsd: 0.1 } }), 'premium-ssd', 600);
		expect(p.usd).toBeCloseTo(102.4, 6);
		expect(p.formula).toContain('your US$0.1/GiB a month × 1,024 GiB');
	});
});
