/**
 * Each meter the refresh asks for picks the meter its fact means, among the neighbours a real
 * answer of the Retail Prices API holds: a disk SKU's Mount and Operations meters, SQL
 * Database's "N vCore" SKUs priced for N vCores, Backup's other SKUs, Front Door's other zones
 * and tiers. The neighbours are in the fixture as a whole East US 2 answer recorded them.
 * Each query goes through the API's filter as the API would apply it, then the refresh's pick.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRICE_METERS } from '~/model/facts/priceMeters.ts';
import { snapshotFromItems } from '~/model/facts/priceRefresh.ts';
import { meterFilter, meterUrl, type RetailPriceItem } from '~/model/facts/retailPricesApi.ts';
import { answer } from '../../../support/retailPricesFilter.ts';

const recorded = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../../fixtures/retail-prices/response.json'), 'utf8'),
) as { pages: { Items: RetailPriceItem[] }[] };
const ALL = recorded.pages.flatMap((p) => p.Items);

/** What the refresh writes for one fact: its meters asked one by one, then the pick. */
function read(factId: string) {
	const source = PRICE_METERS.find((m) => m.factId === factId);
	if (source === undefined) throw new Error(`no meter for ${factId}`);
	const items = source.meters.flatMap((q) => answer(meterUrl(q), ALL));
	return snapshotFromItems(items, [source], '2026-12-07').snapshot.prices[factId];
}

describe('each meter among its neighbours in a recorded answer', () => {
	it.each([
		['disks.premium-price', 'P30 LRS Disk', 135.17 / 1024],
		['disks.standard-ssd-price', 'E30 LRS Disk', 76.8 / 1024],
		['disks.standard-hdd-price', 'S30 LRS Disk', 40.96 / 1024],
	])('%s reads the tier’s disk meter, not its mount or operations meter', (id, meter, value) => {
		const price = read(id);
		expect(price?.meters.map((m) => m.meterName)).toEqual([meter]);
		expect(price?.value).toBeCloseTo(value, 5);
	});
	it('reads the Azure VM protected instance, not another workload’s', () => {
		expect(read('backup.instance-price')).toMatchObject({
			value: 10,
			meters: [{ skuName: 'Azure VM', meterName: 'Azure VM Protected Instance' }],
		});
		expect(read('backup.instance-price-small')?.value).toBe(5);
	});
	it('reads vault storage at RA-GRS, the redundancy Cross Region Restore bills, not plain GRS', () => {
		expect(read('backup.grs-storage-price')).toMatchObject({
			value: 0.0569,
			meters: [{ meterName: 'Standard RA-GRS Data Stored' }],
		});
	});
	it('prices a SQL Database vCore-hour with its licence, from the 1-vCore SKU, not a 4-vCore one', () => {
		const price = read('sql.vcore-hour-price');
		expect(price?.meters.map((m) => `${m.productName} | ${m.skuName}`)).toEqual([
			'SQL Database Single/Elastic Pool General Purpose - Compute Gen5 | 1 vCore',
			'SQL Database Single/Elastic Pool General Purpose - SQL License | vCore',
		]);
		expect(price?.value).toBeCloseTo(0.152217 + 0.1, 5);
	});
	it('reads Front Door Standard in Zone 1 at its first tier: not Global, US Gov, Premium or a later tier', () => {
		for (const id of [
			'traffic.fd-base-fee',
			'traffic.fd-requests-price',
			'traffic.fd-egress-price',
		]) {
			const q = PRICE_METERS.find((m) => m.factId === id)?.meters[0];
			expect(meterFilter(q ?? { serviceName: '' }), id).toContain("armRegionName eq 'Zone 1'");
		}
		expect(read('traffic.fd-base-fee')?.value).toBe(35);
		// US$0.009 per 10,000 requests is US$0.90 per million, the fact's unit.
		expect(read('traffic.fd-requests-price')).toMatchObject({
			value: 0.9,
			meters: [{ meterName: 'Standard Requests', unitOfMeasure: '10K' }],
		});
		expect(read('traffic.fd-egress-price')).toMatchObject({
			value: 0.0825,
			meters: [{ meterName: 'Standard Data Transfer Out', armRegionName: 'Zone 1' }],
		});
	});
});
