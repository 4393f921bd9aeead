/** A dated set of prices read from the Azure Retail Prices API, by the fact each replaces. */
export interface PriceSnapshot {
	/** The day the API was read (YYYY-MM-DD). */
	date: string;
	/** The API the prices came from. */
	api: string;
	currency: 'USD';
	prices: Record<string, SnapshotPrice>;
	/**
	 * Per VM size (as Azure spells it), its own pay-as-you-go hourly price by operating system:
	 * the size's consumption meters, Windows being the product whose name ends " Windows".
	 * Absent for a size the API did not return: its price stays the family estimate.
	 */
	sizes?: Record<string, Partial<Record<PriceOs, SnapshotPrice>>>;
	/**
	 * Per managed disk size tier (`P30`, `E10`, `S4`), its pay-as-you-go price per disk-month: the
	 * tier's "<tier> LRS Disk" meter. Absent for a tier the API did not return: its price stays
	 * the estimate (the type's rate per GiB × the tier's size).
	 */
	diskTiers?: Record<string, SnapshotPrice>;
}

/** The operating systems a VM size is priced for. */
export type PriceOs = 'linux' | 'windows';

export interface SnapshotPrice {
	/** In the fact's unit. */
	value: number;
	/** The meters it was computed from, as the API names them. */
	meters: readonly {
		serviceName: string;
		productName: string;
		skuName: string;
		meterName: string;
		armRegionName: string;
		unitOfMeasure: string;
		retailPrice: number;
		effectiveStartDate: string;
	}[];
}
