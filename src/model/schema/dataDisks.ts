/**
 * A tier's data disks as the workload lists them (`tiers[].dataDiskSizesGiB`, each VM's data
 * disks in GiB, the OS disk left out). The rule: when the list is given, it wins: `dataGiB` is
 * its sum and `disksPerVm` its length plus the OS disk, replacing any values given beside it (as
 * a `vmSize` replaces `vcpu` and `memoryGiB`), so every part of the model that reads the data or
 * the disks per VM sees the same VM. The plan's assumptions say so.
 */
import { MAX_TIERED_DISK_GIB } from '../facts/diskTiers.ts';
import type { DiskType } from './diskTypes.ts';
import { MAX_DATA_DISKS, RANGES, rangeText } from './workloadValues.ts';

/** The tiered types: billed per disk at a size tier, none larger than 32,767 GiB. */
const TIERED: readonly DiskType[] = ['premium-ssd', 'standard-ssd', 'standard-hdd'];

interface DiskFields {
	diskType: DiskType;
	replicaDiskType?: DiskType | undefined;
	dataDiskSizesGiB?: number[] | undefined;
}

export interface DataDiskIssue {
	path: (string | number)[];
	message: string;
}

const gib = (n: number) => `${n.toLocaleString('en-US')} GiB`;

/** The field's words on the workload-file page and in api/workload.schema.json. */
export const DATA_DISKS_WORDS = {
	accepts: `1 to ${MAX_DATA_DISKS} sizes, each ${rangeText(RANGES.dataDiskGiB)}; at most ${gib(MAX_TIERED_DISK_GIB)} a disk on Premium SSD, Standard SSD and Standard HDD`,
	description:
		'The size of each data disk of a VM in GiB, the OS disk left out (all VMs of the tier alike): each disk is priced at its own size tier and created at its size. When given, dataGiB is their sum and disksPerVm their number plus the OS disk, replacing any values given for those two.',
};

/**
 * What the schema rejects in a tier's list beyond each size's range: a disk larger than its type
 * holds (the tier's type, and the replica type when the tier names one), and a list whose sum
 * passes dataGiB's range.
 */
export function dataDiskIssues(tier: DiskFields): DataDiskIssue[] {
	const sizes = tier.dataDiskSizesGiB;
	if (sizes === undefined) return [];
	const issues: DataDiskIssue[] = [];
	const types = [tier.diskType, tier.replicaDiskType].filter(
		(t): t is DiskType => t !== undefined && TIERED.includes(t),
	);
	if (types.length > 0)
		sizes.forEach((size, i) => {
			if (size > MAX_TIERED_DISK_GIB)
				issues.push({
					path: ['dataDiskSizesGiB', i],
					message: `must be at most ${gib(MAX_TIERED_DISK_GIB)}, the largest ${types.join(' or ')} disk (only premium-ssd-v2 and ultra disks reach ${gib(RANGES.dataDiskGiB.max)}): ${gib(size)} is larger`,
				});
		});
	const sum = sizes.reduce((a, b) => a + b, 0);
	if (sum > RANGES.dataGiB.max)
		issues.push({
			path: ['dataDiskSizesGiB'],
			message: `must add up to at most ${gib(RANGES.dataGiB.max)} (the range of dataGiB): these add up to ${gib(sum)}`,
		});
	return issues;
}

/** A tier with `dataGiB` and `disksPerVm` taken from its listed data disks, when it lists them. */
export function withDataDisks<T extends { dataDiskSizesGiB?: number[] | undefined }>(
	tier: T & { dataGiB: number; disksPerVm: number },
): T {
	const sizes = tier.dataDiskSizesGiB;
	if (sizes === undefined) return tier;
	return {
		...tier,
		dataGiB: sizes.reduce((a, b) => a + b, 0),
		disksPerVm: sizes.length + 1,
	};
}

/** The plan's assumption for a tier that lists its data disks, or '' for one that does not. */
export function dataDisksAssumption(tier: {
	dataDiskSizesGiB?: number[] | undefined;
	dataGiB: number;
	disksPerVm: number;
}): string {
	const sizes = tier.dataDiskSizesGiB;
	if (sizes === undefined) return '';
	return `Data disks as you list them (dataDiskSizesGiB: ${sizes.map((n) => n.toLocaleString('en-US')).join(' + ')} GiB a VM), each priced at its own size tier and created at its size; dataGiB (${gib(tier.dataGiB)}) and disksPerVm (${tier.disksPerVm}, with the OS disk) are taken from them, replacing any values given for those two.`;
}
