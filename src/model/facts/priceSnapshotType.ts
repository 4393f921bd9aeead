/** A dated set of prices read from the Azure Retail Prices API, by the fact each replaces. */
export interface PriceSnapshot {
	/** The day the API was read (YYYY-MM-DD). */
	date: string;
	/** The API the prices came from. */
	api: string;
	currency: 'USD';
	prices: Record<string, SnapshotPrice>;
}

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
