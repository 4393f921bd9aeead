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
	return {
		tier: tier.name,
		vms,
		vcpus: vms * tier.vcpu,
		family: familyOf(tier),
		reservedVms: Math.min(reservedVms, vms),
	};
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
