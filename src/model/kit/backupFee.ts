/**
 * Azure Backup's protected-instance fee by size band: a smaller fee up to the small band's
 * limit, the standard fee up to one band, then the standard fee per started band. A price the
 * reader entered replaces the band price (it is charged once per band).
 */
import { factNumber } from '../facts/factRegistry.ts';
import { GB_PER_GIB } from './copyTime.ts';
import { ids, line, meterOf, round1, type EstimateContext } from './estimateParts.ts';
import type { CostLine } from './types.ts';

/** The largest instance billed at the small fee, in GB. */
export const SMALL_INSTANCE_GB = 50;

export interface InstanceFee {
	usd: number;
	formula: string;
	factIds: string[];
}

/** The monthly fee for one protected VM of `gib` GiB used size. */
export function backupInstanceFee(ctx: EstimateContext, gib: number): InstanceFee {
	const gb = gib * GB_PER_GIB;
	const standard = ctx.prices.backupInstance;
	const band = factNumber('backup.instance-band-gb');
	if (gb <= SMALL_INSTANCE_GB && standard.factId !== undefined) {
		const small = factNumber('backup.instance-price-small');
		return {
			usd: small,
			formula: `US$${small} (instance up to ${SMALL_INSTANCE_GB} GB)`,
			factIds: ['backup.instance-price-small'],
		};
	}
	const bands = Math.max(1, Math.ceil(gb / band));
	return {
		usd: bands * standard.usd,
		formula:
			bands === 1
				? `US$${standard.usd} (instance up to ${band} GB)`
				: `${bands} started ${band} GB bands × US$${standard.usd}`,
		factIds: ids(standard.factId, 'backup.instance-band-gb'),
	};
}

/** The protected-instance fee for every VM of the tier, by the size band of its data. */
export function backupInstanceLine(ctx: EstimateContext, label: string): CostLine {
	const fee = backupInstanceFee(ctx, ctx.tier.dataGiB);
	return line(
		ctx,
		'licence',
		label,
		ctx.n * fee.usd,
		`${ctx.n} VM(s) of ${round1(ctx.tier.dataGiB * GB_PER_GIB)} GB × ${fee.formula} a month`,
		fee.factIds,
		meterOf(
			ctx,
			{
				usd: fee.usd,
				meter: {
					...ctx.prices.backupInstance.meter,
					sku: `${ctx.prices.backupInstance.meter.sku} (${round1(ctx.tier.dataGiB * GB_PER_GIB)} GB)`,
				},
				...(ctx.prices.backupInstance.priceRegion !== undefined
					? { priceRegion: ctx.prices.backupInstance.priceRegion }
					: {}),
			},
			ctx.n,
			'source',
		),
	);
}
