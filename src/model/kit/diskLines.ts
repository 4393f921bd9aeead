/**
 * Cost lines of managed disks kept in a region, counted as the pricing calculator counts them:
 * one line for the OS disks and one for the data disks of the VMs that hold them, each
 * `N × P30 (1 TiB) Premium SSD LRS` at its price per disk-month (diskBilling.ts).
 */
import { formatDecimal } from '../facts/format.ts';
import type { DiskType } from '../schema/diskTypes.ts';
import { diskPrice, diskSets } from './diskBilling.ts';
import { line, meterOf, type EstimateContext, type MeterPlace } from './estimateParts.ts';
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
			meterOf(ctx, p, set.count, place),
		);
	});
}

/**
 * The disks of `vms` drill VMs, kept for `hours` a month (the drills' hours): each VM's OS and
 * data disks of the tier's type, at their tier's price for that share of the month's hours.
 * Assumption (labelled): a disk kept part of a month costs that share of its monthly price.
 */
export function drillDiskLines(ctx: EstimateContext, vms: number, hours: number): CostLine[] {
	if (vms <= 0 || hours <= 0) return [];
	const perMonth = ctx.prices.hoursPerMonth;
	return diskSets(ctx.tier, vms, ctx.diskTypes.disk, 'Test failover disks').map((set) => {
		const p = diskPrice(ctx.prices, set.type, set.disk.gib);
		const diskHours = set.count * hours;
		const hourly = p.usd / perMonth;
		return line(
			ctx,
			'drills',
			set.label,
			diskHours * hourly,
			`${set.count} × ${p.meter.sku} for ${formatDecimal(hours, 2)} h a month (the drills’ hours) × ${p.formula} ÷ ${perMonth} h; estimate: a disk kept part of a month costs that share of its monthly price; ${vms} drill VM(s): ${set.disk.why}`,
			[...p.factIds, ...set.disk.factIds, 'ops.drill-hours', 'vm.hours-per-month'],
			meterOf(ctx, { ...p, usd: hourly, meter: { ...p.meter, unit: 'disk-hour' } }, diskHours),
		);
	});
}
