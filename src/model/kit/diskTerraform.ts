/**
 * The managed disks a VM or scale set created in the secondary gets in the Terraform: the disks
 * the cost lines price (diskBilling.ts), of the same type and size. The OS disk takes the tier's
 * type (Premium SSD where the type cannot be an OS disk) and, where the plan gives it a size of
 * its own (one disk a VM holding the data), that size; the image's OS disk otherwise. Data disks
 * are a scale set's `data_disk` blocks, or managed disks attached to a VM.
 */
import { factNumber } from '../facts/factRegistry.ts';
import { AZURE_DISK_SKU, DISK_TYPE_LABEL, type DiskType } from '../schema/diskTypes.ts';
import { osDiskType, vmDisks } from './diskBilling.ts';
import { attr, block, expr, type HclExpr, type HclItem } from './hcl.ts';
import { diskTypesOf } from './prices.ts';
import { hasUltraDisks, needsZone, zonelessTarget } from './diskZone.ts';
import type { TerraformBuilder, TierContext } from './terraformBuilder.ts';

/** The type of the disks of VMs running in the secondary: the tier's, or `replica` when named. */
export function runningDiskType(t: TierContext, replica = false): DiskType {
	const types = diskTypesOf(t.tier);
	return replica && t.tier.replicaDiskType !== undefined ? types.replica : types.disk;
}

/**
 * Where the tier's VMs in the secondary stand, for disks of a type: `zone` is the tier's zone
 * variable when its data disks tie the VMs to a zone (Ultra Disk, Premium SSD v2: diskZone.ts),
 * undefined for every other type and in a region the model knows has no zones (the plan's trap
 * says so); `ultra` when the VMs need Ultra Disk compatibility.
 */
export interface DiskPlacement {
	zone: HclExpr | undefined;
	ultra: boolean;
}

export function diskPlacement(b: TerraformBuilder, t: TierContext, type: DiskType): DiskPlacement {
	const ultra = hasUltraDisks(t.tier, type);
	if (!needsZone(t.tier, type) || zonelessTarget(b.workload) !== undefined)
		return { zone: undefined, ultra };
	const label = DISK_TYPE_LABEL[type];
	const zone = b.variable(`${t.id}_zone`, {
		type: 'string',
		description: `Availability zone ("1", "2" or "3") in the secondary region for tier "${t.plan.tier}": its ${label} data disks attach only to a VM in their own zone, so the disks, the VMs and any capacity reservation all take this one. Choose a zone that offers ${label} and the VM size (az vm list-skus --location <region> --zone).`,
		validation: {
			condition: `contains(["1", "2", "3"], var.${t.id}_zone)`,
			message: `${t.id}_zone must be "1", "2" or "3": an availability zone of the secondary region that offers ${label}.`,
		},
	});
	return { zone, ultra };
}

/** `zone` (a VM, a managed disk, a reservation) or `zones` (a scale set, a group), when zonal. */
export function zoneArgument(p: DiskPlacement, name: 'zone' | 'zones' = 'zone'): HclItem[] {
	if (p.zone === undefined) return [];
	return [attr(name, name === 'zone' ? p.zone : expr(`[${p.zone.text}]`))];
}

/** Ultra Disk compatibility on a VM or scale set whose data disks are Ultra Disks. */
export function ultraCapability(p: DiskPlacement): HclItem[] {
	return p.ultra ? [block('additional_capabilities', [], [attr('ultra_ssd_enabled', true)])] : [];
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
	return vmDisks(t.tier).dataGiB.map((gib, lun) =>
		block(
			'data_disk',
			[],
			[
				attr('lun', lun),
				attr('caching', 'None'),
				attr('create_option', 'Empty'),
				attr('storage_account_type', AZURE_DISK_SKU[type]),
				attr('disk_size_gb', Math.ceil(gib)),
			],
		),
	);
}

/**
 * The data disks of the `vms` VMs of a resource with `count` (`vm` is its address), created empty
 * at the sizes and of the type the cost lines price, and attached to each VM at LUN 0, 1…. Writes
 * nothing for a VM whose OS disk holds its data. Returns the disks written.
 */
export function attachedDataDisks(
	b: TerraformBuilder,
	t: TierContext,
	vm: string,
	vms: number,
	type: DiskType,
): number {
	const sizes = vmDisks(t.tier).dataGiB.map((gib) => Math.ceil(gib));
	const [first] = sizes;
	if (first === undefined || vms <= 0) return 0;
	const n = sizes.length;
	// count.index runs over every VM's disks: VM floor(i / n), LUN i % n.
	const vmIndex = n === 1 ? 'count.index' : `floor(count.index / ${n})`;
	const lun = n === 1 ? 0 : expr(`count.index % ${n}`);
	const alike = sizes.every((s) => s === first);
	const sizeText = sizes.map((s) => `${s.toLocaleString('en-US')} GiB`).join(', ');
	const placement = diskPlacement(b, t, type);
	const disk = b.resource(
		'azurerm_managed_disk',
		`${t.id}_replica_data`,
		[
			attr('count', vms * n),
			attr(
				'name',
				expr(`"\${${b.prefix.text}}-${t.slug}-\${${vmIndex}}-data\${count.index % ${n}}"`),
			),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('location', b.secondaryLocation),
			...zoneArgument(placement),
			attr('storage_account_type', AZURE_DISK_SKU[type]),
			attr('create_option', 'Empty'),
			attr('disk_size_gb', alike ? first : expr(`[${sizes.join(', ')}][count.index % ${n}]`)),
		],
		[
			`${n} data disk(s) for each of the ${vms} replica VM(s) (${sizeText}), ${AZURE_DISK_SKU[type]}: the disks the plan prices.`,
			'Created empty; the data store’s own replication fills them once it is configured on the replicas.',
			...(placement.zone !== undefined
				? [
						`${DISK_TYPE_LABEL[type]} attaches only to a VM in the same availability zone: the disks and their VMs share var.${t.id}_zone.`,
					]
				: []),
		],
		t.plan.tier,
	);
	b.resource(
		'azurerm_virtual_machine_data_disk_attachment',
		`${t.id}_replica_data`,
		[
			attr('count', vms * n),
			attr('managed_disk_id', expr(`${disk}[count.index].id`)),
			attr('virtual_machine_id', expr(`${vm}[${vmIndex}].id`)),
			attr('lun', lun),
			// Premium SSD v2 and Ultra Disk take no host caching; set ReadOnly on a data file's disk.
			attr('caching', 'None'),
		],
		[`Each data disk attached to its replica VM, at LUN 0 to ${n - 1}.`],
		t.plan.tier,
	);
	return vms * n;
}
