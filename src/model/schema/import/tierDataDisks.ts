/**
 * A tier's data disks as an export lists them, for `tiers[].dataDiskSizesGiB`: each VM's data
 * disk sizes in order, when every VM of the tier has the same ones. Where they differ, or a size is
 * missing, nothing is guessed: the tier keeps its data spread evenly over equal disks, and a
 * notice says so and which field prices each disk at its own size.
 */
import { MAX_TIERED_DISK_GIB } from '../../facts/diskTiers.ts';
import type { DiskType } from '../diskTypes.ts';
import { MAX_DATA_DISKS, RANGES } from '../workload.ts';

/** What a tier's data disks give the workload: their sizes, or a notice why not. */
export interface TierDataDisks {
	sizes?: number[];
	notice?: string;
}

/** Types whose disks pass 32,767 GiB; the others (and an unknown type) stop there. */
const LARGE: readonly DiskType[] = ['premium-ssd-v2', 'ultra'];

export function tierDataDisks(
	name: string,
	vms: readonly { dataDiskGiB: readonly (number | undefined)[] }[],
	type: DiskType | undefined,
): TierDataDisks {
	const lists = vms.map((vm) => vm.dataDiskGiB);
	const [first] = lists;
	if (first === undefined || lists.every((l) => l.length === 0)) return {};
	const instead = `so its data is priced spread evenly over equal disks (dataGiB, disksPerVm); give tiers[].dataDiskSizesGiB to price each disk at its own size`;
	if (lists.some((l) => l.some((gib) => gib === undefined)))
		return { notice: `Tier ${name}: a data disk has no size in the listing, ${instead}.` };
	if (lists.some((l) => l.length !== first.length || l.some((gib, i) => gib !== first[i])))
		return { notice: `Tier ${name}: its VMs’ data disks differ from VM to VM, ${instead}.` };
	const sizes = first.map((gib) => Math.max(RANGES.dataDiskGiB.min, Math.ceil(gib ?? 0)));
	const largest =
		type !== undefined && LARGE.includes(type) ? RANGES.dataDiskGiB.max : MAX_TIERED_DISK_GIB;
	if (sizes.length > MAX_DATA_DISKS || sizes.some((gib) => gib > largest))
		return {
			notice: `Tier ${name}: its VMs have more than ${MAX_DATA_DISKS} data disks or one larger than ${largest.toLocaleString('en-US')} GiB, ${instead}.`,
		};
	return { sizes };
}
