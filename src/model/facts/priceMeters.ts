/**
 * The Azure Retail Prices API meters behind each price fact the model uses, and how a meter's
 * retail price becomes the fact's value. `npm run prices:refresh` asks the API for exactly these
 * (scripts/pricesRefresh.ts). Prices are read for one region, PRICE_REGION.
 *
 * Where a comment cites "the recorded East US 2 answer", the query was checked against whole
 * answers of the API recorded for East US 2 on 2026-08-14 and kept in a public repository
 * (Arturo-Quiroga-MSFT/azure-architecture-diagram-builder, commit 551a1f0, under
 * src/data/pricing/regions/eastus2/): the query picks the meter meant, not a neighbour of the
 * same SKU (a disk's "Disk Mount" or "Disk Operations" meter, an "N vCore" SKU priced for N).
 * The test fixture holds those neighbours, so a query that would pick one fails.
 */
import type { MeterQuery } from './retailPricesApi.ts';

/** The region the model's prices are for. */
export const PRICE_REGION = 'eastus';

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

/**
 * A disk type's price per GiB-month, from one tier's "<tier> LRS Disk" meter: its SKU also has
 * "Disk Mount" and "Disk Operations" meters, so the meter is named (recorded East US 2 answer,
 * https://github.com/Arturo-Quiroga-MSFT/azure-architecture-diagram-builder/blob/551a1f0a2fc56465d5b3772040400ede67f256d8/src/data/pricing/regions/eastus2/storage.json).
 */
function disk(factId: string, productName: string, skuName: string, gib: number): PriceMeterSource {
	return {
		factId,
		meters: [
			{
				serviceName: 'Storage',
				armRegionName: PRICE_REGION,
				productName,
				skuName,
				meterName: `${skuName} Disk`,
			},
		],
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

function frontDoor(
	factId: string,
	meterName: string,
	value: (prices: readonly number[]) => number,
	how: string,
): PriceMeterSource {
	return {
		factId,
		meters: [
			{
				serviceName: 'Azure Front Door Service',
				armRegionName: 'Zone 1',
				productName: 'Azure Front Door',
				skuName: 'Standard',
				meterName,
			},
		],
		value,
		how,
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
		// SKU Azure VM, meter "Azure VM Protected Instance" (singular) in the recorded East US 2
		// answer, https://github.com/Arturo-Quiroga-MSFT/azure-architecture-diagram-builder/blob/551a1f0a2fc56465d5b3772040400ede67f256d8/src/data/pricing/regions/eastus2/backup.json
		factId: 'backup.instance-price',
		meters: [
			{
				serviceName: 'Backup',
				armRegionName: PRICE_REGION,
				skuName: 'Azure VM',
				meterName: 'Azure VM Protected Instance',
			},
		],
		value: first,
		how: 'per protected instance (50–500 GB) a month',
	},
	{
		// Half the Azure VM Protected Instance meter (the 50–500 GB band), as the fact's sources
		// price an instance up to 50 GB. The two bands ($5 up to 50 GB, $10 to 500 GB) are as
		// infracost has them; the recorded East US 2 answer has no VM meter for the smaller band
		// (infracost prices it with the Azure Files meter, another product's, so not here):
		// https://github.com/infracost/infracost/blob/master/internal/resources/azure/backup_protected_vm.go
		factId: 'backup.instance-price-small',
		meters: [
			{
				serviceName: 'Backup',
				armRegionName: PRICE_REGION,
				skuName: 'Azure VM',
				meterName: 'Azure VM Protected Instance',
			},
		],
		value: (p) => first(p) / 2,
		how: 'half the per protected instance (50–500 GB) price a month, for an instance up to 50 GB',
	},
	{
		// The vault's storage with Cross Region Restore, which the backup pattern turns on: the
		// RA-GRS meter of the Standard SKU ("Standard RA-GRS Data Stored"; plain GRS is "Standard
		// GRS Data Stored"), in the recorded East US 2 answer, https://github.com/Arturo-Quiroga-MSFT/azure-architecture-diagram-builder/blob/551a1f0a2fc56465d5b3772040400ede67f256d8/src/data/pricing/regions/eastus2/backup.json
		factId: 'backup.grs-storage-price',
		meters: [
			{
				serviceName: 'Backup',
				armRegionName: PRICE_REGION,
				skuName: 'Standard',
				meterName: 'Standard RA-GRS Data Stored',
			},
		],
		value: first,
		how: 'RA-GRS (GRS with Cross Region Restore) backup storage per GB a month',
	},
	{
		// The fact is licence included: the compute meter of a 1-vCore SKU (every "N vCore" SKU
		// is priced for its N vCores, recorded East US 2 answer, https://github.com/Arturo-Quiroga-MSFT/azure-architecture-diagram-builder/blob/551a1f0a2fc56465d5b3772040400ede67f256d8/src/data/pricing/regions/eastus2/sql_database.json)
		// plus the SQL licence per vCore-hour, a Global meter, as infracost asks for it:
		// https://github.com/infracost/infracost/blob/master/internal/resources/azure/sql_database.go
		factId: 'sql.vcore-hour-price',
		meters: [
			{
				serviceName: 'SQL Database',
				armRegionName: PRICE_REGION,
				productName: 'SQL Database Single/Elastic Pool General Purpose - Compute Gen5',
				skuName: '1 vCore',
				meterName: 'vCore',
			},
			{
				serviceName: 'SQL Database',
				armRegionName: 'Global',
				productName: 'SQL Database Single/Elastic Pool General Purpose - SQL License',
			},
		],
		value: (p) => (p[0] ?? Number.NaN) + (p[1] ?? Number.NaN),
		how: 'General Purpose Gen5 compute per vCore-hour (1 vCore SKU) + SQL licence per vCore-hour',
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
	// Front Door Standard (product Azure Front Door, SKU Standard; the classic tier is product
	// Azure Front Door Service) is billed by zone of the edge that serves a request: Zone 1 is
	// North America and Europe. Meters as the recorded East US 2 answer has them,
	// https://github.com/Arturo-Quiroga-MSFT/azure-architecture-diagram-builder/blob/551a1f0a2fc56465d5b3772040400ede67f256d8/src/data/pricing/regions/eastus2/azure_front_door_service.json
	frontDoor('traffic.fd-base-fee', 'Standard Base Fees', first, 'Standard profile a month'),
	frontDoor(
		'traffic.fd-requests-price',
		'Standard Requests',
		(p) => first(p) * 100,
		'per 10,000 requests × 100, the first tier, from Zone 1 (North America, Europe)',
	),
	frontDoor(
		'traffic.fd-egress-price',
		'Standard Data Transfer Out',
		first,
		'per GB from the edge to clients, the first tier (up to 10 TB), Zone 1 (North America, Europe)',
	),
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
