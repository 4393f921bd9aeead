/**
 * npm run prices:refresh against a response in the Retail Prices API's documented shape: no
 * network in tests. The API is served from the recorded pages, filtered as the API filters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refreshPrices, SNAPSHOT_FILE, type RefreshIo } from '../../../../scripts/pricesRefresh.ts';
import type { Fact } from '~/model/facts/fact.ts';
import { applyPriceSnapshot } from '~/model/facts/applyPriceSnapshot.ts';
import { writtenFacts } from '~/model/facts/index.ts';
import type { PriceSnapshot } from '~/model/facts/priceSnapshotType.ts';
import { PRICE_METERS } from '~/model/facts/priceMeters.ts';
import {
	matchItem,
	meterFilter,
	meterUrl,
	type RetailPriceItem,
	type RetailPricesPage,
} from '~/model/facts/retailPricesApi.ts';
import { priceChanges, snapshotFromItems } from '~/model/facts/priceRefresh.ts';
import { SIZE_METERS, vmSizes } from '~/model/facts/vmSizes/index.ts';
import { DISK_TIER_METERS } from '~/model/facts/diskTierMeters.ts';
import { answer } from '../../../support/retailPricesFilter.ts';

const recorded = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../../fixtures/retail-prices/response.json'), 'utf8'),
) as { pages: RetailPricesPage[] };
const ALL: RetailPriceItem[] = recorded.pages.flatMap((p) => p.Items);

/** A fake API: each meter's URL answers the items its filter selects, the first over two pages. */
function api(): { io: RefreshIo; written: Map<string, string>; log: string[]; asked: string[] } {
	const written = new Map<string, string>();
	const log: string[] = [];
	const asked: string[] = [];
	const byUrl = new Map<string, RetailPriceItem[]>();
	// A meter's URL answers what its filter selects, as the API would: every item of that
	// product, SKU and meter, whatever its tier or date, and nothing when a field is wrong.
	for (const q of [
		...PRICE_METERS.flatMap((m) => m.meters),
		...DISK_TIER_METERS.map((m) => m.query),
	])
		byUrl.set(meterUrl(q), answer(meterUrl(q), ALL));
	// A size's URL answers every item of that size in the region, as the API's filter would:
	// Linux, Windows, Spot and Low Priority, pay-as-you-go or not.
	for (const { query } of SIZE_METERS) {
		byUrl.set(
			meterUrl(query),
			ALL.filter(
				(i) =>
					i.serviceName === query.serviceName &&
					i.armRegionName === query.armRegionName &&
					i.armSkuName === query.armSkuName,
			),
		);
	}
	const NEXT = 'https://prices.azure.com/api/retail/prices?$skip=100';
	let second: RetailPriceItem[] = [];
	const io: RefreshIo = {
		fetchJson: (url) => {
			asked.push(url);
			if (url === NEXT) return Promise.resolve({ Items: second, NextPageLink: null, Count: 1 });
			const items = byUrl.get(url);
			if (items === undefined) return Promise.reject(new Error(`no such meter: ${url}`));
			if (items.length > 1) {
				second = items.slice(1);
				return Promise.resolve({ Items: items.slice(0, 1), NextPageLink: NEXT, Count: 1 });
			}
			return Promise.resolve({ Items: items, NextPageLink: null, Count: items.length });
		},
		write: (path, text) => written.set(path, text),
		log: (line) => log.push(line),
		today: '2026-12-07',
	};
	return { io, written, log, asked };
}

describe('prices:refresh', () => {
	it('asks for exactly the model’s meters, pay-as-you-go, in US$', async () => {
		const { io, asked } = api();
		await refreshPrices(io);
		const firstPages = asked.filter((u) => !u.includes('$skip'));
		expect(new Set(firstPages)).toEqual(
			new Set([
				...PRICE_METERS.flatMap((m) => m.meters.map(meterUrl)),
				...SIZE_METERS.map((m) => meterUrl(m.query)),
				...DISK_TIER_METERS.map((m) => meterUrl(m.query)),
			]),
		);
		for (const q of [
			...PRICE_METERS.flatMap((m) => m.meters),
			...SIZE_METERS.map((m) => m.query),
			...DISK_TIER_METERS.map((m) => m.query),
		])
			expect(meterFilter(q)).toContain("priceType eq 'Consumption'");
	});
	it('prices a tiered meter at the tier it names: internet egress from 100 GB, not the free first 100 GB', () => {
		const item = (tierMinimumUnits: number, retailPrice: number): RetailPriceItem => ({
			...(ALL[0] as RetailPriceItem),
			serviceName: 'Bandwidth',
			armRegionName: 'southeastasia',
			productName: 'Rtn Preference: MGN',
			meterName: 'Standard Data Transfer Out',
			skuName: 'Standard',
			armSkuName: '',
			type: 'Consumption',
			currencyCode: 'USD',
			tierMinimumUnits,
			retailPrice,
		});
		const query = PRICE_METERS.find((m) => m.factId === 'network.internet-egress-price-zone2')
			?.meters[0];
		if (query === undefined) throw new Error('no zone 2 meter');
		expect(matchItem([item(0, 0), item(100, 0.12), item(10_240, 0.085)], query)?.retailPrice).toBe(
			0.12,
		);
	});
	it('asks for each size in the table by its armSkuName in the table’s region, once for both OSes', () => {
		for (const size of vmSizes) {
			const urls = new Set(
				SIZE_METERS.filter((m) => m.size === size.name).map((m) => meterUrl(m.query)),
			);
			expect(urls.size).toBe(1);
			const filter = decodeURIComponent([...urls][0] ?? '');
			expect(filter).toContain(`armSkuName eq '${size.name}'`);
			expect(filter).toContain(`armRegionName eq '${size.priceRegion}'`);
			expect(filter).toContain("serviceName eq 'Virtual Machines'");
		}
		expect(SIZE_METERS).toHaveLength(vmSizes.length * 2);
	});
	it('reads each size’s own Linux and Windows prices, skipping Spot and Low Priority', async () => {
		const { io, written, log } = api();
		expect(await refreshPrices(io)).toBe(0);
		const text = written.get(SNAPSHOT_FILE) ?? '';
		const snapshot = JSON.parse(
			text.slice(text.indexOf('= ') + 2, text.lastIndexOf(';')),
		) as PriceSnapshot;
		expect(snapshot.sizes?.['Standard_E8s_v5']?.linux?.value).toBe(0.504);
		expect(snapshot.sizes?.['Standard_E8s_v5']?.windows?.value).toBe(0.92);
		expect(snapshot.sizes?.['Standard_E8s_v5']?.windows?.meters[0]?.productName).toBe(
			'Virtual Machines Esv5 Series Windows',
		);
		// D2s_v5: its Spot meter is ignored, its pay-as-you-go ones read.
		expect(snapshot.sizes?.['Standard_D2s_v5']).toMatchObject({
			linux: { value: 0.096 },
			windows: { value: 0.188 },
		});
		// A size the answer lacks stays out of the snapshot, and the report names it.
		expect(snapshot.sizes?.['Standard_E16s_v5']).toBeUndefined();
		expect(log.some((l) => /VM size price\(s\) not found.*Standard_E16s_v5 Linux/.test(l))).toBe(
			true,
		);
		// What moved from the family estimate, by how much; an unchanged price is not listed.
		const e8 = vmSizes.find((z) => z.name === 'Standard_E8s_v5');
		const was = e8?.prices.windows.usdPerHour ?? 0;
		expect(was).not.toBe(0.92);
		expect(
			log.some((l) => l.startsWith(`  Standard_E8s_v5 Windows (an hour): ${was} → 0.92 (`)),
		).toBe(true);
		expect(e8?.prices.linux.usdPerHour).toBe(0.504);
		expect(log.some((l) => l.includes('Standard_E8s_v5 Linux'))).toBe(false);
	});
	it('asks for each disk size tier’s "<tier> LRS Disk" meter and reads its price per disk-month', async () => {
		expect(DISK_TIER_METERS.map((m) => m.tier)).toEqual(
			expect.arrayContaining(['P1', 'P30', 'P80', 'E1', 'E10', 'S4', 'S80']),
		);
		expect(DISK_TIER_METERS.some((m) => m.tier === 'S1')).toBe(false);
		const p30 = DISK_TIER_METERS.find((m) => m.tier === 'P30');
		expect(
			decodeURIComponent(meterUrl(p30?.query ?? { serviceName: '', armRegionName: '' })),
		).toContain("meterName eq 'P30 LRS Disk'");
		const { io, written, log } = api();
		expect(await refreshPrices(io)).toBe(0);
		const text = written.get(SNAPSHOT_FILE) ?? '';
		const snapshot = JSON.parse(
			text.slice(text.indexOf('= ') + 2, text.lastIndexOf(';')),
		) as PriceSnapshot;
		// The tier's own meter, not the shared-disk mount meter of the same product and SKU.
		expect(snapshot.diskTiers?.['P30']?.value).toBe(135.17);
		expect(snapshot.diskTiers?.['P30']?.meters[0]?.meterName).toBe('P30 LRS Disk');
		expect(snapshot.diskTiers?.['E10']?.value).toBe(9.6);
		expect(snapshot.diskTiers?.['P20']).toBeUndefined();
		// The estimate it replaces (the type's rate × the tier's size), and the tiers still estimated.
		expect(log.some((l) => l.startsWith('  P30 (a disk-month): 133.12 → 135.17 ('))).toBe(true);
		expect(log.some((l) => /disk size tier price\(s\) not found.*P20/.test(l))).toBe(true);
	});
	it('writes a dated snapshot and prints what changed by how much', async () => {
		const { io, written, log } = api();
		expect(await refreshPrices(io)).toBe(0);
		const text = written.get(SNAPSHOT_FILE) ?? '';
		expect(text).toContain('"date": "2026-12-07"');
		const json = text.slice(text.indexOf('= ') + 2, text.lastIndexOf(';'));
		const snapshot = JSON.parse(json) as PriceSnapshot;
		// Linux D2s_v5 at 0.096 an hour, not its Spot or reservation price, over 2 vCPUs.
		expect(snapshot.prices['vm.family-general']?.value).toBe(0.048);
		// The latest effective price of E2s_v5.
		expect(snapshot.prices['vm.family-memory']?.value).toBe(0.063);
		expect(snapshot.prices['vm.windows-licence-vcpu-hour']?.value).toBe(0.046);
		expect(snapshot.prices['disks.premium-price']?.value).toBeCloseTo(135.17 / 1024, 6);
		expect(snapshot.prices['traffic.tm-health-check-price']?.value).toBe(0.54);
		expect(log[0]).toMatch(
			/snapshot of \d+ prices, 3 VM sizes’ own prices and 4 disk size tiers’ prices, 2026-12-07/,
		);
		expect(log).toContain('  traffic.tm-health-check-price: 0.36 → 0.54 (+0.18, +50.0%)');
		expect(log.some((l) => /vm\.sql-enterprise-vcpu-hour: not found/.test(l))).toBe(true);
		// The prices it does not ask for are named, so a reader knows they stay estimates.
		expect(log.at(-1)).toMatch(/^ {2}Not asked for, .*network\.transfer-price-asia, /);
	});
	it('says in one line that the API cannot be reached, and changes nothing', async () => {
		const { io, written, log } = api();
		const code = await refreshPrices({
			...io,
			fetchJson: () => Promise.reject(new Error('getaddrinfo ENOTFOUND prices.azure.com')),
		});
		expect(code).toBe(1);
		expect(written.size).toBe(0);
		expect(log).toEqual([
			'prices:refresh: the Azure Retail Prices API could not be reached (getaddrinfo ENOTFOUND prices.azure.com); nothing changed.',
		]);
	});
});

describe('a snapshot applied to the facts', () => {
	const { snapshot } = snapshotFromItems(ALL, PRICE_METERS, '2026-12-07');
	const facts: Fact[] = applyPriceSnapshot(writtenFacts, snapshot);
	it('replaces the value and dates the fact by the snapshot', () => {
		const f = facts.find((x) => x.id === 'traffic.tm-health-check-price');
		expect(f).toMatchObject({ value: 0.54, asOf: '2026-12-07', checked: '2026-12-07' });
		expect(f?.note).toMatch(/Retail Prices API on 2026-12-07/);
	});
	it('leaves the facts it did not read as they were', () => {
		const before = writtenFacts.find((x) => x.id === 'vm.sql-enterprise-vcpu-hour');
		expect(facts.find((x) => x.id === 'vm.sql-enterprise-vcpu-hour')).toEqual(before);
	});
	it('lists only the prices that moved', () => {
		const ids = priceChanges(writtenFacts, snapshot).map((c) => c.factId);
		expect(ids).toContain('traffic.tm-health-check-price');
		expect(ids).not.toContain('vm.family-general');
	});
});
