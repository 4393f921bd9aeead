/**
 * The reference workload every page shows before the reader changes anything: the seed
 * article's typical case, two stateless web VMs in front of a SQL Server VM.
 */
import { parseWorkload, type Workload, type WorkloadInput } from './workload.ts';

export const referenceWorkloadInput: WorkloadInput = {
	name: 'Reference: web tier and SQL Server VM',
	tiers: [
		{
			name: 'web',
			kind: 'stateless',
			vmCount: 2,
			vcpu: 2,
			memoryGiB: 8,
			disksPerVm: 1,
			dataGiB: 64,
		},
		{
			name: 'database',
			kind: 'stateful',
			data: 'vm-replication',
			vmCount: 1,
			vcpu: 8,
			memoryGiB: 64,
			disksPerVm: 3,
			dataGiB: 512,
			dailyChangeGiB: 20,
		},
	],
	configAsCode: true,
	rtoMinutes: 240,
	rpoMinutes: 60,
	appConsistency: false,
	corruptionProtection: true,
	targetRegion: 'any',
	sourceHasPair: true,
	drillsPerYear: 4,
};

/** A reference workload input, parsed; it is the model's own, so an issue is a bug. */
export function parsed(input: WorkloadInput): Workload {
	const result = parseWorkload(input);
	if (!result.ok) throw new Error(`Invalid reference workload: ${JSON.stringify(result.issues)}`);
	return result.workload;
}

export const referenceWorkload: Workload = parsed(referenceWorkloadInput);

type TierInput = WorkloadInput['tiers'][number];

/**
 * The tier a form adds: the reference workload's tier of that kind (two small web VMs when
 * stateless, the SQL Server VM when stateful) under the new name, with every default filled in.
 * It starts from the usual case for its kind, never from the tier the reader last edited.
 */
export function newTier(
	name: string,
	kind: TierInput['kind'] = 'stateless',
): Workload['tiers'][number] {
	const like = referenceWorkloadInput.tiers.find((t) => t.kind === kind);
	if (like === undefined) throw new Error(`The reference workload has no ${kind} tier.`);
	const tier = parsed({ ...referenceWorkloadInput, tiers: [{ ...structuredClone(like), name }] })
		.tiers[0];
	if (tier === undefined) throw new Error('A parsed workload keeps its tier.');
	return tier;
}
