/**
 * npm run prices:refresh: asks the public Azure Retail Prices API for exactly the meters the
 * model uses (src/model/facts/priceMeters.ts), writes a dated snapshot into
 * src/model/facts/priceSnapshot.ts and prints what changed by how much. Where the API cannot be
 * reached, it says so in one line and changes nothing.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writtenFacts } from '../src/model/facts/index.ts';
import { PRICE_METERS, type PriceMeterSource } from '../src/model/facts/priceMeters.ts';
import {
	meterUrl,
	type RetailPriceItem,
	type RetailPricesPage,
} from '../src/model/facts/retailPricesApi.ts';
import {
	changesText,
	priceChanges,
	sizePriceChanges,
	snapshotFromItems,
	snapshotModule,
	tierPriceChanges,
} from '../src/model/facts/priceRefresh.ts';
import { DISK_TIER_METERS, type DiskTierMeterSource } from '../src/model/facts/diskTierMeters.ts';
import { UNMETERED_PRICES } from '../src/model/facts/unmeteredPrices.ts';
import { DISK_TIERS } from '../src/model/facts/diskTiers.ts';
import { SIZE_METERS, vmSizes, type SizeMeterSource } from '../src/model/facts/vmSizes/index.ts';

export const SNAPSHOT_FILE = fileURLToPath(
	new URL('../src/model/facts/priceSnapshot.ts', import.meta.url),
);

export interface RefreshIo {
	fetchJson: (url: string) => Promise<unknown>;
	write: (path: string, text: string) => void;
	log: (line: string) => void;
	today: string;
}

const MAX_PAGES = 20;

function isPage(value: unknown): value is RetailPricesPage {
	return (
		typeof value === 'object' &&
		value !== null &&
		Array.isArray((value as { Items?: unknown }).Items)
	);
}

/**
 * Every item for every meter (the price facts' and each size's), following NextPageLink.
 * Throws when the API cannot be read.
 */
async function readItems(
	meters: readonly PriceMeterSource[],
	sizeMeters: readonly SizeMeterSource[],
	tierMeters: readonly DiskTierMeterSource[],
	fetchJson: RefreshIo['fetchJson'],
): Promise<RetailPriceItem[]> {
	const items: RetailPriceItem[] = [];
	const urls = [
		...new Set([
			...meters.flatMap((m) => m.meters.map(meterUrl)),
			...sizeMeters.map((m) => meterUrl(m.query)),
			...tierMeters.map((m) => meterUrl(m.query)),
		]),
	];
	for (const first of urls) {
		let url: string | null = first;
		for (let page = 0; url !== null && page < MAX_PAGES; page++) {
			const body = await fetchJson(url);
			if (!isPage(body)) throw new Error(`unexpected answer from ${url}`);
			items.push(...body.Items);
			url = body.NextPageLink;
		}
	}
	return items;
}

/** Returns the exit code: 0 when a snapshot was written, 1 when nothing changed on disk. */
export async function refreshPrices(
	io: RefreshIo,
	meters: readonly PriceMeterSource[] = PRICE_METERS,
	sizeMeters: readonly SizeMeterSource[] = SIZE_METERS,
	tierMeters: readonly DiskTierMeterSource[] = DISK_TIER_METERS,
): Promise<number> {
	let items: RetailPriceItem[];
	try {
		items = await readItems(meters, sizeMeters, tierMeters, io.fetchJson);
	} catch (error) {
		const why = error instanceof Error ? error.message : String(error);
		io.log(
			`prices:refresh: the Azure Retail Prices API could not be reached (${why}); nothing changed.`,
		);
		return 1;
	}
	const { snapshot, missing, missingSizes, missingTiers } = snapshotFromItems(
		items,
		meters,
		io.today,
		sizeMeters,
		tierMeters,
	);
	const sizesRead = Object.keys(snapshot.sizes ?? {}).length;
	const tiersRead = Object.keys(snapshot.diskTiers ?? {}).length;
	if (Object.keys(snapshot.prices).length === 0 && sizesRead === 0 && tiersRead === 0) {
		io.log(
			'prices:refresh: the API answered but returned none of the model’s meters; nothing changed.',
		);
		return 1;
	}
	io.write(SNAPSHOT_FILE, snapshotModule(snapshot));
	io.log(
		`prices:refresh: snapshot of ${Object.keys(snapshot.prices).length} prices, ${sizesRead} VM sizes’ own prices and ${tiersRead} disk size tiers’ prices, ${io.today}, written to src/model/facts/priceSnapshot.ts`,
	);
	const changes = [
		...priceChanges(writtenFacts, snapshot),
		...sizePriceChanges(vmSizes, snapshot),
		...tierPriceChanges(tierEstimate, snapshot),
	];
	for (const line of changesText(changes, missing, missingSizes, missingTiers)) io.log(`  ${line}`);
	io.log(
		`  Not asked for, no meter named by a source (src/model/facts/unmeteredPrices.ts says why): ${UNMETERED_PRICES.map((u) => u.factId).join(', ')}.`,
	);
	return 0;
}

/** A tier's estimate before the refresh: its type's rate per GiB (as written) × its size. */
function tierEstimate(tier: string): number | undefined {
	const source = DISK_TIER_METERS.find((m) => m.tier === tier);
	if (source === undefined) return undefined;
	const rateFact = {
		'premium-ssd': 'disks.premium-price',
		'standard-ssd': 'disks.standard-ssd-price',
		'standard-hdd': 'disks.standard-hdd-price',
	}[source.type];
	const rate = writtenFacts.find((f) => f.id === rateFact)?.value;
	const gib = DISK_TIERS[source.type].find((t) => t.name === tier)?.gib;
	return typeof rate === 'number' && gib !== undefined
		? Math.round(rate * gib * 1e6) / 1e6
		: undefined;
}

async function fetchJson(url: string): Promise<unknown> {
	const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return response.json();
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
	const code = await refreshPrices({
		fetchJson,
		write: (path, text) => writeFileSync(path, text),
		log: (line) => console.log(line),
		today: new Date().toISOString().slice(0, 10),
	});
	process.exitCode = code;
}
