/**
 * The pure half of `npm run prices:refresh`: from the API's items, the new value of each price
 * fact the model uses; what changed and by how much; and the snapshot file's text. The script
 * (scripts/pricesRefresh.ts) does the network and the writing.
 */
import type { Fact } from './fact.ts';
import type { PriceSnapshot, SnapshotPrice } from './priceSnapshotType.ts';
import {
	matchItem,
	RETAIL_PRICES_API,
	type PriceMeterSource,
	type RetailPriceItem,
} from './priceMeters.ts';

export interface RefreshResult {
	snapshot: PriceSnapshot;
	/** Facts whose meters the API did not return: they keep their current value. */
	missing: { factId: string; how: string }[];
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

export function snapshotFromItems(
	items: readonly RetailPriceItem[],
	meters: readonly PriceMeterSource[],
	date: string,
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
			meters: found.flatMap((i) =>
				i === undefined
					? []
					: [
							{
								serviceName: i.serviceName,
								productName: i.productName,
								skuName: i.skuName,
								meterName: i.meterName,
								armRegionName: i.armRegionName,
								unitOfMeasure: i.unitOfMeasure,
								retailPrice: i.retailPrice,
								effectiveStartDate: i.effectiveStartDate,
							},
						],
			),
		};
	}
	return { snapshot: { date, api: RETAIL_PRICES_API, currency: 'USD', prices }, missing };
}

export interface PriceChange {
	factId: string;
	before: number;
	after: number;
	/** after − before, and as a share of before (undefined when before is 0). */
	delta: number;
	percent: number | undefined;
}

/** What the snapshot changes, largest relative change first; unchanged prices are left out. */
export function priceChanges(facts: readonly Fact[], snapshot: PriceSnapshot): PriceChange[] {
	const changes: PriceChange[] = [];
	for (const [factId, read] of Object.entries(snapshot.prices)) {
		const before = facts.find((f) => f.id === factId)?.value;
		if (typeof before !== 'number' || before === read.value) continue;
		changes.push({
			factId,
			before,
			after: read.value,
			delta: round6(read.value - before),
			percent: before === 0 ? undefined : ((read.value - before) / before) * 100,
		});
	}
	return changes.sort(
		(a, b) =>
			Math.abs(b.percent ?? Infinity) - Math.abs(a.percent ?? Infinity) ||
			a.factId.localeCompare(b.factId),
	);
}

export function changesText(
	changes: readonly PriceChange[],
	missing: RefreshResult['missing'],
): string[] {
	const lines = changes.map(
		(c) =>
			`${c.factId}: ${c.before} → ${c.after} (${c.delta >= 0 ? '+' : ''}${c.delta}${c.percent === undefined ? '' : `, ${c.percent >= 0 ? '+' : ''}${c.percent.toFixed(1)}%`})`,
	);
	if (changes.length === 0) lines.push('No price changed.');
	for (const m of missing)
		lines.push(`${m.factId}: not found in the API's answer (${m.how}); kept as it was.`);
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
