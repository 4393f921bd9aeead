/** Prices: the workload's overrides where given, otherwise the facts' defaults. */
import { factNumber, getFact } from '../facts/factRegistry.ts';
import { GB_PER_GIB } from './copyTime.ts';
import { PRICE_REGION } from '../facts/priceMeters.ts';
import { planRegions, TRANSFER_FACT, type TransferKind } from '../regions/index.ts';
import {
	AZURE_DISK_SKU,
	DEFAULT_DISK_TYPE,
	DEFAULT_REPLICA_DISK_TYPE,
	DISK_TYPE_LABEL,
	DISK_TYPES,
	type DiskType,
} from '../schema/diskTypes.ts';
import { VM_FAMILY_LABEL, vmSizeByName, type VmFamily } from '../facts/vmSizes/index.ts';
import type { Tier, Workload } from '../schema/workload.ts';

/** What a price is billed as, as the pricing calculator names it. */
export interface PriceMeter {
	service: string;
	sku: string;
	/** The unit one price is for: `GiB a month`, `GB`, `protected instance a month`… */
	unit: string;
}

export interface Price {
	usd: number;
	/** The fact it came from, or undefined when the reader entered it. */
	factId?: string;
	meter: PriceMeter;
	/** The region a regional service's price is for (the facts' PRICE_REGION); not the reader's. */
	priceRegion?: string;
}

export interface Prices {
	vcpuHour: Price | undefined;
	sqlVcoreHour: Price;
	/** Azure SQL Database data storage, per GiB a month (a geo-secondary pays its own). */
	sqlStoragePerGibMonth: Price;
	transferPerGb: Price;
	/** Which transfer the price is for: between named regions, by their continents. */
	transferKind: TransferKind | undefined;
	/** Managed disks by type (the reader's diskPerGibMonthUsd replaces every type). */
	disks: Record<DiskType, Price>;
	snapshotPerGibMonth: Price;
	blobPerGibMonth: Price;
	asrInstance: Price;
	backupInstance: Price;
	backupPerGibMonth: Price;
	hoursPerMonth: number;
	/** Where the meters are billed: region names, or words when the workload names none. */
	regions: { source: string; target: string };
}

/** A price: the reader's override, or the fact's, which for a regional service is PRICE_REGION's. */
const price = (
	override: number | undefined,
	factId: string,
	meter: PriceMeter,
	regional = true,
): Price =>
	override !== undefined
		? { usd: override, meter }
		: {
				usd: factNumber(factId),
				factId,
				meter,
				...(regional ? { priceRegion: PRICE_REGION } : {}),
			};

/** The price fact of each disk type. */
export const DISK_PRICE_FACT: Record<DiskType, string> = {
	'standard-hdd': 'disks.standard-hdd-price',
	'standard-ssd': 'disks.standard-ssd-price',
	'premium-ssd': 'disks.premium-price',
	'premium-ssd-v2': 'disks.premium-v2-price',
	ultra: 'disks.ultra-price',
};

/**
 * The fact that prices transfer out of a region: by its continent, as the bandwidth price list
 * zones it (North America and Europe are cheapest, South America dearest).
 */
function transferFactFor(workload: Workload, kind: TransferKind | undefined): string | undefined {
	const regions = planRegions(workload);
	const base = TRANSFER_FACT[kind ?? 'intra-continent'];
	if (regions === undefined || base === undefined) return base;
	switch (regions.source.continent) {
		case 'south-america':
			return 'network.transfer-price-south-america';
		case 'asia':
		case 'oceania':
		case 'middle-east':
		case 'africa':
			return 'network.transfer-price-asia';
		default:
			return base;
	}
}

export function resolvePrices(workload: Workload): Prices {
	const p = workload.prices;
	const regions = planRegions(workload);
	// Without named regions, transfer is priced as today: between regions on one continent.
	const transferKind = regions?.transfer;
	const transferFact = transferFactFor(workload, transferKind);
	const transferMeter: PriceMeter = {
		service: 'Bandwidth',
		sku: `Inter-region data transfer${transferKind === undefined ? '' : ` (${transferKind})`}`,
		unit: 'GB',
	};
	const disks = Object.fromEntries(
		DISK_TYPES.map((t) => [
			t,
			price(p.diskPerGibMonthUsd, DISK_PRICE_FACT[t], {
				service: 'Managed Disks',
				sku: `${DISK_TYPE_LABEL[t]} (${AZURE_DISK_SKU[t]})`,
				unit: 'GiB a month',
			}),
		]),
	) as Record<DiskType, Price>;
	return {
		vcpuHour:
			p.vcpuHourUsd === undefined
				? undefined
				: {
						usd: p.vcpuHourUsd,
						meter: { service: 'Virtual Machines', sku: 'your vCPU price', unit: 'vCPU-hour' },
					},
		sqlVcoreHour: price(p.sqlVcoreHourUsd, 'sql.vcore-hour-price', {
			service: 'Azure SQL Database',
			sku: 'General Purpose, provisioned, standard-series',
			unit: 'vCore-hour',
		}),
		sqlStoragePerGibMonth: price(undefined, 'sql.storage-price', {
			service: 'Azure SQL Database',
			sku: 'General Purpose data storage, LRS',
			unit: 'GiB a month',
		}),
		transferPerGb:
			transferFact === undefined
				? { usd: p.transferPerGbUsd ?? 0, meter: transferMeter }
				: price(p.transferPerGbUsd, transferFact, transferMeter, false),
		transferKind,
		disks,
		snapshotPerGibMonth: price(p.snapshotPerGibMonthUsd, 'disks.snapshot-price', {
			service: 'Managed Disks',
			sku: 'Incremental snapshot (Standard, LRS)',
			unit: 'GiB a month',
		}),
		blobPerGibMonth: price(p.blobPerGibMonthUsd, 'storage.blob-price', {
			service: 'Storage Accounts',
			sku: 'Block blob, Hot, LRS',
			unit: 'GiB a month',
		}),
		asrInstance: price(p.asrInstanceUsd, 'asr.instance-price', {
			service: 'Azure Site Recovery',
			sku: 'Azure to Azure protected instance',
			unit: 'protected instance a month',
		}),
		backupInstance: price(p.backupInstanceUsd, 'backup.instance-price', {
			service: 'Backup',
			sku: 'Azure VM protected instance',
			unit: 'protected instance a month',
		}),
		backupPerGibMonth: price(p.backupPerGibMonthUsd, 'backup.grs-storage-price', {
			service: 'Backup',
			sku: 'Backup storage, GRS',
			unit: 'GiB a month',
		}),
		hoursPerMonth: factNumber('vm.hours-per-month'),
		regions: {
			source: regions?.source.name ?? 'the source region',
			target: regions?.target.name ?? 'the target region',
		},
	};
}

/** The tier's disk type, and the type of its replica disks in the secondary. */
export function diskTypesOf(tier: Tier): { disk: DiskType; replica: DiskType } {
	return {
		disk: tier.diskType ?? DEFAULT_DISK_TYPE,
		replica: tier.replicaDiskType ?? DEFAULT_REPLICA_DISK_TYPE,
	};
}

/** The family a tier's vCPUs and memory point to, by memory per vCPU (vm.family-memory-ratio). */
export function familyOf(vcpu: number, memoryGiB: number): VmFamily {
	const ratio = memoryGiB / vcpu;
	if (ratio < 3) return 'compute';
	if (ratio <= 6) return 'general';
	if (ratio <= 12) return 'memory';
	return 'large-memory';
}

/**
 * Whether a VM is passive (a standby or replica: the free passive DR replica applies), a drill
 * (DR testing: a Software Assurance failover right) or serving (a failed-over day, a VM that
 * carries traffic).
 */
export type VmUse = 'passive' | 'drill' | 'serving';

/** One VM's (or database's) hourly price, with its parts and the meter it is billed on. */
export interface HourlyPrice {
	usd: number;
	/** The main fact (the compute rate), kept for callers that cite one. */
	factId?: string;
	factIds: string[];
	formula: string;
	meter: PriceMeter;
	/** The region the price is for, when it is the model's (not the reader's own price). */
	priceRegion?: string;
}

const money = (n: number) => `US$${Math.round(n * 10_000) / 10_000}`;

/**
 * One VM's (or database's) hourly price: the reader's all-in price; or the size's (or the
 * family's) Linux compute rate, plus a Windows Server licence and a SQL Server licence where
 * the tier has them and brings no licences of its own (Azure Hybrid Benefit).
 */
export function hourlyPrice(tier: Tier, prices: Prices, use: VmUse = 'passive'): HourlyPrice {
	const size = tier.vmSize === undefined ? undefined : vmSizeByName(tier.vmSize);
	const skuName = size?.name ?? `${tier.vcpu} vCPUs, ${tier.memoryGiB} GiB`;
	if (tier.hourlyPriceUsd !== undefined) {
		return {
			usd: tier.hourlyPriceUsd,
			factIds: [],
			formula: `US$${tier.hourlyPriceUsd} an hour (your price)`,
			meter: { service: 'Virtual Machines', sku: `${skuName} (your price)`, unit: 'hour' },
		};
	}
	if (tier.data === 'paas') {
		const unit = prices.sqlVcoreHour;
		return {
			usd: tier.vcpu * unit.usd,
			...(unit.factId !== undefined ? { factId: unit.factId } : {}),
			factIds: unit.factId === undefined ? [] : [unit.factId],
			formula: `${tier.vcpu} vCores × US$${unit.usd}`,
			meter: { ...unit.meter, sku: `${unit.meter.sku}, ${tier.vcpu} vCores`, unit: 'hour' },
			...(unit.priceRegion !== undefined ? { priceRegion: unit.priceRegion } : {}),
		};
	}
	const parts: string[] = [];
	const factIds: string[] = [];
	let usd: number;
	let computeFact: string | undefined;
	const os = tier.os ?? 'linux';
	const ahb = tier.hybridBenefit === true;
	// With Azure Hybrid Benefit a Windows VM is billed the base (Linux) compute rate.
	const billedOs = os === 'windows' && !ahb ? 'windows' : 'linux';
	const own = prices.vcpuHour === undefined ? size?.prices[billedOs] : undefined;
	let windowsIncluded = false;
	// The reader's vCPU price is for wherever they priced it; the model's are PRICE_REGION's.
	let priceRegion: string | undefined = PRICE_REGION;
	if (prices.vcpuHour !== undefined) {
		priceRegion = undefined;
		usd = tier.vcpu * prices.vcpuHour.usd;
		parts.push(`${tier.vcpu} vCPUs × US$${prices.vcpuHour.usd} (your vCPU price)`);
	} else if (size !== undefined && own?.read !== undefined) {
		usd = own.usdPerHour;
		priceRegion = size.priceRegion;
		windowsIncluded = billedOs === 'windows';
		parts.push(
			`${size.name}, ${billedOs === 'windows' ? 'Windows' : 'Linux'}: US$${own.usdPerHour} an hour (the size's own pay-as-you-go meter, ${own.read.productName}, ${size.priceRegion}; Azure Retail Prices API, read ${own.read.date})`,
		);
	} else {
		const family = size?.family ?? familyOf(tier.vcpu, tier.memoryGiB);
		computeFact = `vm.family-${family}`;
		const rate = factNumber(computeFact);
		const rateFact = getFact(computeFact);
		const written = `${rateFact.sourceRead === false ? 'estimated' : 'checked'} ${rateFact.checked}`;
		usd = tier.vcpu * rate;
		factIds.push(computeFact, ...(size === undefined ? ['vm.family-memory-ratio'] : []));
		parts.push(
			size === undefined
				? `${tier.vcpu} vCPUs × US$${rate} (estimate: the ${VM_FAMILY_LABEL[family]} family rate per vCPU, Linux, fact ${computeFact}, ${written})`
				: `${size.name}: estimate, ${tier.vcpu} vCPUs × US$${rate} (the ${VM_FAMILY_LABEL[family]} family rate per vCPU, Linux, fact ${computeFact}, ${written}; no price of this size's own was read)`,
		);
	}
	const licences: string[] = [];
	if (os === 'windows') {
		if (ahb) {
			parts.push('Windows licence: your own (Azure Hybrid Benefit)');
			factIds.push('licensing.windows-hybrid-benefit');
		} else if (!windowsIncluded) {
			const rate = factNumber('vm.windows-licence-vcpu-hour');
			usd += tier.vcpu * rate;
			parts.push(`Windows licence ${tier.vcpu} vCPUs × US$${rate}`);
			factIds.push('vm.windows-licence-vcpu-hour');
		}
		licences.push('Windows');
	}
	const sql = tier.sqlServer ?? 'none';
	if (sql !== 'none') {
		const edition = sql === 'standard' ? 'Standard' : 'Enterprise';
		if (use === 'passive') {
			// A passive DR replica needs no SQL Server licence: with Software Assurance, or
			// pay-as-you-go when every replica is in Azure (the HA/DR licence type), as here.
			parts.push(
				`SQL Server ${edition} licence: none (a passive DR replica, HA/DR licence type${ahb ? ', Software Assurance' : ', pay-as-you-go with every replica in Azure'})`,
			);
			factIds.push('licensing.sql-passive-dr-replica');
		} else if (ahb && use === 'drill') {
			parts.push(
				`SQL Server ${edition} licence: none (DR testing under Software Assurance failover rights)`,
			);
			factIds.push('licensing.sql-passive-dr-replica');
		} else if (ahb) {
			parts.push(
				`SQL Server ${edition} licence: your own, moved with the failover (Azure Hybrid Benefit)`,
			);
			factIds.push('licensing.sql-passive-dr-replica');
		} else {
			const factId = `vm.sql-${sql}-vcpu-hour`;
			const rate = factNumber(factId);
			const cores = Math.max(tier.vcpu, factNumber('vm.sql-min-vcpu'));
			usd += cores * rate;
			parts.push(
				`SQL Server ${edition} licence ${cores} vCPUs × US$${rate}${use === 'drill' ? ' (a drill VM: no free DR testing without Software Assurance)' : ''}`,
			);
			factIds.push(
				factId,
				'vm.sql-min-vcpu',
				...(use === 'drill' ? ['licensing.sql-passive-dr-replica'] : []),
			);
		}
		licences.push(`SQL Server ${edition}${use === 'passive' ? ' HA/DR licence type' : ''}`);
	}
	return {
		usd,
		...(computeFact !== undefined ? { factId: computeFact } : {}),
		factIds,
		formula: parts.length === 1 ? (parts[0] ?? '') : `${parts.join(' + ')} = ${money(usd)}`,
		meter: {
			service: 'Virtual Machines',
			sku: [
				skuName,
				os === 'windows' ? 'Windows' : 'Linux',
				...licences.slice(os === 'windows' ? 1 : 0),
			]
				.concat(ahb && licences.length > 0 ? ['Azure Hybrid Benefit'] : [])
				.join(', '),
			unit: 'hour',
		},
		...(priceRegion !== undefined ? { priceRegion } : {}),
	};
}

/**
 * Megabytes (10^6 bytes: write rates and Site Recovery's churn limits are stated in MB/s) in a
 * gibibyte (2^30 bytes, the unit disks and daily change are counted in): 1,073.74.
 */
const MB_PER_GIB = GB_PER_GIB * 1000;

/**
 * Daily change per VM in GiB, the average that transfer and storage are priced on: given,
 * estimated from the peak write rate and a duty factor, or the default share of the data.
 */
export function dailyChangeGiB(tier: Tier): { gib: number; source: string; factIds: string[] } {
	if (tier.dailyChangeGiB !== undefined) {
		return { gib: tier.dailyChangeGiB, source: 'your daily change', factIds: [] };
	}
	if (tier.churnMBps !== undefined) {
		const duty = factNumber('network.churn-duty-factor');
		return {
			gib: (tier.churnMBps * 86_400 * duty) / 100 / MB_PER_GIB,
			source: `your peak of ${tier.churnMBps} MB/s held ${duty}% of the day (estimate)`,
			factIds: ['network.churn-duty-factor'],
		};
	}
	if (tier.kind === 'stateless')
		return { gib: 0, source: 'a stateless tier writes no data worth keeping', factIds: [] };
	const share = factNumber('ops.daily-change-share') / 100;
	return {
		gib: tier.dataGiB * share,
		source: `${share * 100}% of the data a day (estimate)`,
		factIds: ['ops.daily-change-share'],
	};
}

/** Peak write rate per VM in MB/s, for replication limits: given, or the daily average's rate. */
export function churnMBps(tier: Tier): number {
	if (tier.churnMBps !== undefined) return tier.churnMBps;
	return (dailyChangeGiB(tier).gib * MB_PER_GIB) / 86_400;
}
