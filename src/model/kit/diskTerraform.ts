/**
 * The managed disks a VM or scale set created in the secondary gets in the Terraform: the disks
 * the cost lines price (diskBilling.ts), of the same type and size. The OS disk takes the tier's
 * type (Premium SSD where the type cannot be an OS disk) and, where the plan gives it a size of
 * its own (one disk a VM holding the data), that size; the image's OS disk otherwise.
 */
import { factNumber } from '../facts/factRegistry.ts';
import { AZURE_DISK_SKU, type DiskType } from '../schema/diskTypes.ts';
import { osDiskType, vmDisks } from './diskBilling.ts';
import { attr, block, type HclItem } from './hcl.ts';
import { diskTypesOf } from './prices.ts';
import type { TierContext } from './terraformBuilder.ts';

/** The type of the disks of VMs running in the secondary: the tier's, or `replica` when named. */
export function runningDiskType(t: TierContext, replica = false): DiskType {
	const types = diskTypesOf(t.tier);
	return replica && t.tier.replicaDiskType !== undefined ? types.replica : types.disk;
}

/** The `os_disk` block: the type and, when the plan sizes it, the size the cost lines price. */
export function osDiskBlock(t: TierContext, type: DiskType): HclItem {
	const os = vmDisks(t.tier).os;
	const image = factNumber(
		t.tier.os === 'windows' ? 'disks.os-disk-windows' : 'disks.os-disk-linux',
	);
	return block(
		'os_disk',
		[],
		[
			attr('caching', 'ReadWrite'),
			attr('storage_account_type', AZURE_DISK_SKU[osDiskType(type)]),
			...(os.gib > image ? [attr('disk_size_gb', Math.ceil(os.gib))] : []),
		],
	);
}

/** A scale set's `data_disk` blocks: the plan's data disks a VM, empty, of the type and size priced. */
export function dataDiskBlocks(t: TierContext, type: DiskType): HclItem[] {
	const d = vmDisks(t.tier);
	if (d.data === undefined) return [];
	const gib = Math.ceil(d.data.gib);
	return Array.from({ length: d.dataCount }, (_, lun) =>
		block(
			'data_disk',
			[],
			[
				attr('lun', lun),
				attr('caching', 'None'),
				attr('create_option', 'Empty'),
				attr('storage_account_type', AZURE_DISK_SKU[type]),
				attr('disk_size_gb', gib),
			],
		),
	);
}
