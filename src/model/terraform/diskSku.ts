/**
 * The managed disk SKU a tier's disks get in the Terraform: the one the plan prices. The plan
 * prices premium SSD (fact disks.premium-price), so Premium_LRS unless the tier names another
 * type in `tiers[].diskType` (its disks after failover) or `tiers[].replicaDiskType` (Site
 * Recovery's replica disks before failover). Every writer takes the SKU from here.
 */
import type { Tier } from '../workload.ts';

/** The workload's disk type names and the Azure SKU each stands for. */
export const DISK_SKUS = {
	'standard-hdd': 'Standard_LRS',
	'standard-ssd': 'StandardSSD_LRS',
	'premium-ssd': 'Premium_LRS',
	'premium-ssd-v2': 'PremiumV2_LRS',
	ultra: 'UltraSSD_LRS',
} as const;

export type DiskTypeName = keyof typeof DISK_SKUS;

/** What the plan prices when the tier names no disk type. */
export const DEFAULT_DISK_SKU = DISK_SKUS['premium-ssd'];

const isDiskType = (v: unknown): v is DiskTypeName =>
	typeof v === 'string' && Object.hasOwn(DISK_SKUS, v);

/**
 * The SKU for one of the tier's disk type fields. The fields are read by name so that this file
 * works before and after the workload schema declares them.
 */
export function diskSku(tier: Tier, field: 'diskType' | 'replicaDiskType'): string {
	const named: unknown = (tier as Partial<Record<typeof field, unknown>>)[field];
	const own = isDiskType(named) ? DISK_SKUS[named] : undefined;
	if (own !== undefined) return own;
	// A replica disk without its own type follows the tier's disk type.
	if (field === 'replicaDiskType') return diskSku(tier, 'diskType');
	return DEFAULT_DISK_SKU;
}
