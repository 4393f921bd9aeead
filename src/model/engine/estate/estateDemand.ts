/**
 * What the target regions must hold for an estate: each workload's plan asks for VMs in its
 * target region at failover (kit/quota.ts, per tier), and the workloads of one target region
 * share its quota. Summed per target region and VM family, that is the vCPU quota to request
 * ahead of time ({fact:compute.vcpu-quota}), and the VMs capacity reservations hold
 * ({fact:capacity.reservation-quota}). A tier whose VMs have different sizes counts each size
 * under its own family, with that size's vCPUs (kit/quota.ts failoverQuotaBySize). A size the table
 * does not name counts under family `unknown`: its vCPUs still count against the regional total.
 */
import {
	failoverQuotaBySize,
	QUOTA_FACTS,
	type FailoverQuota,
	type SizeCount,
} from '../../kit/quota.ts';
import { findOption } from '../../patterns/index.ts';
import type { Plan } from '../plan.ts';
import type { EstateDemand, EstateRegionTotal } from './estateReport.ts';

export const UNKNOWN_FAMILY = 'unknown';
export const UNKNOWN_TARGET = 'unknown';
export const DEMAND_FACT_IDS: string[] = [...QUOTA_FACTS];

/**
 * Adds one workload's plan to the running demand, keyed by region and family. `sizes` gives, by
 * tier name, how many of its VMs have each size, from the export.
 */
export function addPlanDemand(
	demand: Map<string, EstateDemand>,
	workload: string,
	plan: Plan,
	sizes: ReadonlyMap<string, readonly SizeCount[]> = new Map(),
): void {
	const targetRegion = plan.regions?.target ?? UNKNOWN_TARGET;
	for (const tierPlan of plan.tiers) {
		const tier = plan.workload.tiers.find((t) => t.name === tierPlan.tier);
		if (tier === undefined) continue;
		const e = tierPlan.recommended;
		const createdAtFailover = findOption(e.patternId, e.variant)?.createdAtFailover === true;
		const quotas = failoverQuotaBySize(
			tier,
			sizes.get(tier.name) ?? [],
			e.capacityReservation?.vms ?? 0,
		);
		for (const q of quotas)
			addQuota(demand, targetRegion, `${workload}/${tier.name}`, q, createdAtFailover);
	}
}

function addQuota(
	demand: Map<string, EstateDemand>,
	targetRegion: string,
	tierName: string,
	q: FailoverQuota,
	createdAtFailover: boolean,
): void {
	const family = q.family ?? UNKNOWN_FAMILY;
	const key = `${targetRegion}\n${family}`;
	const row = demand.get(key) ?? {
		targetRegion,
		family,
		vms: 0,
		vcpus: 0,
		vcpusCreatedAtFailover: 0,
		reservedVms: 0,
		reservedVcpus: 0,
		tiers: [],
	};
	row.vms += q.vms;
	row.vcpus += q.vcpus;
	if (createdAtFailover) row.vcpusCreatedAtFailover += q.vcpus;
	row.reservedVms += q.reservedVms;
	row.reservedVcpus += q.reservedVms * q.vcpuPerVm;
	if (!row.tiers.includes(tierName)) row.tiers.push(tierName);
	demand.set(key, row);
}

/** The rows, largest region first, then by family; and each region's total. */
export function demandRows(demand: ReadonlyMap<string, EstateDemand>): {
	rows: EstateDemand[];
	byRegion: EstateRegionTotal[];
} {
	const rows = [...demand.values()].sort(
		(a, b) =>
			a.targetRegion.localeCompare(b.targetRegion) ||
			b.vcpus - a.vcpus ||
			a.family.localeCompare(b.family),
	);
	const regions = new Map<string, EstateRegionTotal>();
	for (const r of rows) {
		const total = regions.get(r.targetRegion) ?? {
			targetRegion: r.targetRegion,
			vcpus: 0,
			vms: 0,
			reservedVms: 0,
		};
		total.vcpus += r.vcpus;
		total.vms += r.vms;
		total.reservedVms += r.reservedVms;
		regions.set(r.targetRegion, total);
	}
	return { rows, byRegion: [...regions.values()].sort((a, b) => b.vcpus - a.vcpus) };
}
