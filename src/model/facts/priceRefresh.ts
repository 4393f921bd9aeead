/**
 * The pure half of `npm run prices:refresh`: from the API's items, the new value of each price
 * fact the model uses; what changed and by how much; and the snapshot file's text. The script
 * (scripts/pricesRefresh.ts) does the network and the writing.
 */
import type { Fact } from './fact.ts';
import type { PriceOs, PriceSnapshot, SnapshotPrice } from './priceSnapshotType.ts';
import type { PriceMeterSource } from './priceMeters.ts';
import { matchItem, RETAIL_PRICES_API, type RetailPriceItem } from './retailPricesApi.ts';
import type { DiskTierMeterSource } from './diskTierMeters.ts';
import type { SizeMeterSource } from './vmSizes/sizeMeters.ts';

export interface RefreshResult {
	snapshot: PriceSnapshot;
	/** Facts whose meters the API did not return: they keep their current value. */
	missing: { factId: string; how: string }[];
	/** Sizes (and OS) the API did not return: they stay priced by their family's estimate. */
	missingSizes: string[];
	/** Disk size tiers the API did not return: they stay priced by their type's rate × size. */
	missingTiers: string[];
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

const OS_LABEL: Record<PriceOs, string> = { linux: 'Linux', windows: 'Windows' };

function snapshotMeter(i: RetailPriceItem): SnapshotPrice['meters'][number] {
	return {
		serviceName: i.serviceName,
		productName: i.productName,
		skuName: i.skuName,
		meterName: i.meterName,
		armRegionName: i.armRegionName,
		unitOfMeasure: i.unitOfMeasure,
		retailPrice: i.retailPrice,
		effectiveStartDate: i.effectiveStartDate,
	};
}

/** Each size's own hourly price by OS, from its consumption meters (per hour only). */
function sizesFromItems(
	items: readonly RetailPriceItem[],
	sizeMeters: readonly SizeMeterSource[],
): { sizes: NonNullable<PriceSnapshot['sizes']>; missing: string[] } {
	const sizes: NonNullable<PriceSnapshot['sizes']> = {};
	const missing: string[] = [];
	for (const m of sizeMeters) {
		const item = matchItem(items, m.query);
		if (item === undefined || !/hour/i.test(item.unitOfMeasure) || !(item.retailPrice > 0)) {
			missing.push(`${m.size} ${OS_LABEL[m.os]}`);
			continue;
		}
		sizes[m.size] = {
			...sizes[m.size],
			[m.os]: { value: round6(item.retailPrice), meters: [snapshotMeter(item)] },
		};
	}
	return { sizes, missing };
}

/** Each disk size tier's price per disk-month, from its "<tier> LRS Disk" meter. */
function tiersFromItems(
	items: readonly RetailPriceItem[],
	tierMeters: readonly DiskTierMeterSource[],
): { diskTiers: NonNullable<PriceSnapshot['diskTiers']>; missing: string[] } {
	const diskTiers: NonNullable<PriceSnapshot['diskTiers']> = {};
	const missing: string[] = [];
	for (const m of tierMeters) {
		const item = matchItem(items, m.query);
		if (item === undefined || !/month/i.test(item.unitOfMeasure) || !(item.retailPrice > 0)) {
			missing.push(m.tier);
			continue;
		}
		diskTiers[m.tier] = { value: round6(item.retailPrice), meters: [snapshotMeter(item)] };
	}
	return { diskTiers, missing };
}

export function snapshotFromItems(
	items: readonly RetailPriceItem[],
	meters: readonly PriceMeterSource[],
	date: string,
	sizeMeters: readonly SizeMeterSource[] = [],
	tierMeters: readonly DiskTierMeterSource[] = [],
): RefreshResult {
	const prices: Record<string, SnapshotPrice> = {};
	const missing: RefreshResult['missing'] = [];
	for (const source of meters) {
		const found = source.meters.map((q) => matchItem(items, q));
		const value = found.every((i) => i !== undefined)
			? source.value(found.map((i) => i.retailPrice))
			: Number.NaN;
		if (!Number.isFinite(value) || value < 0) {
			missing.push({ factId: source.factId, how: source.how });
			continue;
		}
		prices[source.factId] = {
			value: round6(value),
			meters: found.flatMap((i) => (i === undefined ? [] : [snapshotMeter(i)])),
		};
	}
	const { sizes, missing: missingSizes } = sizesFromItems(items, sizeMeters);
	const { diskTiers, missing: missingTiers } = tiersFromItems(items, tierMeters);
	return {
		snapshot: {
			date,
			api: RETAIL_PRICES_API,
			currency: 'USD',
			prices,
			...(Object.keys(sizes).length > 0 ? { sizes } : {}),
			...(Object.keys(diskTiers).length > 0 ? { diskTiers } : {}),
		},
		missing,
		missingSizes,
		missingTiers,
	};
}

export interface PriceChange {
	factId: string;
	before: number;
	after: number;
	/** after − before, and as a share of before (undefined when before is 0). */
	delta: number;
	percent: number | undefined;
}

/** One price's change from `before` to `after`. */
function priceChange(factId: string, before: number, after: number): PriceChange {
	return {
		factId,
		before,
		after,
		delta: round6(after - before),
		percent: before === 0 ? undefined : ((after - before) / before) * 100,
	};
}

/** Largest relative change first (a price that was 0 first of all), then by name. */
function largestFirst(changes: PriceChange[]): PriceChange[] {
	return changes.sort(
		(a, b) =>
			Math.abs(b.percent ?? Infinity) - Math.abs(a.percent ?? Infinity) ||
			a.factId.localeCompare(b.factId),
	);
}

/** What the snapshot changes, largest relative change first; unchanged prices are left out. */
export function priceChanges(facts: readonly Fact[], snapshot: PriceSnapshot): PriceChange[] {
	const changes: PriceChange[] = [];
	for (const [factId, read] of Object.entries(snapshot.prices)) {
		const before = facts.find((f) => f.id === factId)?.value;
		if (typeof before !== 'number' || before === read.value) continue;
		changes.push(priceChange(factId, before, read.value));
	}
	return largestFirst(changes);
}

/**
 * What the snapshot changes in the size table: each size's price before (its estimate or an
 * earlier reading) and read now, largest relative change first; unchanged ones left out.
 */
export function sizePriceChanges(
	before: readonly { name: string; prices: Record<PriceOs, { usdPerHour: number }> }[],
	snapshot: PriceSnapshot,
): PriceChange[] {
	const changes: PriceChange[] = [];
	for (const size of before)
		for (const os of ['linux', 'windows'] as const) {
			const read = snapshot.sizes?.[size.name]?.[os];
			const was = size.prices[os].usdPerHour;
			if (read === undefined || read.value === was) continue;
			changes.push(priceChange(`${size.name} ${OS_LABEL[os]} (an hour)`, was, read.value));
		}
	return largestFirst(changes);
}

/**
 * What the snapshot changes in the disk tiers' prices: each tier's estimate (its type's rate ×
 * its size, `estimate`) against the price read, largest relative change first.
 */
export function tierPriceChanges(
	estimate: (tier: string) => number | undefined,
	snapshot: PriceSnapshot,
): PriceChange[] {
	const changes: PriceChange[] = [];
	for (const [tier, read] of Object.entries(snapshot.diskTiers ?? {})) {
		const was = estimate(tier);
		if (was === undefined || read.value === was) continue;
		changes.push(priceChange(`${tier} (a disk-month)`, was, read.value));
	}
	return largestFirst(changes);
}

export function changesText(
	changes: readonly PriceChange[],
	missing: RefreshResult['missing'],
	missingSizes: readonly string[] = [],
	missingTiers: readonly string[] = [],
): string[] {
	const lines = changes.map(
		(c) =>
			`${c.factId}: ${c.before} → ${c.after} (${c.delta >= 0 ? '+' : ''}${c.delta}${c.percent === undefined ? '' : `, ${c.percent >= 0 ? '+' : ''}${c.percent.toFixed(1)}%`})`,
	);
	if (changes.length === 0) lines.push('No price changed.');
	for (const m of missing)
		lines.push(`${m.factId}: not found in the API's answer (${m.how}); kept as it was.`);
	if (missingSizes.length > 0)
		lines.push(
			`${missingSizes.length} VM size price(s) not found in the API's answer, still estimated from their family's rate: ${missingSizes.join(', ')}.`,
		);
	if (missingTiers.length > 0)
		lines.push(
			`${missingTiers.length} disk size tier price(s) not found in the API's answer, still estimated from their type's rate per GiB × the tier's size: ${missingTiers.join(', ')}.`,
		);
	return lines;
}

/** The text of src/model/facts/priceSnapshot.ts holding this snapshot. */
export function snapshotModule(snapshot: PriceSnapshot): string {
	return `/**
 * The latest prices read from the Azure Retail Prices API by \`npm run prices:refresh\`, by fact
 * id. Written by that script (scripts/pricesRefresh.ts); do not edit by hand. Undefined until a
 * refresh has run: the price facts then keep their labelled estimates.
 */
import type { PriceSnapshot } from './priceSnapshotType.ts';

export const PRICE_SNAPSHOT: PriceSnapshot | undefined = ${JSON.stringify(snapshot, null, '\t')};
`;
}
