/** Prices: the workload's overrides where given, otherwise the facts' defaults. */
import { factNumber } from '../facts/factRegistry.ts';
import { planRegions, TRANSFER_FACT, type TransferKind } from '../regions/index.ts';
import type { Tier, Workload } from '../schema/workload.ts';

export interface Price {
	usd: number;
	/** The fact it came from, or undefined when the reader entered it. */
	factId?: string;
}

const price = (override: number | undefined, factId: string): Price =>
	override !== undefined ? { usd: override } : { usd: factNumber(factId), factId };

export interface Prices {
	vcpuHour: Price;
	sqlVcoreHour: Price;
	transferPerGb: Price;
	/** Which transfer the price is for: between named regions, by their continents. */
	transferKind: TransferKind | undefined;
	diskPerGibMonth: Price;
	snapshotPerGibMonth: Price;
	blobPerGibMonth: Price;
	asrInstance: Price;
	backupInstance: Price;
	backupPerGibMonth: Price;
	hoursPerMonth: number;
}

export function resolvePrices(workload: Workload): Prices {
	const p = workload.prices;
	// Without named regions, transfer is priced as today: between regions on one continent.
	const transferKind = planRegions(workload)?.transfer;
	const transferFact = TRANSFER_FACT[transferKind ?? 'intra-continent'];
	return {
		vcpuHour: price(p.vcpuHourUsd, 'vm.price-per-vcpu-hour'),
		sqlVcoreHour: price(p.sqlVcoreHourUsd, 'sql.vcore-hour-price'),
		transferPerGb:
			transferFact === undefined
				? { usd: p.transferPerGbUsd ?? 0 }
				: price(p.transferPerGbUsd, transferFact),
		transferKind,
		diskPerGibMonth: price(p.diskPerGibMonthUsd, 'disks.premium-price'),
		snapshotPerGibMonth: price(p.snapshotPerGibMonthUsd, 'disks.snapshot-price'),
		blobPerGibMonth: price(p.blobPerGibMonthUsd, 'storage.blob-price'),
		asrInstance: price(p.asrInstanceUsd, 'asr.instance-price'),
		backupInstance: price(p.backupInstanceUsd, 'backup.instance-price'),
		backupPerGibMonth: price(p.backupPerGibMonthUsd, 'backup.grs-storage-price'),
		hoursPerMonth: factNumber('vm.hours-per-month'),
	};
}

/** One VM's (or database's) hourly price: the reader's, or vCPUs times the per-vCPU price. */
export function hourlyPrice(tier: Tier, prices: Prices): Price & { formula: string } {
	if (tier.hourlyPriceUsd !== undefined) {
		return { usd: tier.hourlyPriceUsd, formula: `US$${tier.hourlyPriceUsd} an hour (your price)` };
	}
	const unit = tier.data === 'paas' ? prices.sqlVcoreHour : prices.vcpuHour;
	const usd = tier.vcpu * unit.usd;
	return {
		usd,
		...(unit.factId !== undefined ? { factId: unit.factId } : {}),
		formula: `${tier.vcpu} ${tier.data === 'paas' ? 'vCores' : 'vCPUs'} × US$${unit.usd}`,
	};
}

/** Daily change per VM in GiB: given, derived from churn, or the default share of the data. */
export function dailyChangeGiB(tier: Tier): { gib: number; source: string; factIds: string[] } {
	if (tier.dailyChangeGiB !== undefined) {
		return { gib: tier.dailyChangeGiB, source: 'your daily change', factIds: [] };
	}
	if (tier.churnMBps !== undefined) {
		return {
			gib: (tier.churnMBps * 86_400) / 1024,
			source: `your churn of ${tier.churnMBps} MB/s sustained over a day`,
			factIds: [],
		};
	}
	if (tier.kind === 'stateless')
		return { gib: 0, source: 'a stateless tier writes no data worth keeping', factIds: [] };
	const share = factNumber('ops.daily-change-share') / 100;
	return {
		gib: tier.dataGiB * share,
		source: `${share * 100}% of the data a day (estimate)`,
		factIds: ['ops.daily-change-share'],
	};
}

/** Average write rate per VM in MB/s, for replication limits. */
export function churnMBps(tier: Tier): number {
	if (tier.churnMBps !== undefined) return tier.churnMBps;
	return (dailyChangeGiB(tier).gib * 1024) / 86_400;
}
