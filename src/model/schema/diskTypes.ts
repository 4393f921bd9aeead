/**
 * Managed disk types a tier may name (`tiers[].diskType`, `tiers[].replicaDiskType`), with the
 * name Azure gives each (the storage account type of a managed disk, as azurerm's
 * `storage_account_type`, `target_disk_type` and `target_replica_disk_type` take it). One list
 * for the schema, the prices and the Terraform.
 */

export const DISK_TYPES = [
	'standard-hdd',
	'standard-ssd',
	'premium-ssd',
	'premium-ssd-v2',
	'ultra',
] as const;

export type DiskType = (typeof DISK_TYPES)[number];

/** A tier's disks when it names no type. */
export const DEFAULT_DISK_TYPE: DiskType = 'premium-ssd';

/**
 * Site Recovery's replica disks when the tier names no `replicaDiskType`: Standard HDD, the
 * type the plan's Terraform gives `target_replica_disk_type`. At failover the VMs' disks take
 * the tier's `diskType` (`target_disk_type`).
 */
export const DEFAULT_REPLICA_DISK_TYPE: DiskType = 'standard-hdd';

/** Azure's name for each type (locally redundant). */
export const AZURE_DISK_SKU: Record<DiskType, string> = {
	'standard-hdd': 'Standard_LRS',
	'standard-ssd': 'StandardSSD_LRS',
	'premium-ssd': 'Premium_LRS',
	'premium-ssd-v2': 'PremiumV2_LRS',
	ultra: 'UltraSSD_LRS',
};

/** The name the pricing calculator and the price list use. */
export const DISK_TYPE_LABEL: Record<DiskType, string> = {
	'standard-hdd': 'Standard HDD',
	'standard-ssd': 'Standard SSD',
	'premium-ssd': 'Premium SSD',
	'premium-ssd-v2': 'Premium SSD v2',
	ultra: 'Ultra Disk',
};
