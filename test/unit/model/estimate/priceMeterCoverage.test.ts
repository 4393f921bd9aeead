/**
 * Every price the model uses is either read by `npm run prices:refresh` (a meter in
 * PRICE_METERS) or named in UNMETERED_PRICES with the reason it is not; and the meters added
 * for the last unmetered facts are read and converted as their facts mean.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writtenFacts } from '~/model/facts/index.ts';
import { PRICE_METERS } from '~/model/facts/priceMeters.ts';
import { meterFilter, type RetailPriceItem } from '~/model/facts/retailPricesApi.ts';
import { changesText, snapshotFromItems } from '~/model/facts/priceRefresh.ts';
import { isPriceFact, UNMETERED_PRICES } from '~/model/facts/unmeteredPrices.ts';

const recorded = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../../fixtures/retail-prices/response.json'), 'utf8'),
) as {
	pages: { Items: (RetailPriceItem & { _recordedShape?: string; _recordedFrom?: string })[] }[];
};
const ALL = recorded.pages.flatMap((p) => p.Items);

const metered = new Set(PRICE_METERS.map((m) => m.factId));
const excluded = new Map(UNMETERED_PRICES.map((u) => [u.factId, u.reason]));

describe('every price fact has a meter or a stated reason', () => {
	it('finds the price facts by their US$ unit', () => {
		const ids = writtenFacts.filter(isPriceFact).map((f) => f.id);
		expect(ids).toEqual(expect.arrayContaining(['sql.storage-price', 'vm.family-general']));
		// Multiples of a price are not prices: they have no meter of their own.
		expect(ids).not.toContain('asr.total-cost-multiple');
	});
	it('has a meter source or an exclusion for each one', () => {
		const neither = writtenFacts
			.filter(isPriceFact)
			.map((f) => f.id)
			.filter((id) => !metered.has(id) && !excluded.has(id));
		expect(
			neither,
			'price facts with no meter in PRICE_METERS and no UNMETERED_PRICES entry',
		).toEqual([]);
	});
	it('names only existing price facts, once, and never one that has a meter', () => {
		const priceIds = new Set(writtenFacts.filter(isPriceFact).map((f) => f.id));
		for (const id of [...metered, ...excluded.keys()]) expect(priceIds, id).toContain(id);
		for (const id of excluded.keys()) expect(metered, id).not.toContain(id);
		expect(excluded.size).toBe(UNMETERED_PRICES.length);
		expect(metered.size).toBe(PRICE_METERS.length);
	});
	it('gives each exclusion a reason in words', () => {
		for (const u of UNMETERED_PRICES)
			expect(u.reason.split(' ').length, u.factId).toBeGreaterThan(8);
	});
	it('says of each excluded fact that the refresh does not read it, never that it does', () => {
		for (const u of UNMETERED_PRICES) {
			const fact = writtenFacts.find((f) => f.id === u.factId);
			const words = `${fact?.note ?? ''} ${fact?.unreadBecause ?? ''}`;
			expect(words, u.factId).not.toMatch(
				/prices:refresh\W+(reads|replaces)|Run npm run prices:refresh/,
			);
			expect(words, u.factId).toMatch(/prices:refresh`? does not read it/);
			expect(fact?.status, u.factId).not.toBe('documented');
		}
	});
	it('keeps the list short', () => {
		expect(UNMETERED_PRICES.length).toBeLessThanOrEqual(8);
	});
});

describe('the SQL storage, small Backup instance and inter-region transfer meters', () => {
	const { snapshot, missing } = snapshotFromItems(ALL, PRICE_METERS, '2026-12-07');
	it('come from items in the recorded shape or from a recorded answer', () => {
		const marked = ALL.filter(
			(i) => i._recordedShape !== undefined || i._recordedFrom !== undefined,
		).map((i) => i.meterName);
		expect(marked).toEqual(
			expect.arrayContaining([
				'General Purpose Data Stored',
				'Azure VM Protected Instance',
				'Intra Continent Data Transfer Out',
			]),
		);
	});
	it('reads SQL Database General Purpose storage per GB-month as the fact’s price per GiB-month', () => {
		expect(snapshot.prices['sql.storage-price']).toMatchObject({
			value: 0.115,
			meters: [
				{
					productName: 'SQL Database Single/Elastic Pool General Purpose - Storage',
					meterName: 'General Purpose Data Stored',
					unitOfMeasure: '1 GB/Month',
				},
			],
		});
	});
	it('prices an instance up to 50 GB at half the 50–500 GB instance meter', () => {
		expect(snapshot.prices['backup.instance-price']?.value).toBe(10);
		expect(snapshot.prices['backup.instance-price-small']).toMatchObject({
			value: 5,
			meters: [{ meterName: 'Azure VM Protected Instance' }],
		});
		expect(missing.map((m) => m.factId)).not.toContain('backup.instance-price-small');
	});
	it('reads transfer between regions of North America by the meter’s location, not a region', () => {
		const query = PRICE_METERS.find((m) => m.factId === 'network.transfer-price')?.meters[0];
		const filter = meterFilter(query ?? { serviceName: '' });
		expect(filter).toContain("location eq 'North America'");
		expect(filter).not.toContain('armRegionName');
		expect(snapshot.prices['network.transfer-price']).toMatchObject({
			value: 0.02,
			meters: [{ meterName: 'Intra Continent Data Transfer Out', unitOfMeasure: '1 GB' }],
		});
	});
	it('names each fact whose meter the answer lacks, and keeps it as it was', () => {
		const without = ALL.filter(
			(i) =>
				i.meterName !== 'General Purpose Data Stored' &&
				i.meterName !== 'Azure VM Protected Instance' &&
				i.meterName !== 'Intra Continent Data Transfer Out',
		);
		const result = snapshotFromItems(without, PRICE_METERS, '2026-12-07');
		expect(result.snapshot.prices['sql.storage-price']).toBeUndefined();
		expect(result.snapshot.prices['backup.instance-price-small']).toBeUndefined();
		const lines = changesText([], result.missing);
		for (const id of [
			'sql.storage-price',
			'backup.instance-price',
			'backup.instance-price-small',
			'network.transfer-price',
		])
			expect(lines.some((l) => l.startsWith(`${id}: not found in the API's answer`))).toBe(true);
	});
});

describe('the retired vm.price-per-vcpu-hour', () => {
	it('is no fact of its own: its id opens the general purpose family rate, which has a meter', () => {
		expect(writtenFacts.some((f) => f.id === 'vm.price-per-vcpu-hour')).toBe(false);
		const general = writtenFacts.find((f) => f.id === 'vm.family-general');
		expect(general?.formerIds).toContain('vm.price-per-vcpu-hour');
		expect(metered).toContain('vm.family-general');
	});
});
