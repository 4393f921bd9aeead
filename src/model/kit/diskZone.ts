/**
 * Ultra Disk and Premium SSD v2 data disks in the secondary region, and the availability zone
 * they tie their VMs to. Both attach only to a VM in a zone in most regions that have zones (the
 * disk, the VM and its capacity reservation in the same zone); in a region without zones Azure
 * deploys them regionally, and only where it lists the type for that (facts
 * disks.ultra-vm-needs, disks.premium-v2-vm-needs). A VM with Ultra Disks also needs Ultra Disk
 * compatibility, and cannot use a capacity reservation (fact capacity.reservation-limits).
 */
import { planRegions, type Region } from '../regions/index.ts';
import { DISK_TYPE_LABEL, type DiskType } from '../schema/diskTypes.ts';
import type { Tier, Workload } from '../schema/workload.ts';
import { vmDisks } from './diskBilling.ts';

/** The disk types that tie a VM to a zone. */
export const ZONAL_DISK_TYPES: readonly DiskType[] = ['ultra', 'premium-ssd-v2'];

/** The fact that says where a disk type of ZONAL_DISK_TYPES attaches. */
export const ZONE_FACT: Record<string, string> = {
	ultra: 'disks.ultra-vm-needs',
	'premium-ssd-v2': 'disks.premium-v2-vm-needs',
};

/**
 * Whether the tier's VMs get data disks of a type that ties them to a zone. An OS disk never
 * does (neither type can be one: diskBilling's osDiskType), so a VM whose one disk holds its
 * data has none.
 */
export function needsZone(tier: Tier, type: DiskType): boolean {
	return ZONAL_DISK_TYPES.includes(type) && vmDisks(tier).dataGiB.length > 0;
}

/** Whether the tier's VMs get Ultra Disks, which a capacity reservation cannot hold. */
export function hasUltraDisks(tier: Tier, type: DiskType): boolean {
	return type === 'ultra' && needsZone(tier, type);
}

/**
 * The secondary region when the model knows it has no availability zones; undefined when it has
 * zones, when the region is not named or when the region table does not say.
 */
export function zonelessTarget(workload: Workload): Region | undefined {
	const target = planRegions(workload)?.target;
	return target?.zones === false ? target : undefined;
}

/** What each type asks of a VM, as a sentence that quotes its fact. */
const NEEDS: Record<string, string> = {
	ultra: 'A VM with Ultra Disks needs {fact:disks.ultra-vm-needs}',
	'premium-ssd-v2': 'Premium SSD v2 attaches {fact:disks.premium-v2-vm-needs}',
};

/** What a zoneless secondary region means for the tier's disks of this type, in words. */
export function regionalDisksText(tierName: string, type: DiskType, region: Region): string {
	const label = DISK_TYPE_LABEL[type];
	return `${tierName}: ${region.displayName} (${region.name}) has no availability zones, so the Terraform creates the ${label} data disks and their VMs there regionally (no zone). ${NEEDS[type] ?? ''}: check that ${region.name} is listed for regional ${label} before you rely on it.`;
}
