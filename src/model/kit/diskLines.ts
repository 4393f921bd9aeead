/**
 * Cost lines of managed disks kept in a region, counted as the pricing calculator counts them:
 * one line for the OS disks and one for the data disks of the VMs that hold them, each
 * `N × P30 (1 TiB) Premium SSD LRS` at its price per disk-month (diskBilling.ts).
 */
import { formatDecimal } from '../facts/format.ts';
import type { DiskType } from '../schema/diskTypes.ts';
import { diskSets } from './diskBilling.ts';
import { billVmDisks } from './diskSetPrice.ts';
import { line, meterOf, type EstimateContext, type MeterPlace } from './estimateParts.ts';
import type { CostLine } from './types.ts';

/**
 * The OS and data disks of `vms` of the tier's VMs, of `type`, kept in a region: "<what> OS
 * disks" and "<what> data disks". Disks of one VM billed alike are counted as disks
 * (`4 × P20 (512 GiB) Premium SSD LRS`); disks of different sizes as each VM's set of them.
 */
export function diskLines(
	ctx: EstimateContext,
	what: string,
	vms: number,
	type: DiskType,
	place: MeterPlace = 'target',
): CostLine[] {
	return diskSets(ctx.tier, vms, type, what).map((set) => {
		const bill = billVmDisks(ctx.prices, set.type, set.perVmGiB);
		const count = set.vms * bill.unitsPerVm;
		const text =
			bill.unitsPerVm === set.perVmGiB.length
				? `${count} × ${bill.unit.meter.sku}, ${bill.formula}; ${vms} VM(s), ${bill.unitsPerVm === 1 ? 'one a VM' : `${bill.unitsPerVm} a VM`}: ${set.why}`
				: `${vms} VM(s) × (${bill.unit.meter.sku}), ${bill.formula}; ${set.why}`;
		return line(
			ctx,
			'storage',
			set.label,
			count * bill.unit.usd,
			text,
			[...bill.factIds, ...set.factIds],
			meterOf(ctx, bill.unit, count, place),
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
		const bill = billVmDisks(ctx.prices, set.type, set.perVmGiB);
		const units = set.vms * bill.unitsPerVm;
		const unitHours = units * hours;
		const hourly = bill.unit.usd / perMonth;
		const alike = bill.unitsPerVm === set.perVmGiB.length;
		return line(
			ctx,
			'drills',
			set.label,
			unitHours * hourly,
			`${alike ? `${units} × ${bill.unit.meter.sku}` : `${vms} VM(s) × (${bill.unit.meter.sku})`} for ${formatDecimal(hours, 2)} h a month (the drills’ hours) × ${bill.formula} ÷ ${perMonth} h; estimate: a disk kept part of a month costs that share of its monthly price; ${vms} drill VM(s): ${set.why}`,
			[...bill.factIds, ...set.factIds, 'ops.drill-hours', 'vm.hours-per-month'],
			meterOf(
				ctx,
				{
					...bill.unit,
					usd: hourly,
					meter: { ...bill.unit.meter, unit: alike ? 'disk-hour' : 'VM disk set-hour' },
				},
				unitHours,
			),
		);
	});
}
