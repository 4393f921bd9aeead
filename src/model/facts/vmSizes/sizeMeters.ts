/**
 * The Retail Prices API meters of each VM size in the table: its pay-as-you-go (Consumption)
 * hourly price in the table's region, Linux and Windows. `npm run prices:refresh` asks for
 * these beside the price facts' meters; a size it finds is then priced by its own meter.
 */
import type { MeterQuery } from '../retailPricesApi.ts';
import type { PriceOs } from '../priceSnapshotType.ts';
import { VM_PRICE_REGION, vmSizes } from './vmSizeTable.ts';

export interface SizeMeterSource {
	/** The size, as Azure spells it (`Standard_E8s_v5`). */
	size: string;
	os: PriceOs;
	query: MeterQuery;
}

export const PRICE_OSES: readonly PriceOs[] = ['linux', 'windows'];

/** One request per size (both operating systems come back together), read per OS. */
export const SIZE_METERS: readonly SizeMeterSource[] = vmSizes.flatMap((s) =>
	PRICE_OSES.map((os) => ({
		size: s.name,
		os,
		query: {
			serviceName: 'Virtual Machines',
			armRegionName: VM_PRICE_REGION,
			armSkuName: s.name,
			os,
		},
	})),
);
