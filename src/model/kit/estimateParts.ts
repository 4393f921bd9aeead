/**
 * The parts pattern estimators are built from: what one tier's estimate holds, the context an
 * estimator reads, and the steps, cost lines and RPOs several patterns share. Each figure
 * carries its formula and the facts it used.
 */
import { factSpread } from '../facts/factRegistry.ts';
import { formatDecimal } from '../facts/format.ts';
import { planRegions } from '../regions/index.ts';
import type { DiskType } from '../schema/diskTypes.ts';
import type { Tier, Workload } from '../schema/workload.ts';
import { GB_PER_GIB } from './copyTime.ts';
import { diskSets } from './diskBilling.ts';
import { billVmDisks, diskPricer } from './diskSetPrice.ts';
import type { HourlyPrice, Price, Prices } from './prices.ts';
import { constant, scaleRange } from './range.ts';
import { inParallel, tailNote, TAIL_FACT, waves } from './scaling.ts';
import type {
	CostKind,
	CostLine,
	Meter,
	Range,
	Rejection,
	RpoEstimate,
	RtoStep,
	StepKind,
} from './types.ts';
import { stepKey } from './types.ts';

export interface TierEstimate {
	steps: RtoStep[];
	rpo: RpoEstimate;
	lines: CostLine[];
	/** VMs (or databases) that run in the secondary during a drill. */
	drillUnits: number;
	failedOverDayUsd: number;
	failedOverDayFormula: string;
	blockers: Rejection[];
	assumptions: string[];
}

/** What an estimator reads: the workload, the tier, and figures derived from them once. */
export interface EstimateContext {
	workload: Workload;
	tier: Tier;
	prices: Prices;
	n: number;
	/** VMs the tier needs running after failover: its drCapacityPercent of n, at least one. */
	needed: number;
	/**
	 * Copies of the tier's data that application replication and application backups move: one
	 * for a shared data set (an HA group), otherwise one per VM.
	 */
	dataCopies: number;
	/** A passive VM's hour in the secondary (a standby or replica), with the licences it needs. */
	hourly: HourlyPrice;
	/** A drill VM's hour: DR testing, free of a SQL Server licence only with Software Assurance. */
	hourlyDrill: HourlyPrice;
	/** A serving VM's hour (a failed-over day, a VM that carries traffic). */
	hourlyServing: HourlyPrice;
	/** The tier's own disks (running VMs in the secondary) and its replica disks. */
	diskPrice: Price;
	replicaDiskPrice: Price;
	/** The tier's disk type (running VMs in the secondary) and its replica disks' type. */
	diskTypes: { disk: DiskType; replica: DiskType };
	changeGiB: number;
	changeSource: string;
	changeFactIds: string[];
	daysPerMonth: number;
}

/** A pattern's estimator: one tier's own steps, RPO, standby cost and blockers for a variant. */
export type Estimator = (ctx: EstimateContext, variant: string | undefined) => TierEstimate;

export const ids = (...list: (string | undefined)[]): string[] =>
	list.filter((x): x is string => x !== undefined);

export function priceIds(...prices: Price[]): string[] {
	return ids(...prices.map((p) => p.factId));
}

export function round1(n: number): string {
	return formatDecimal(n, 1);
}

export function step(
	ctx: EstimateContext,
	kind: StepKind,
	label: string,
	minutes: Range,
	formula: string,
	factIds: string[],
): RtoStep {
	return {
		key: stepKey(kind, ctx.tier.name),
		kind,
		label,
		minutes,
		formula,
		factIds,
		tier: ctx.tier.name,
	};
}

export function line(
	ctx: EstimateContext,
	kind: CostKind,
	label: string,
	monthlyUsd: number,
	formula: string,
	factIds: string[],
	meter: Meter,
): CostLine {
	return { kind, label, monthlyUsd, formula, factIds, meter, tier: ctx.tier.name };
}

/** Where a meter is billed: the secondary (most DR costs), the source, or between them. */
export type MeterPlace = 'target' | 'source' | 'between';

export function regionOf(ctx: EstimateContext, place: MeterPlace = 'target'): string {
	const { source, target } = ctx.prices.regions;
	return place === 'between' ? `${source} to ${target}` : place === 'source' ? source : target;
}

/** A meter for `quantity` units of a price, billed in a place. */
export function meterOf(
	ctx: EstimateContext,
	price: Pick<Price, 'usd' | 'meter' | 'priceRegion'>,
	quantity: number,
	place: MeterPlace = 'target',
): Meter {
	const region = regionOf(ctx, place);
	// Transfer between regions is priced by zone, not by either region.
	const priceRegion = place === 'between' ? undefined : price.priceRegion;
	return {
		service: price.meter.service,
		sku: price.meter.sku,
		quantity,
		unit: price.meter.unit,
		unitPriceUsd: price.usd,
		region,
		...(priceRegion !== undefined && priceRegion !== region ? { priceRegion } : {}),
	};
}

/** " (inter-continent transfer, westeurope to eastus)", or nothing without named regions. */
export function transferKindText(prices: Prices): string {
	return prices.transferKind === undefined ? '' : ` (${prices.transferKind} transfer)`;
}

/**
 * Monthly inter-region transfer of the tier's daily change, for `copies` copies of it: one per VM
 * (Site Recovery and disk copies), or the tier's data copies (application replication).
 */
export function transferLine(
	ctx: EstimateContext,
	label = 'Replicated changes across regions',
	copies = ctx.n,
): CostLine {
	const gb = ctx.changeGiB * copies * ctx.daysPerMonth * GB_PER_GIB;
	const price = ctx.prices.transferPerGb;
	const what =
		copies === ctx.n
			? `${copies} VM(s)`
			: `${copies} copy of the data (one data set, ${ctx.n} VMs)`;
	return line(
		ctx,
		'transfer',
		label,
		gb * price.usd,
		`${round1(ctx.changeGiB)} GiB a day (${ctx.changeSource}) × ${what} × ${round1(ctx.daysPerMonth)} days × ${GB_PER_GIB.toFixed(3)} GB/GiB × US$${price.usd}/GB${transferKindText(ctx.prices)}`,
		[...priceIds(price), ...ctx.changeFactIds],
		meterOf(ctx, price, gb, 'between'),
	);
}

export function storageLine(
	ctx: EstimateContext,
	label: string,
	gibPerUnit: number,
	units: number,
	price: Price,
	what: string,
	place: MeterPlace = 'target',
): CostLine {
	return line(
		ctx,
		'storage',
		label,
		gibPerUnit * units * price.usd,
		`${round1(gibPerUnit)} GiB (${what}) × ${units} × US$${price.usd}/GiB a month`,
		priceIds(price),
		meterOf(ctx, price, gibPerUnit * units, place),
	);
}

/** A cost line that also cites the facts behind its quantity. */
export function withFacts(l: CostLine, ...factIds: string[]): CostLine {
	return { ...l, factIds: [...l.factIds, ...factIds] };
}

/** A monthly licence for each VM of the tier. */
export function licenceLine(ctx: EstimateContext, label: string, price: Price): CostLine {
	return line(
		ctx,
		'licence',
		label,
		ctx.n * price.usd,
		`${ctx.n} × US$${price.usd} a month`,
		priceIds(price),
		meterOf(ctx, price, ctx.n),
	);
}

/** A meter for VM hours at an hourly price. */
export function vmHoursMeter(ctx: EstimateContext, hourly: HourlyPrice, hours: number): Meter {
	return meterOf(ctx, hourly, hours);
}

export function computeLine(
	ctx: EstimateContext,
	label: string,
	units: number,
	share = 1,
	shareFact?: string,
	hourly: HourlyPrice = ctx.hourly,
): CostLine {
	const hours = units * share * ctx.prices.hoursPerMonth;
	return line(
		ctx,
		'compute',
		label,
		hours * hourly.usd,
		`${units} × (${hourly.formula})${share !== 1 ? ` × ${share * 100}%` : ''} × ${ctx.prices.hoursPerMonth} h`,
		ids(...hourly.factIds, 'vm.hours-per-month', shareFact),
		vmHoursMeter(ctx, hourly, hours),
	);
}

/**
 * The extra cost of a day failed over: the VMs not already running, for 24 hours, and, `withDisks`,
 * the disks they bring (each VM's OS and data disks at the tier's disk type, priced per disk at
 * the size tier it is billed as), less what the copies they are made from already cost
 * (`replicasPaid`: Site Recovery's replica disks, which become the VM's disks), for a day of a
 * month's price.
 */
export function failedOverDay(
	ctx: EstimateContext,
	alreadyRunning: number,
	withDisks = false,
	replicasPaid = false,
): { failedOverDayUsd: number; failedOverDayFormula: string } {
	const extra = Math.max(0, ctx.needed - alreadyRunning);
	const vms = extra * ctx.hourlyServing.usd * 24;
	const vmText = `${extra} VM(s) needed and not already running × (${ctx.hourlyServing.formula}) × 24 h`;
	if (!withDisks) return { failedOverDayUsd: vms, failedOverDayFormula: vmText };
	const sets = diskSets(ctx.tier, extra, ctx.diskTypes.disk, 'Failed-over');
	const replicas = diskSets(ctx.tier, extra, ctx.diskTypes.replica, 'Replica');
	let monthly = 0;
	const parts: string[] = [];
	sets.forEach((set, i) => {
		const bill = billVmDisks(ctx.prices, set.type, set.perVmGiB);
		const replicaSet = replicas[i];
		const paid =
			replicasPaid && replicaSet !== undefined
				? billVmDisks(ctx.prices, replicaSet.type, replicaSet.perVmGiB)
				: undefined;
		// Disk by disk: a replica disk already paid for lowers its own disk's price, never below 0.
		const ownPrice = diskPricer(ctx.prices, set.type);
		const replicaPrice =
			replicaSet === undefined ? undefined : diskPricer(ctx.prices, replicaSet.type);
		const perVm = set.perVmGiB.reduce((sum, gib, d) => {
			const own = ownPrice(gib).usd;
			const replicaGiB = replicaSet?.perVmGiB[d];
			const already =
				paid === undefined || replicaPrice === undefined || replicaGiB === undefined
					? 0
					: replicaPrice(replicaGiB).usd;
			return sum + Math.max(0, own - already);
		}, 0);
		if (perVm === 0) return;
		monthly += set.vms * perVm;
		const alike = bill.unitsPerVm === set.perVmGiB.length;
		const count = set.vms * bill.unitsPerVm;
		const what = alike
			? `${count} ${i === 0 ? 'OS' : 'data'} disk(s) ${bill.unit.meter.sku}`
			: `${set.vms} VM(s) × data disks ${bill.unit.meter.sku}`;
		// Alike, a disk's price; else a VM's disks' (the replicas' too, whatever their grouping).
		const own = alike ? bill.unit.usd : bill.perVmUsd;
		const already = paid === undefined ? 0 : alike ? paid.unit.usd : paid.perVmUsd;
		parts.push(
			`${what} × ${paid === undefined ? `US$${round2(own)}` : `(US$${round2(own)} − US$${round2(already)} already paid for the replica, ${paid.unit.meter.sku})`}`,
		);
	});
	if (monthly === 0) return { failedOverDayUsd: vms, failedOverDayFormula: vmText };
	return {
		failedOverDayUsd: vms + monthly / ctx.daysPerMonth,
		failedOverDayFormula: `${vmText} + (${parts.join(' + ')}) a month ÷ ${round1(ctx.daysPerMonth)} days`,
	};
}

const round2 = (n: number) => formatDecimal(n, 2);

export function noDataRpo(): RpoEstimate {
	return {
		minutes: constant(0),
		driver:
			'A stateless tier holds no data to lose; only changes made since the last deployment or copy are at risk.',
		formula: 'No state: RPO 0.',
		factIds: [],
		bounded: true,
	};
}

/** How many VMs a step handles, and the disks each brings, for the note on how it scaled. */
export interface StepScale {
	/** VMs the step creates or starts (the tier's VMs unless said). */
	vms?: number;
	/** Disks per VM the step creates from copies or an image (one unless said). */
	disksPerVm?: number;
	/**
	 * At most so many VMs at once, and why (an image's replicas): more run in waves, one after
	 * another, each as long as the first.
	 */
	perWave?: { vms: number; why: string; factIds: string[] };
}

export function provisionStep(
	ctx: EstimateContext,
	label = 'Create VMs in the target region',
	scale: StepScale = {},
): RtoStep {
	const vms = scale.vms ?? ctx.n;
	const perVm = Math.max(1, scale.disksPerVm ?? 1);
	const rounds = scale.perWave === undefined ? 1 : waves(vms, scale.perWave.vms);
	const inWave = Math.min(vms, scale.perWave?.vms ?? vms);
	// One wave's operations start together: its VMs, or their disks when each brings several.
	const ops = inWave * perVm;
	const counted =
		perVm > 1 ? `${tailNote(ops, 'disk')} (${inWave} VMs × ${perVm} disks)` : tailNote(ops, 'VM');
	const waveNote =
		scale.perWave === undefined
			? ''
			: rounds > 1
				? `; ${vms} VMs take ${rounds} waves of up to ${scale.perWave.vms}, one after another (${scale.perWave.why})`
				: `; up to ${scale.perWave.vms} VMs at once (${scale.perWave.why})`;
	return step(
		ctx,
		'provision',
		label,
		scaleRange(inParallel(factSpread('ops.provision'), ops), rounds),
		`Estimate: VMs created in parallel from a template, capacity permitting; ${counted}${waveNote}.`,
		['ops.provision', TAIL_FACT, ...(scale.perWave?.factIds ?? [])],
	);
}

/** Booting `vms` prepared VMs (the tier's, unless said), started together. */
export function bootStep(ctx: EstimateContext, vms = ctx.n): RtoStep {
	return step(
		ctx,
		'boot',
		'Boot and start services',
		inParallel(factSpread('ops.boot'), vms),
		`Estimate: a VM whose disks are in place; ${tailNote(vms, 'VM')}.`,
		['ops.boot', TAIL_FACT],
	);
}

/**
 * A hard rejection for an option whose copy never leaves the source region: the plan is for a
 * regional disruption, so such an option is evaluated and shown, never chosen.
 */
export function sameRegionBlocker(
	ctx: EstimateContext,
	what: (region: string) => string,
): Rejection {
	const named = planRegions(ctx.workload)?.source.name ?? ctx.workload.sourceRegion;
	return { kind: 'not-applicable', reason: what(named ?? 'the source region') };
}

/**
 * Blocks a pattern that recovers only into the paired region when the plan's regions rule it
 * out. With a named source region, it is judged on the table: the source has no pair, or the
 * target named is not the pair (`any` lets the pattern use the pair). Without one, on
 * the workload's sourceHasPair.
 */
export function pairBlocker(ctx: EstimateContext, what: string, verb = 'replicates'): Rejection[] {
	const regions = planRegions(ctx.workload);
	if (regions === undefined) {
		if (ctx.workload.sourceHasPair) return [];
		return [
			{
				kind: 'region',
				reason: `${what} replicates only to the paired region, and your source region has no pair.`,
			},
		];
	}
	const { source, target, pair } = regions;
	if (pair === undefined) {
		return [
			{
				kind: 'region',
				reason: `${what} ${verb} only to the paired region, and ${source.name} has no pair.`,
			},
		];
	}
	if (regions.how === 'given' && target.name !== pair.name) {
		return [
			{
				kind: 'region',
				reason: `${what} ${verb} only to ${source.name}'s pair, ${pair.name}; your target is ${target.name}.`,
			},
		];
	}
	return [];
}

/** The VMs a tier needs after failover: its share of production, rounded up, at least one. */
export function neededVms(tier: Tier): number {
	return Math.max(1, Math.ceil((tier.vmCount * tier.drCapacityPercent) / 100 - 1e-9));
}
