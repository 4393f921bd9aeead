/**
 * Managed disk size tiers and how a provisioned disk is billed: Premium SSD, Standard SSD and
 * Standard HDD by the disk at its size tier (a 600 GiB disk is billed as the 1 TiB tier), Ultra by
 * its size rounded up to the next provisioned size, Premium SSD v2 by the GiB. Read from Microsoft
 * Learn on 2026-12-07 (the disk types page's size tables and the billing page); the facts below
 * cite them, and the OS disk sizes a VM gets from a marketplace image.
 */
import type { Fact } from './fact.ts';
import { reviewedSecondPass } from './review.ts';
import { SOURCES as S } from './sources.ts';

/** The disk types billed per disk at a size tier, as the schema names them. */
export type TieredDiskType = 'premium-ssd' | 'standard-ssd' | 'standard-hdd';

export interface DiskTier {
	/** The tier's name on the price list (`P30`). */
	name: string;
	/** Its provisioned size in GiB. */
	gib: number;
}

const SIZES = [4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16_384, 32_767];
const NUMBERS = [1, 2, 3, 4, 6, 10, 15, 20, 30, 40, 50, 60, 70, 80];
const tiers = (prefix: string, from = 0): DiskTier[] =>
	SIZES.slice(from).map((gib, i) => ({ name: `${prefix}${NUMBERS[i + from] ?? 0}`, gib }));

/** Every size tier of each tiered type, smallest first (Standard HDD starts at S4, 32 GiB). */
export const DISK_TIERS: Record<TieredDiskType, readonly DiskTier[]> = {
	'premium-ssd': tiers('P'),
	'standard-ssd': tiers('E'),
	'standard-hdd': tiers('S', 3),
};

/** The largest disk of a tiered type, in GiB (P80, E80, S80). */
export const MAX_TIERED_DISK_GIB = 32_767;

/** The largest OS disk, in GiB. */
export const MAX_OS_DISK_GIB = 4095;

/** The provisioned sizes an Ultra Disk is billed at: powers of two to 1 TiB, then whole TiB. */
export function ultraBilledGiB(gib: number): number {
	const small = SIZES.slice(0, 9).find((s) => s >= gib);
	return small ?? Math.ceil(gib / 1024) * 1024;
}

/** The smallest tier of a type that holds a disk of `gib`, or undefined past the largest. */
export function billedTier(type: TieredDiskType, gib: number): DiskTier | undefined {
	return DISK_TIERS[type].find((t) => t.gib >= gib);
}

/** The OS disk of a VM created from a marketplace image, by its operating system. */
export const OS_DISK_FACT = {
	windows: 'disks.os-disk-windows',
	linux: 'disks.os-disk-linux',
} as const;

const tierList = (type: TieredDiskType) =>
	DISK_TIERS[type].map((t) => `${t.name} ${t.gib.toLocaleString('en-US')}`).join(', ');

export const diskTierFacts: readonly Fact[] = [
	{
		id: 'disks.size-tiers',
		label: 'Managed disk size tiers (GiB)',
		value: `Premium SSD ${tierList('premium-ssd')}; Standard SSD E1 to E80 at the same sizes; Standard HDD ${tierList('standard-hdd')}`,
		unit: 'text',
		sources: [S.diskTypes],
		asOf: '2023-03-16',
		...reviewedSecondPass,
		status: 'documented',
		note: 'The disk size rows of the Premium SSD, Standard SSD and Standard HDD size tables on the disk types page. Premium SSD v2 and Ultra Disk have no tiers of this kind.',
	},
	{
		id: 'disks.billed-tier',
		label: 'What a managed disk is billed as',
		value: 'the next largest provisioned size',
		unit: 'text',
		sources: [S.diskBilling],
		asOf: '2024-08-06',
		...reviewedSecondPass,
		status: 'documented',
		note: 'Premium SSD, Standard SSD and Standard HDD are billed per disk at their size tier (the bill’s meter reads "P20 LRS Disk" for a 512 GiB Premium SSD; a 1 TiB disk grown to 3 TiB is billed as E50 or S50). Ultra Disk sizes round up the same way (a 200 GiB Ultra Disk is billed as 256 GiB; 4 GiB to 1 TiB in powers of two, then whole TiB), and Premium SSD v2 is billed per provisioned GiB. Ultra Disk also bills its provisioned IOPS and throughput, and Premium SSD v2 the IOPS above 3,000 and throughput above 125 MB/s; the model counts capacity only, at the baseline performance. Snapshots are billed on the used size.',
	},
	{
		id: 'disks.os-disk-windows',
		label: 'OS disk of a Windows VM from a marketplace image',
		value: 127,
		unit: 'GiB',
		sources: [S.windowsOsDiskSize],
		asOf: '2026-09-21',
		...reviewedSecondPass,
		status: 'documented',
		note: 'Usually 127 GiB (some images are smaller), billed at the 128 GiB tier (P10, E10, S10). An OS disk holds at most 4,095 GiB. Used for a Windows tier whose workload file gives no disk of its own for the OS.',
	},
	{
		id: 'disks.os-disk-linux',
		label: 'OS disk of a Linux VM from a marketplace image',
		value: 30,
		unit: 'GiB',
		sources: [S.linuxOsDiskSize],
		asOf: '2017-02-22',
		...reviewedSecondPass,
		status: 'documented',
		note: 'Typically 30 GiB, billed at the 32 GiB tier (P4, E4, S4). The copy of the page read on 2026-12-07 is its 2017 version; images differ, and a larger OS disk is billed at its own tier. Used for a Linux tier (and a tier that names no operating system) whose workload file gives no disk of its own for the OS.',
	},
];
