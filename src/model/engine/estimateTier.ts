/**
 * One candidate's estimate for one tier: the pattern's estimator (from the registry) run on
 * the tier's context, with the drills line every pattern adds and, where the pattern leaves
 * corruption open and the workload asks for protection, the corruption layer's lines.
 */
import { factNumber } from '../facts/factRegistry.ts';
import { estimatorFor } from '../patterns/index.ts';
import type { Tier, Workload } from '../schema/workload.ts';
import type { Candidate } from './candidates.ts';
import {
	ids,
	line,
	noDataRpo,
	vmHoursMeter,
	type EstimateContext,
	type TierEstimate,
	neededVms,
} from '../kit/estimateParts.ts';
import { corruptionLayer, needsCorruptionLayer, type ProtectionLayer } from './protectionLayer.ts';
import { dailyChangeGiB, diskTypesOf, hourlyPrice, resolvePrices } from '../kit/prices.ts';
import type { CostLine } from '../kit/types.ts';
import { drillDiskLines } from '../kit/diskLines.ts';
import { dataDisksAssumption } from '../schema/dataDisks.ts';

export { neededVms };

export function hasEstimator(patternId: Candidate['patternId']): boolean {
	return estimatorFor(patternId) !== undefined;
}

export const RESERVATION_ASSUMPTION =
	'The capacity reservation removes the risk that the target region has no room for these VMs; it does not make any step faster.';

/**
 * A capacity reservation for the VMs the tier needs after failover (its drCapacityPercent of its
 * VMs), billed at the VM rate whether used or not.
 */
function reservationLine(ctx: EstimateContext): CostLine {
	const share = factNumber('capacity.reservation-billing');
	// A reservation is billed at the size's compute rate: licences are billed only on a VM
	// that runs (an assumption: the reservation billing fact names the pay-as-you-go rate).
	const compute = hourlyPrice({ ...ctx.tier, os: 'linux', sqlServer: 'none' }, ctx.prices);
	const hours = ctx.needed * share * ctx.prices.hoursPerMonth;
	return line(
		ctx,
		'compute',
		'Capacity reservation in the target region',
		hours * compute.usd,
		`${ctx.needed} reserved VM(s) × (${compute.formula}) × ${share} × ${ctx.prices.hoursPerMonth} h, billed whether used or not`,
		ids(...compute.factIds, 'capacity.reservation-billing', 'vm.hours-per-month'),
		{ ...vmHoursMeter(ctx, compute, hours), sku: `${compute.meter.sku}, capacity reservation` },
	);
}

/**
 * What every candidate for one tier shares, worked out once per tier: the estimate context
 * (prices, change rate, VM counts) and, when the workload asks for it, the corruption layer.
 * Kept for one edit's budget: shared, a 10-tier workload's evaluations take about 1.25 ms of CPU
 * instead of 1.75 ms built per candidate (medians of five rounds, 2026-12-07).
 */
export interface TierScope {
	ctx: EstimateContext;
	/** The corruption layer's lines for this tier (made on first use, then shared). */
	corruptionLayer: () => ProtectionLayer;
}

export function tierScope(workload: Workload, tier: Tier): TierScope {
	const prices = resolvePrices(workload);
	const change = dailyChangeGiB(tier);
	const disks = diskTypesOf(tier);
	const ctx: EstimateContext = {
		workload,
		tier,
		prices,
		n: tier.vmCount,
		needed: neededVms(tier),
		dataCopies: tier.dataSet === 'shared' ? 1 : tier.vmCount,
		hourly: hourlyPrice(tier, prices, 'passive'),
		hourlyDrill: hourlyPrice(tier, prices, 'drill'),
		hourlyServing: hourlyPrice(tier, prices, 'serving'),
		diskPrice: prices.disks[disks.disk],
		replicaDiskPrice: prices.disks[disks.replica],
		diskTypes: disks,
		changeGiB: change.gib,
		changeSource: change.source,
		changeFactIds: change.factIds,
		daysPerMonth: prices.hoursPerMonth / 24,
	};
	let layer: ProtectionLayer | undefined;
	return { ctx, corruptionLayer: () => (layer ??= corruptionLayer(ctx)) };
}

export function estimateTier(
	workload: Workload,
	tier: Tier,
	candidate: Candidate,
	scope: TierScope = tierScope(workload, tier),
): TierEstimate & { layers: ProtectionLayer[] } {
	const estimator = estimatorFor(candidate.patternId);
	if (estimator === undefined)
		throw new Error(`No estimator for pattern "${candidate.patternId}".`);
	const { ctx } = scope;
	const raw = estimator(ctx, candidate.variant);
	// A stateless tier has no data at risk, whatever carries its disks.
	const estimate = tier.kind === 'stateless' ? { ...raw, rpo: noDataRpo() } : raw;
	const drillHours = factNumber('ops.drill-hours');
	const drillsPerMonth = workload.drillsPerYear / 12;
	const drillVmHours = estimate.drillUnits * drillHours * drillsPerMonth;
	const drillLine: CostLine = line(
		ctx,
		'drills',
		'Test failovers',
		drillVmHours * ctx.hourlyDrill.usd,
		estimate.drillUnits === 0
			? 'A drill fails over to what already runs in the secondary, so it adds no compute'
			: `${estimate.drillUnits} VM${estimate.drillUnits === 1 ? '' : 's'} × (${ctx.hourlyDrill.formula}) × ${drillHours} h × ${workload.drillsPerYear} drills ÷ 12`,
		ids(...ctx.hourlyDrill.factIds, 'ops.drill-hours'),
		vmHoursMeter(ctx, ctx.hourlyDrill, drillVmHours),
	);
	const reservation: CostLine[] = candidate.reserveCapacity === true ? [reservationLine(ctx)] : [];
	const layers = needsCorruptionLayer(workload, tier, candidate.patternId)
		? [scope.corruptionLayer()]
		: [];
	return {
		...estimate,
		lines: [
			...estimate.lines,
			...reservation,
			drillLine,
			...drillDiskLines(ctx, estimate.drillUnits, drillHours * drillsPerMonth),
			...layers.flatMap((l) => l.lines),
		],
		layers,
		assumptions: [
			...estimate.assumptions,
			...(reservation.length > 0 ? [RESERVATION_ASSUMPTION] : []),
			dataDisksAssumption(tier),
		].filter((a) => a !== ''),
	};
}
