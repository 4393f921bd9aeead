/**
 * The Azure Retail Prices API as the price refresh uses it: what identifies one meter, the
 * documented shape of its answer, the OData filter that asks for a meter, and which item of an
 * answer prices it (Azure Retail Prices overview on Microsoft Learn,
 * https://learn.microsoft.com/rest/api/cost-management/retail-prices/azure-retail-prices).
 */

/** The API, as documented on Microsoft Learn (Azure Retail Prices overview). */
export const RETAIL_PRICES_API = 'https://prices.azure.com/api/retail/prices';

/** What identifies one meter in the API's items (all must match; `priceType` is Consumption). */
export interface MeterQuery {
	serviceName: string;
	/** The Azure region; a meter billed by a wider area has none and gives `location` instead. */
	armRegionName?: string;
	/** The meter's region as the API's `location` names it (`North America`, a zone). */
	location?: string;
	armSkuName?: string;
	productName?: string;
	skuName?: string;
	meterName?: string;
	/** The tier a tiered meter is priced at (its `tierMinimumUnits`); the lowest when not given. */
	tierMinimumUnits?: number;
	/**
	 * A VM size's operating system: Windows meters are the products whose name ends " Windows",
	 * Linux the others. Read from the items, not sent in the filter (one request gives both).
	 */
	os?: 'linux' | 'windows';
}

/** One item of the API's `Items`, as its documentation shows it (the fields the model reads). */
export interface RetailPriceItem {
	currencyCode: string;
	retailPrice: number;
	unitPrice: number;
	armRegionName: string;
	location: string;
	effectiveStartDate: string;
	meterId: string;
	meterName: string;
	productName: string;
	skuName: string;
	serviceName: string;
	unitOfMeasure: string;
	type: string;
	armSkuName: string;
	tierMinimumUnits?: number;
	isPrimaryMeterRegion?: boolean;
}

/** The API's page: `Items`, and `NextPageLink` while there are more. */
export interface RetailPricesPage {
	BillingCurrency?: string;
	CustomerEntityId?: string;
	CustomerEntityType?: string;
	Items: RetailPriceItem[];
	NextPageLink: string | null;
	Count: number;
}

const quote = (v: string) => `'${v.replaceAll("'", "''")}'`;

/** The OData filter that asks for one meter, pay-as-you-go. */
export function meterFilter(q: MeterQuery): string {
	const parts = [
		`serviceName eq ${quote(q.serviceName)}`,
		...(q.armRegionName !== undefined ? [`armRegionName eq ${quote(q.armRegionName)}`] : []),
		...(q.location !== undefined ? [`location eq ${quote(q.location)}`] : []),
		`priceType eq 'Consumption'`,
		...(q.armSkuName !== undefined ? [`armSkuName eq ${quote(q.armSkuName)}`] : []),
		...(q.productName !== undefined ? [`productName eq ${quote(q.productName)}`] : []),
		...(q.skuName !== undefined ? [`skuName eq ${quote(q.skuName)}`] : []),
		...(q.meterName !== undefined ? [`meterName eq ${quote(q.meterName)}`] : []),
	];
	return parts.join(' and ');
}

/** The URL of the first page for one meter. */
export function meterUrl(q: MeterQuery): string {
	return `${RETAIL_PRICES_API}?currencyCode='USD'&$filter=${encodeURIComponent(meterFilter(q))}`;
}

/**
 * The item that prices a meter: pay-as-you-go (not Spot or Low Priority), the lowest tier, the
 * latest effective date.
 */
export function matchItem(
	items: readonly RetailPriceItem[],
	q: MeterQuery,
): RetailPriceItem | undefined {
	return items
		.filter(
			(i) =>
				i.serviceName === q.serviceName &&
				(q.armRegionName === undefined ||
					i.armRegionName.toLowerCase() === q.armRegionName.toLowerCase()) &&
				(q.location === undefined || i.location === q.location) &&
				i.type === 'Consumption' &&
				i.currencyCode === 'USD' &&
				!/spot|low priority/i.test(`${i.productName} ${i.skuName} ${i.meterName}`) &&
				(q.armSkuName === undefined || i.armSkuName === q.armSkuName) &&
				(q.productName === undefined || i.productName === q.productName) &&
				(q.skuName === undefined || i.skuName === q.skuName) &&
				(q.meterName === undefined || i.meterName === q.meterName) &&
				(q.os === undefined || i.productName.endsWith(' Windows') === (q.os === 'windows')) &&
				(q.tierMinimumUnits === undefined || i.tierMinimumUnits === q.tierMinimumUnits),
		)
		.sort(
			(a, b) =>
				(a.tierMinimumUnits ?? 0) - (b.tierMinimumUnits ?? 0) ||
				b.effectiveStartDate.localeCompare(a.effectiveStartDate),
		)[0];
}
