/**
 * The vCPU quota an option needs in the target region when it creates VMs at failover. Azure
 * checks two quotas per subscription and region before it deploys a VM: the total regional
 * vCPUs and the vCPUs of the VM size's family ({fact:compute.vcpu-quota}); a deployment that
 * would exceed either fails, on the day of a disaster as on any other. A capacity reservation
 * needs the same quota when it is created, ahead of time, and VMs deployed into it up to the
 * reserved count skip the quota check ({fact:capacity.reservation-quota}).
 */
import { vmSizeByName } from '../facts/vmSizes/index.ts';
import type { Tier } from '../schema/workload.ts';
import { neededVms } from './estimateParts.ts';

export interface FailoverQuota {
	tier: string;
	/** VMs created in the target region at failover. */
	vms: number;
	/** vCPUs those VMs need, counted against both the family and the regional quota. */
	vcpus: number;
	/** The VM size family whose quota counts them, where the tier names a known size. */
	family: string | undefined;
	/** VMs a capacity reservation holds: their quota is taken when the reservation is made. */
	reservedVms: number;
	/** The vCPUs of one of these VMs. */
	vcpuPerVm: number;
	/** The VM size these VMs have, when the tier names one or the quota is split by size. */
	vmSize?: string;
}

/** How many of a tier's VMs have one size, from an export; `vcpu` for a size outside the table. */
export interface SizeCount {
	vmSize: string;
	vms: number;
	vcpu?: number;
}

export const QUOTA_FACTS = ['compute.vcpu-quota', 'capacity.reservation-quota'] as const;

/**
 * The family of the tier's VM size. The tier has no size field yet (issue 18 adds VM sizes);
 * until then a tier names no size and the family is unknown.
 */
function familyOf(tier: Tier): string | undefined {
	const size = (tier as Tier & { vmSize?: unknown }).vmSize;
	if (typeof size !== 'string') return undefined;
	const known = vmSizeByName(size);
	return known === undefined ? undefined : `${known.series}-series`;
}

/** What a tier's VMs created at failover need, with `reservedVms` held by a reservation. */
export function failoverQuota(tier: Tier, reservedVms = 0): FailoverQuota {
	const vms = neededVms(tier);
	const size = (tier as Tier & { vmSize?: unknown }).vmSize;
	return {
		tier: tier.name,
		vms,
		vcpus: vms * tier.vcpu,
		family: familyOf(tier),
		reservedVms: Math.min(reservedVms, vms),
		vcpuPerVm: tier.vcpu,
		...(typeof size === 'string' ? { vmSize: size } : {}),
	};
}

/** `count` of `listed` VMs' share of `needed`, rounded up: a quota request errs high. */
const share = (count: number, listed: number, needed: number): number =>
	Math.ceil((count * needed) / listed - 1e-9);

/**
 * A tier whose VMs have different sizes (an export's tier, where the workload file keeps only
 * the mean vCPUs): the quota per size, each counted against its own family. Each size gets its
 * share of the VMs created at failover, rounded up, so a tier planned at less than full capacity
 * never asks for less than its sizes need. A size outside the table counts under no family, with
 * the reader's vCPUs for it, else the tier's mean. One size or none: failoverQuota.
 */
export function failoverQuotaBySize(
	tier: Tier,
	sizes: readonly SizeCount[],
	reservedVms = 0,
): FailoverQuota[] {
	const listed = sizes.reduce((n, s) => n + s.vms, 0);
	if (sizes.length <= 1 || listed === 0) return [failoverQuota(tier, reservedVms)];
	const needed = neededVms(tier);
	const reserved = Math.min(reservedVms, needed);
	return sizes.map((s) => {
		const known = vmSizeByName(s.vmSize);
		const vms = share(s.vms, listed, needed);
		const vcpuPerVm = known?.vcpu ?? s.vcpu ?? tier.vcpu;
		return {
			tier: tier.name,
			vms,
			vcpus: vms * vcpuPerVm,
			family: known === undefined ? undefined : `${known.series}-series`,
			reservedVms: Math.min(vms, share(s.vms, listed, reserved)),
			vcpuPerVm,
			vmSize: known?.name ?? s.vmSize,
		};
	});
}

/** "Needs 16 vCPUs of quota in the target region (4 VMs × 4 vCPUs), in the VM size's family…" */
export function failoverQuotaText(q: FailoverQuota): string {
	const family = q.family === undefined ? 'the family of its VM size' : `the ${q.family} family`;
	const reservation =
		q.reservedVms === 0
			? 'ask for it ahead of time: a quota request is not something to wait for during a disaster.'
			: `the capacity reservation for ${q.reservedVms} VM${q.reservedVms === 1 ? '' : 's'} takes its quota when it is created, and failover VMs up to that count skip the quota check${q.reservedVms < q.vms ? '; the rest need quota at failover' : ''}.`;
	return `Creates ${q.vms} VM${q.vms === 1 ? '' : 's'} in the target region at failover: ${q.vcpus} vCPUs of quota, counted against ${family} and the total regional vCPUs; ${reservation}`;
}
