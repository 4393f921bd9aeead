/**
 * The Azure Retail Prices API meters behind each price fact the model uses, and how a meter's
 * retail price becomes the fact's value. `npm run prices:refresh` asks the API for exactly these
 * (scripts/pricesRefresh.ts). Prices are read for one region, PRICE_REGION.
 */

/** The region the model's prices are for. */
export const PRICE_REGION = 'eastus';

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

export interface PriceMeterSource {
	factId: string;
	/** The meters read; `value` turns their retail prices (in this order) into the fact's value. */
	meters: readonly MeterQuery[];
	value: (prices: readonly number[]) => number;
	/** In words, for the refresh's report. */
	how: string;
}

const HOURS_PER_MONTH = 730;
const vm = (armSkuName: string, productName: string): MeterQuery => ({
	serviceName: 'Virtual Machines',
	armRegionName: PRICE_REGION,
	armSkuName,
	productName,
});
const first = (p: readonly number[]) => p[0] ?? Number.NaN;

/** A VM family's Linux rate per vCPU-hour, from one representative size. */
function family(
	factId: string,
	armSkuName: string,
	series: string,
	vcpu: number,
): PriceMeterSource {
	return {
		factId,
		meters: [vm(armSkuName, `Virtual Machines ${series} Series`)],
		value: (p) => first(p) / vcpu,
		how: `${armSkuName} Linux hourly price ÷ ${vcpu} vCPUs`,
	};
}

function disk(factId: string, productName: string, skuName: string, gib: number): PriceMeterSource {
	return {
		factId,
		meters: [{ serviceName: 'Storage', armRegionName: PRICE_REGION, productName, skuName }],
		value: (p) => first(p) / gib,
		how: `${skuName} monthly price ÷ ${gib} GiB`,
	};
}

/**
 * Internet egress over the Microsoft global network from one region of a zone: the meter
 * (product Rtn Preference: MGN) bills each zone's regions alike; its first 100 GB a month are
 * free, so the price is the tier from 100 GB. Product and meter as a Microsoft usage file names
 * them (Rtn Preference: MGN - Standard Data Transfer Out - Zone 1), in the FinOps toolkit's test
 * data: https://github.com/microsoft/finops-toolkit/blob/dev/src/powershell/Tests/assets/EA_AmortizedCost_Small.csv
 */
function egress(factId: string, armRegionName: string, zone: string): PriceMeterSource {
	return {
		factId,
		meters: [
			{
				serviceName: 'Bandwidth',
				armRegionName,
				productName: 'Rtn Preference: MGN',
				meterName: 'Standard Data Transfer Out',
				tierMinimumUnits: 100,
			},
		],
		value: first,
		how: `per GB out to the internet from ${armRegionName} (${zone}), the tier from 100 GB`,
	};
}

export const PRICE_METERS: readonly PriceMeterSource[] = [
	family('vm.family-general', 'Standard_D2s_v5', 'Dsv5', 2),
	family('vm.family-memory', 'Standard_E2s_v5', 'Esv5', 2),
	family('vm.family-compute', 'Standard_F2s_v2', 'FSv2', 2),
	family('vm.family-storage', 'Standard_L8s_v3', 'Lsv3', 8),
	family('vm.family-burstable', 'Standard_B2s_v2', 'Bsv2', 2),
	family('vm.family-large-memory', 'Standard_M32ms_v2', 'MSv2', 32),
	family('vm.family-gpu', 'Standard_NC4as_T4_v3', 'NCasT4_v3', 4),
	{
		factId: 'vm.windows-licence-vcpu-hour',
		meters: [
			vm('Standard_D2s_v5', 'Virtual Machines Dsv5 Series Windows'),
			vm('Standard_D2s_v5', 'Virtual Machines Dsv5 Series'),
		],
		value: (p) => ((p[0] ?? Number.NaN) - (p[1] ?? Number.NaN)) / 2,
		how: 'Standard_D2s_v5 Windows minus Linux hourly price ÷ 2 vCPUs',
	},
	{
		factId: 'vm.sql-standard-vcpu-hour',
		meters: [
			{
				serviceName: 'Virtual Machines Licenses',
				armRegionName: 'Global',
				productName: 'SQL Server Standard',
				skuName: '4 vCPU VM',
			},
		],
		value: (p) => first(p) / 4,
		how: 'SQL Server Standard licence for a 4-vCPU VM ÷ 4',
	},
	{
		factId: 'vm.sql-enterprise-vcpu-hour',
		meters: [
			{
				serviceName: 'Virtual Machines Licenses',
				armRegionName: 'Global',
				productName: 'SQL Server Enterprise',
				skuName: '4 vCPU VM',
			},
		],
		value: (p) => first(p) / 4,
		how: 'SQL Server Enterprise licence for a 4-vCPU VM ÷ 4',
	},
	disk('disks.standard-hdd-price', 'Standard HDD Managed Disks', 'S30 LRS', 1024),
	disk('disks.standard-ssd-price', 'Standard SSD Managed Disks', 'E30 LRS', 1024),
	disk('disks.premium-price', 'Premium SSD Managed Disks', 'P30 LRS', 1024),
	{
		factId: 'disks.premium-v2-price',
		meters: [
			{
				serviceName: 'Storage',
				armRegionName: PRICE_REGION,
				productName: 'Azure Premium SSD v2',
				meterName: 'Premium LRS Provisioned Capacity',
			},
		],
		value: (p) => first(p) * HOURS_PER_MONTH,
		how: `capacity price per GiB-hour × ${HOURS_PER_MONTH} h`,
	},
	{
		factId: 'disks.ultra-price',
		meters: [
			{
				serviceName: 'Storage',
				armRegionName: PRICE_REGION,
				productName: 'Ultra Disks',
				meterName: 'Ultra LRS Provisioned Capacity',
			},
		],
		value: (p) => first(p) * HOURS_PER_MONTH,
		how: `capacity price per GiB-hour × ${HOURS_PER_MONTH} h`,
	},
	{
		factId: 'disks.snapshot-price',
		meters: [
			{
				serviceName: 'Storage',
				armRegionName: PRICE_REGION,
				productName: 'Standard HDD Managed Disks',
				meterName: 'LRS Snapshots',
			},
		],
		value: first,
		how: 'snapshot price per GB a month',
	},
	{
		factId: 'storage.blob-price',
		meters: [
			{
				serviceName: 'Storage',
				armRegionName: PRICE_REGION,
				productName: 'Blob Storage',
				meterName: 'Hot LRS Data Stored',
			},
		],
		value: first,
		how: 'first tier of Hot LRS data stored, per GB a month',
	},
	{
		// As a recorded API item in the Azure Cost Estimator's tests shows it,
		// https://github.com/TheCloudTheory/arm-estimator/blob/main/ace-tests/mocked-responses/retail-api/asr/inferred-3.json
		factId: 'asr.instance-price',
		meters: [
			{
				serviceName: 'Azure Site Recovery',
				armRegionName: PRICE_REGION,
				meterName: 'VM Replicated to Azure',
			},
		],
		value: first,
		how: 'per protected instance a month',
	},
	{
		factId: 'backup.instance-price',
		meters: [
			{
				serviceName: 'Backup',
				armRegionName: PRICE_REGION,
				meterName: 'Azure VM Protected Instances',
			},
		],
		value: first,
		how: 'per protected instance (50–500 GB) a month',
	},
	{
		// Half the Azure VM Protected Instances meter (the 50–500 GB band), as the fact's sources
		// price an instance up to 50 GB. The meter name, and the two bands ($5 up to 50 GB, $10 to
		// 500 GB), are as infracost has them; no source we read names a VM meter for the smaller
		// band (infracost prices it with the Azure Files meter, another product's, so not here):
		// https://github.com/infracost/infracost/blob/master/internal/resources/azure/backup_protected_vm.go
		factId: 'backup.instance-price-small',
		meters: [
			{
				serviceName: 'Backup',
				armRegionName: PRICE_REGION,
				meterName: 'Azure VM Protected Instances',
			},
		],
		value: (p) => first(p) / 2,
		how: 'half the per protected instance (50–500 GB) price a month, for an instance up to 50 GB',
	},
	{
		factId: 'backup.grs-storage-price',
		meters: [{ serviceName: 'Backup', armRegionName: PRICE_REGION, meterName: 'GRS Data Stored' }],
		value: first,
		how: 'GRS backup storage per GB a month',
	},
	{
		factId: 'sql.vcore-hour-price',
		meters: [
			{
				serviceName: 'SQL Database',
				armRegionName: PRICE_REGION,
				productName: 'SQL Database Single/Elastic Pool General Purpose - Compute Gen5',
				meterName: 'vCore',
			},
		],
		value: first,
		how: 'General Purpose Gen5 price per vCore-hour',
	},
	{
		// Product and meter as the Azure Cost Estimator (ACE) asks the API for General Purpose
		// vCore storage, https://github.com/TheCloudTheory/arm-estimator/blob/main/ace-core/Products/SQL/SQLQueryFilter.cs
		factId: 'sql.storage-price',
		meters: [
			{
				serviceName: 'SQL Database',
				armRegionName: PRICE_REGION,
				productName: 'SQL Database Single/Elastic Pool General Purpose - Storage',
				meterName: 'General Purpose Data Stored',
			},
		],
		value: first,
		how: 'General Purpose locally redundant data storage, the 1 GB/Month meter taken per GiB a month',
	},
	{
		// As infracost asks for it,
		// https://github.com/infracost/infracost/blob/master/internal/resources/azure/traffic_manager_profile.go
		factId: 'traffic.tm-queries-price',
		meters: [{ serviceName: 'Traffic Manager', armRegionName: 'Global', meterName: 'DNS Queries' }],
		value: first,
		how: 'per million DNS queries',
	},
	// Traffic Manager's endpoint meters as infracost's Traffic Manager endpoint resource names
	// them (skuName Azure Endpoint; Non-Azure Endpoint for external ones): not read from the API
	// here, which could not be reached on 2026-12-07.
	{
		factId: 'traffic.tm-health-check-price',
		meters: [
			{
				serviceName: 'Traffic Manager',
				armRegionName: 'Global',
				skuName: 'Azure Endpoint',
				meterName: 'Azure Endpoint Health Checks',
			},
		],
		value: first,
		how: 'basic health checks, per Azure endpoint a month',
	},
	{
		factId: 'traffic.tm-fast-check-price',
		meters: [
			{
				serviceName: 'Traffic Manager',
				armRegionName: 'Global',
				skuName: 'Azure Endpoint',
				meterName: 'Azure Endpoint Fast Interval Health Check Add-ons',
			},
		],
		value: first,
		how: 'fast interval (10 s) add-on, per Azure endpoint a month',
	},
	{
		factId: 'dns.private-zone-price',
		meters: [{ serviceName: 'Azure DNS', armRegionName: 'Global', meterName: 'Private Zone' }],
		value: first,
		how: 'per private zone a month (first 25 zones)',
	},
	{
		factId: 'dns.private-queries-price',
		meters: [{ serviceName: 'Azure DNS', armRegionName: 'Global', meterName: 'Private Queries' }],
		value: first,
		how: 'per million private zone queries',
	},
	{
		factId: 'traffic.fd-base-fee',
		meters: [
			{
				serviceName: 'Azure Front Door Service',
				armRegionName: 'Global',
				meterName: 'Standard Base Fees',
			},
		],
		value: first,
		how: 'Standard profile a month',
	},
	// Transfer between regions of one continent: the meter (category Bandwidth, sub-category
	// Inter-Region, region North America, 1 GB) as a Microsoft usage file names it, in the FinOps
	// toolkit's test data (its Rtn Preference: MGN row matches the egress meters below):
	// https://github.com/microsoft/finops-toolkit/blob/dev/src/powershell/Tests/assets/EA_AmortizedCost_Small.csv
	{
		factId: 'network.transfer-price',
		meters: [
			{
				serviceName: 'Bandwidth',
				location: 'North America',
				meterName: 'Intra Continent Data Transfer Out',
			},
		],
		value: first,
		how: 'per GB between two regions of North America (the fact takes Europe’s as the same)',
	},
	egress('network.internet-egress-price', 'eastus', 'zone 1'),
	egress('network.internet-egress-price-zone2', 'southeastasia', 'zone 2'),
	egress('network.internet-egress-price-zone3', 'brazilsouth', 'zone 3'),
];

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
