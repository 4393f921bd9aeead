/**
 * One VM's disks of a set (its OS disk, or its data disks) priced disk by disk, each at the size
 * tier it is billed as (diskBilling.ts), and grouped by what they are billed as. Disks that are
 * all billed alike keep the calculator's own meter (`2 × P20 (512 GiB) Premium SSD LRS` at its
 * price per disk-month); disks of different sizes are one meter per VM listing them
 * (`1 × P10 (128 GiB) + 1 × P20 (512 GiB) + 1 × P30 (1 TiB) Premium SSD LRS`), priced at their
 * sum, so the line's cost is still its quantity × its unit price.
 */
import { DISK_TYPE_LABEL, type DiskType } from '../schema/diskTypes.ts';
import { diskPrice, performanceText, sizeText, type DiskPrice } from './diskBilling.ts';
import type { Price, Prices } from './prices.ts';

/** Disks of one VM billed alike: how many, and the price of each. */
export interface DiskGroup {
	count: number;
	price: DiskPrice;
}

/** One VM's disks of a set, as a line bills them. */
export interface VmDiskBill {
	/** Each VM's disks, grouped by what they are billed as, smallest first. */
	groups: DiskGroup[];
	/** One VM's disks a month: the sum of each disk's price. */
	perVmUsd: number;
	/** Units a VM on the meter: its disks when they are billed alike, else one (its disks). */
	unitsPerVm: number;
	/** The meter's unit and its price: a disk-month, or a VM's disks a month. */
	unit: Pick<Price, 'usd' | 'meter' | 'priceRegion'>;
	/** How the unit price was found. */
	formula: string;
	factIds: string[];
}

const money = (n: number) => `US$${Math.round(n * 10_000) / 10_000}`;

/** A group's name in a list of tiers: `P30 (1 TiB)`, or `600 GiB` for a type billed by the GiB. */
const groupName = (p: DiskPrice) =>
	p.tier === undefined ? sizeText(p.billedGiB) : `${p.tier} (${sizeText(p.billedGiB)})`;

/**
 * `diskPrice` for one type, working each size out once: a VM's data spread evenly is many disks
 * of one size.
 */
export function diskPricer(prices: Prices, type: DiskType): (gib: number) => DiskPrice {
	const known = new Map<number, DiskPrice>();
	return (gib) => {
		const found = known.get(gib);
		if (found !== undefined) return found;
		const price = diskPrice(prices, type, gib);
		known.set(gib, price);
		return price;
	};
}

/** One VM's disks of `type`, `perVmGiB` each, each priced at its own size tier. */
export function billVmDisks(
	prices: Prices,
	type: DiskType,
	perVmGiB: readonly number[],
): VmDiskBill {
	const byMeter = new Map<string, DiskGroup>();
	const priceOf = diskPricer(prices, type);
	for (const gib of perVmGiB) {
		const price = priceOf(gib);
		const key = `${price.meter.sku}\n${price.usd}`;
		const group = byMeter.get(key);
		if (group === undefined) byMeter.set(key, { count: 1, price });
		else group.count += 1;
	}
	const groups = [...byMeter.values()].sort((a, b) => a.price.billedGiB - b.price.billedGiB);
	const perVmUsd = groups.reduce((sum, g) => sum + g.count * g.price.usd, 0);
	const factIds = [...new Set(groups.flatMap((g) => g.price.factIds))];
	const [only] = groups;
	if (groups.length === 1 && only !== undefined)
		return {
			groups,
			perVmUsd,
			unitsPerVm: only.count,
			unit: only.price,
			formula: only.price.formula,
			factIds,
		};
	const regions = new Set(groups.map((g) => g.price.priceRegion));
	const [priceRegion] = regions;
	return {
		groups,
		perVmUsd,
		unitsPerVm: 1,
		unit: {
			usd: perVmUsd,
			meter: {
				service: 'Managed Disks',
				sku: `${groups.map((g) => `${g.count} × ${groupName(g.price)}`).join(' + ')} ${DISK_TYPE_LABEL[type]} LRS${performanceText(type)}`,
				unit: 'VM disk set a month',
			},
			...(regions.size === 1 && priceRegion !== undefined ? { priceRegion } : {}),
		},
		formula: `${money(perVmUsd)} a VM’s disks a month, each at its own size: ${groups.map((g) => `${g.count} × ${g.price.formula}`).join(' + ')}`,
		factIds,
	};
}
