/**
 * Cost lines of managed disks kept in a region, counted as the pricing calculator counts them:
 * one line for the OS disks and one for the data disks of the VMs that hold them, each
 * `N × P30 (1 TiB) Premium SSD LRS` at its price per disk-month (diskBilling.ts).
 */
import type { DiskType } from '../schema/diskTypes.ts';
import { diskPrice, diskSets } from './diskBilling.ts';
import { line, regionOf, type EstimateContext, type MeterPlace } from './estimateParts.ts';
import type { CostLine } from './types.ts';

/**
 * The OS and data disks of `vms` of the tier's VMs, of `type`, kept in a region: "<what> OS
 * disks" and "<what> data disks".
 */
export function diskLines(
	ctx: EstimateContext,
	what: string,
	vms: number,
	type: DiskType,
	place: MeterPlace = 'target',
): CostLine[] {
	return diskSets(ctx.tier, vms, type, what).map((set) => {
		const p = diskPrice(ctx.prices, set.type, set.disk.gib);
		const perVm = set.perVm === 1 ? 'one a VM' : `${set.perVm} a VM`;
		return line(
			ctx,
			'storage',
			set.label,
			set.count * p.usd,
			`${set.count} × ${p.meter.sku}, ${p.formula}; ${vms} VM(s), ${perVm}: ${set.disk.why}`,
			[...p.factIds, ...set.disk.factIds],
			{ ...p.meter, quantity: set.count, unitPriceUsd: p.usd, region: regionOf(ctx, place) },
		);
	});
}
