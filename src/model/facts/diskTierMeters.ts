/**
 * The Retail Prices API meters of each managed disk size tier: the "<tier> LRS Disk" meter of
 * its product (Premium SSD, Standard SSD or Standard HDD Managed Disks), priced per disk-month
 * in PRICE_REGION. `npm run prices:refresh` asks for these beside the price facts' meters; a tier
 * it finds is then priced by its own meter, the others stay estimates.
 */
import { DISK_TIERS, type TieredDiskType } from './diskTiers.ts';
import { PRICE_REGION } from './priceMeters.ts';
import type { MeterQuery } from './retailPricesApi.ts';
import { PRICE_SNAPSHOT } from './priceSnapshot.ts';
import type { PriceSnapshot } from './priceSnapshotType.ts';

export interface DiskTierMeterSource {
	/** The tier, as the price list names it (`P30`). */
	tier: string;
	type: TieredDiskType;
	query: MeterQuery;
}

const PRODUCT: Record<TieredDiskType, string> = {
	'premium-ssd': 'Premium SSD Managed Disks',
	'standard-ssd': 'Standard SSD Managed Disks',
	'standard-hdd': 'Standard HDD Managed Disks',
};

export const DISK_TIER_METERS: readonly DiskTierMeterSource[] = (
	Object.keys(DISK_TIERS) as TieredDiskType[]
).flatMap((type) =>
	DISK_TIERS[type].map((t) => ({
		tier: t.name,
		type,
		query: {
			serviceName: 'Storage',
			armRegionName: PRICE_REGION,
			productName: PRODUCT[type],
			skuName: `${t.name} LRS`,
			meterName: `${t.name} LRS Disk`,
		},
	})),
);

/** A tier's price read by the last refresh: per disk-month, the meter and the day it was read. */
export interface ReadTierPrice {
	usd: number;
	meterName: string;
	date: string;
}

export function readTierPrice(
	tier: string,
	snapshot: PriceSnapshot | undefined = PRICE_SNAPSHOT,
): ReadTierPrice | undefined {
	const read = snapshot?.diskTiers?.[tier];
	if (snapshot === undefined || read === undefined) return undefined;
	return {
		usd: read.value,
		meterName: read.meters[0]?.meterName ?? `${tier} LRS Disk`,
		date: snapshot.date,
	};
}
