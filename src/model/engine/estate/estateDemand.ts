/**
 * What the target regions must hold for an estate: each workload's plan asks for VMs in its
 * target region at failover (kit/quota.ts, per tier), and the workloads of one target region
 * share its quota. Summed per target region and VM family, that is the vCPU quota to request
 * ahead of time ({fact:compute.vcpu-quota}), and the VMs capacity reservations hold
 * ({fact:capacity.reservation-quota}). A tier whose VMs have different sizes counts each size
 * under its own family, with that size's vCPUs (kit/quota.ts failoverQuotaBySize). A size the table
 * does not name counts under family `unknown`: its vCPUs still count against the regional total.
 * A workload whose plan chose no target region (its source region is not in the region table)
 * counts under target UNKNOWN_TARGET, shown as "target not known" with the workloads named: its
 * demand is real, but belongs to whichever region the reader chooses for it.
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
/** How a row or total without a target region reads. */
export const UNKNOWN_TARGET_LABEL = 'target not known';
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
	const targetRegion = plan.regions?.target;
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
			addQuota(demand, targetRegion, workload, tier.name, q, createdAtFailover);
	}
}

function addQuota(
	demand: Map<string, EstateDemand>,
	target: string | undefined,
	workload: string,
	tier: string,
	q: FailoverQuota,
	createdAtFailover: boolean,
): void {
	const family = q.family ?? UNKNOWN_FAMILY;
	const targetRegion = target ?? UNKNOWN_TARGET;
	const key = `${target === undefined ? '' : 'known:'}${targetRegion}\n${family}`;
	const row = demand.get(key) ?? {
		targetRegion,
		targetKnown: target !== undefined,
		family,
		vms: 0,
		vcpus: 0,
		vcpusCreatedAtFailover: 0,
		reservedVms: 0,
		reservedVcpus: 0,
		tiers: [],
		workloads: [],
	};
	row.vms += q.vms;
	row.vcpus += q.vcpus;
	if (createdAtFailover) row.vcpusCreatedAtFailover += q.vcpus;
	row.reservedVms += q.reservedVms;
	row.reservedVcpus += q.reservedVms * q.vcpuPerVm;
	const tierName = `${workload}/${tier}`;
	if (!row.tiers.includes(tierName)) row.tiers.push(tierName);
	if (!row.workloads.includes(workload)) row.workloads.push(workload);
	demand.set(key, row);
}

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** A row's or total's target region as a reader sees it. */
export function targetLabel(row: { targetRegion: string; targetKnown: boolean }): string {
	return row.targetKnown ? row.targetRegion : UNKNOWN_TARGET_LABEL;
}

function totalText(t: Omit<EstateRegionTotal, 'text'>): string {
	const reserved = t.reservedVms === 0 ? '' : `, ${plural(t.reservedVms, 'VM')} reserved`;
	if (t.targetKnown)
		return `${t.targetRegion}: ${plural(t.vcpus, 'vCPU')} in total (regional quota) on ${plural(t.vms, 'VM')}${reserved}.`;
	const names = t.workloads.join(', ');
	return `Target not known: ${plural(t.vcpus, 'vCPU')} on ${plural(t.vms, 'VM')}${reserved} for ${names}, whose plan${t.workloads.length === 1 ? '' : 's'} chose no target region (the source region is not in the model's region table; see the questions). Give the source region in the wizard to choose a target, then add ${t.vms === 1 ? 'it' : 'them'} to that region's quota.`;
}

/** The rows, known target regions by name then the unknown target, then by family; and each region's total, largest first, the unknown target last. */
export function demandRows(demand: ReadonlyMap<string, EstateDemand>): {
	rows: EstateDemand[];
	byRegion: EstateRegionTotal[];
} {
	const rows = [...demand.values()].sort(
		(a, b) =>
			Number(b.targetKnown) - Number(a.targetKnown) ||
			a.targetRegion.localeCompare(b.targetRegion) ||
			b.vcpus - a.vcpus ||
			a.family.localeCompare(b.family),
	);
	const regions = new Map<string, Omit<EstateRegionTotal, 'text'>>();
	for (const r of rows) {
		const key = `${r.targetKnown ? 'known:' : ''}${r.targetRegion}`;
		const total = regions.get(key) ?? {
			targetRegion: r.targetRegion,
			targetKnown: r.targetKnown,
			vcpus: 0,
			vms: 0,
			reservedVms: 0,
			workloads: [],
		};
		total.vcpus += r.vcpus;
		total.vms += r.vms;
		total.reservedVms += r.reservedVms;
		for (const w of r.workloads) if (!total.workloads.includes(w)) total.workloads.push(w);
		regions.set(key, total);
	}
	const byRegion = [...regions.values()]
		.sort((a, b) => Number(b.targetKnown) - Number(a.targetKnown) || b.vcpus - a.vcpus)
		.map((t) => ({ ...t, text: totalText(t) }));
	return { rows, byRegion };
}
