/**
 * Managed disks as the pricing calculator bills them: each VM's disks (its OS disk and its data
 * disks), and each disk's price at the size it is billed as: Premium SSD, Standard SSD and
 * Standard HDD per disk at its size tier (a 600 GiB disk is billed as P30, the 1 TiB tier), Ultra
 * Disk at its size rounded up, Premium SSD v2 per provisioned GiB (facts disks.billed-tier,
 * disks.size-tiers). A tier's price is its own meter when `npm run prices:refresh` read it, else
 * an estimate: the type's rate per GiB × the tier's size, labelled as such.
 */
import {
	billedTier,
	MAX_OS_DISK_GIB,
	MAX_TIERED_DISK_GIB,
	OS_DISK_FACT,
	ultraBilledGiB,
	type TieredDiskType,
} from '../facts/diskTiers.ts';
import { readTierPrice } from '../facts/diskTierMeters.ts';
import { PRICE_REGION } from '../facts/priceMeters.ts';
import { factNumber, getFact } from '../facts/factRegistry.ts';
import { formatDecimal } from '../facts/format.ts';
import { DISK_TYPE_LABEL, type DiskType } from '../schema/diskTypes.ts';
import type { Tier } from '../schema/workload.ts';
import type { PriceMeter, Prices } from './prices.ts';

/** One disk of a VM, as the plan counts it. */
export interface VmDisk {
	gib: number;
	/** How its size was found, for the cost line. */
	why: string;
	factIds: string[];
}

/**
 * A VM's disks: its OS disk, and its data disks' sizes in GiB (none where the OS disk holds the
 * data), with how those sizes were found.
 */
export interface VmDisks {
	os: VmDisk;
	dataGiB: number[];
	/** How the data disks' sizes were found, for the cost line. */
	dataWhy: string;
}

const gibText = (gib: number) => `${formatDecimal(gib, gib < 10 ? 1 : 0)} GiB`;

/**
 * A VM's disks from the tier. Listed data disks (`dataDiskSizesGiB`) are taken as they are, beside
 * the marketplace image's OS disk. Otherwise `disksPerVm` counts the OS disk: with one disk, the
 * OS disk holds the VM's data (at least the image's OS disk, at most the largest OS disk); else
 * the OS disk is the image's (facts disks.os-disk-*) and the data is spread evenly over the data
 * disks, more of them where one would pass the largest disk.
 */
export function vmDisks(tier: Tier): VmDisks {
	const os = tier.os ?? 'linux';
	const osFact = OS_DISK_FACT[os];
	const image = factNumber(osFact);
	const imageWhy = `the ${os === 'windows' ? 'Windows' : 'Linux'} marketplace image’s OS disk`;
	const imageDisk: VmDisk = { gib: image, why: imageWhy, factIds: [osFact] };
	const listed = tier.dataDiskSizesGiB;
	if (listed !== undefined)
		return {
			os: imageDisk,
			dataGiB: [...listed],
			dataWhy: `your data disks (dataDiskSizesGiB: ${listed.map((g) => g.toLocaleString('en-US')).join(' + ')} GiB), each billed at its own size`,
		};
	if (tier.disksPerVm <= 1 && tier.dataGiB <= MAX_OS_DISK_GIB) {
		return tier.dataGiB > image
			? {
					os: { gib: tier.dataGiB, why: 'one disk a VM: the OS disk holds its data', factIds: [] },
					dataGiB: [],
					dataWhy: '',
				}
			: { os: imageDisk, dataGiB: [], dataWhy: '' };
	}
	const count = Math.max(tier.disksPerVm - 1, Math.ceil(tier.dataGiB / MAX_TIERED_DISK_GIB));
	const perDisk = tier.dataGiB / count;
	return {
		os: imageDisk,
		dataGiB: Array.from({ length: count }, () => perDisk),
		dataWhy:
			count === 1
				? 'the VM’s data on one data disk'
				: `the VM’s data spread evenly over ${count} data disks${count > tier.disksPerVm - 1 ? ` (no disk holds more than ${gibText(MAX_TIERED_DISK_GIB)})` : ''}`,
	};
}

/**
 * The type an OS disk gets: Premium SSD v2 and Ultra Disk cannot be OS disks, so a tier of those
 * types has a Premium SSD OS disk.
 */
export function osDiskType(type: DiskType): DiskType {
	return type === 'premium-ssd-v2' || type === 'ultra' ? 'premium-ssd' : type;
}

/** One disk's monthly price at the size it is billed as, with its meter and how it was found. */
export interface DiskPrice {
	usd: number;
	/** The size billed, in GiB (the tier's, or the rounded-up size). */
	billedGiB: number;
	/** The tier's name (`P30`), for a tiered type. */
	tier: string | undefined;
	formula: string;
	factIds: string[];
	meter: PriceMeter;
	/** The region the price is for: the type rate's, or the snapshot's; not the reader's own. */
	priceRegion?: string;
}

/** What a per-GiB type's capacity price leaves out or includes, for its SKU. */
export function performanceText(type: DiskType): string {
	return type === 'premium-ssd-v2'
		? ', baseline 3,000 IOPS and 125 MB/s'
		: type === 'ultra'
			? ', capacity only (its IOPS and throughput are billed beside it, not counted)'
			: '';
}

const TIERED: readonly DiskType[] = ['premium-ssd', 'standard-ssd', 'standard-hdd'];
const money = (n: number) => `US$${Math.round(n * 10_000) / 10_000}`;
export const sizeText = (gib: number) =>
	gib >= 1024 && gib % 1024 === 0 ? `${gib / 1024} TiB` : `${gib.toLocaleString('en-US')} GiB`;

/** A disk of `gib` of a type, priced as the calculator prices it. */
export function diskPrice(prices: Prices, type: DiskType, gib: number): DiskPrice {
	const rate = prices.disks[type];
	const label = DISK_TYPE_LABEL[type];
	const tiered = TIERED.includes(type);
	const tier = tiered ? billedTier(type as TieredDiskType, gib) : undefined;
	const billedGiB =
		tier?.gib ?? (type === 'ultra' ? ultraBilledGiB(gib) : Math.max(1, Math.ceil(gib)));
	const rateFact = rate.factId === undefined ? undefined : getFact(rate.factId);
	const read =
		tier === undefined || rate.factId === undefined ? undefined : readTierPrice(tier.name);
	const rounded =
		billedGiB > gib + 1e-9 ? `, a ${gibText(gib)} disk billed as ${sizeText(billedGiB)}` : '';
	const factIds = ['disks.billed-tier', ...(tiered ? ['disks.size-tiers'] : [])];
	let usd: number;
	let how: string;
	if (read !== undefined) {
		usd = read.usd;
		how = `the ${read.meterName} meter, Azure Retail Prices API, read ${read.date}`;
	} else {
		usd = rate.usd * billedGiB;
		how =
			rateFact === undefined
				? `your US$${rate.usd}/GiB a month × ${billedGiB.toLocaleString('en-US')} GiB`
				: `${rateFact.sourceRead === false || rateFact.status === 'estimate' ? 'estimate: ' : ''}${label} US$${rate.usd}/GiB a month (fact ${rateFact.id}, ${rateFact.sourceRead === false ? 'estimated' : 'checked'} ${rateFact.checked}) × ${billedGiB.toLocaleString('en-US')} GiB`;
		if (rate.factId !== undefined) factIds.push(rate.factId);
	}
	const performance = performanceText(type);
	const sku =
		tier !== undefined
			? `${tier.name} (${sizeText(tier.gib)}) ${label} LRS`
			: `${label} LRS, ${sizeText(billedGiB)} provisioned${performance}`;
	return {
		usd,
		billedGiB,
		tier: tier?.name,
		formula: `${money(usd)} per disk-month (${tier === undefined ? sizeText(billedGiB) : tier.name}${rounded}; ${how})`,
		factIds,
		meter: { service: 'Managed Disks', sku, unit: 'disk a month' },
		...(read !== undefined
			? { priceRegion: PRICE_REGION }
			: rate.priceRegion !== undefined
				? { priceRegion: rate.priceRegion }
				: {}),
	};
}

/** The disks of `vms` VMs in the secondary, as the lines count them: OS disks, then data disks. */
export interface DiskSet {
	label: string;
	/** The VMs whose disks these are. */
	vms: number;
	type: DiskType;
	/** Each VM's disks of the set, in GiB. */
	perVmGiB: number[];
	/** How their sizes were found. */
	why: string;
	factIds: string[];
}

/** The OS disks and data disks of `vms` VMs of the tier, of a type (the OS disks' type adjusted). */
export function diskSets(tier: Tier, vms: number, type: DiskType, what: string): DiskSet[] {
	if (vms <= 0) return [];
	const d = vmDisks(tier);
	return [
		{
			label: `${what} (OS)`,
			vms,
			type: osDiskType(type),
			perVmGiB: [d.os.gib],
			why: d.os.why,
			factIds: d.os.factIds,
		},
		...(d.dataGiB.length === 0
			? []
			: [
					{
						label: `${what} (data)`,
						vms,
						type,
						perVmGiB: d.dataGiB,
						why: d.dataWhy,
						factIds: [],
					},
				]),
	];
}
