/**
 * What a tier names wins over the figures beside it: a VM size over vcpu and memoryGiB, listed
 * data disks over dataGiB and disksPerVm (dataDisks.ts). Applied to every parsed workload.
 */
import { vmSizeByName } from '../facts/vmSizes/index.ts';
import { withDataDisks } from './dataDisks.ts';

/** The fields of a parsed tier that a named size or a list of disks sets. */
interface SizedTier {
	vmSize?: string | undefined;
	vcpu: number;
	memoryGiB: number;
	dataGiB: number;
	disksPerVm: number;
	dataDiskSizesGiB?: number[] | undefined;
}

/**
 * A tier that names its size takes vCPUs and memory from the size table: the size wins over a
 * vcpu or memoryGiB beside it (a form's earlier answers), and the plan says where they came from.
 */
export function withSizes<W extends { tiers: SizedTier[] }>(parsed: W): W {
	if (!parsed.tiers.some((t) => t.vmSize !== undefined || t.dataDiskSizesGiB !== undefined))
		return parsed;
	const tiers = parsed.tiers.map((listed): SizedTier => {
		// Listed data disks win over dataGiB and disksPerVm in the same way (dataDisks.ts).
		const tier = withDataDisks(listed);
		const size = tier.vmSize === undefined ? undefined : vmSizeByName(tier.vmSize);
		if (size === undefined) return tier;
		return { ...tier, vmSize: size.name, vcpu: size.vcpu, memoryGiB: size.memoryGiB };
	});
	return { ...parsed, tiers };
}
