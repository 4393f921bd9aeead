import type { Category } from './pattern.ts';
import { parsed, referenceWorkloadInput } from '../schema/referenceWorkload.ts';
import type { Workload } from '../schema/workload.ts';

/**
 * The reference workload narrowed to the tier a pattern protects, so a pattern page shows
 * numbers for the kind of tier it is about.
 */
export function referenceWorkloadFor(category: Category, appliesTo: readonly string[]): Workload {
	if (category === 'paas-data' || (appliesTo.length === 1 && appliesTo[0] === 'paas')) {
		return parsed({
			...referenceWorkloadInput,
			name: 'Reference: Azure SQL database',
			tiers: [
				{
					name: 'database',
					kind: 'stateful',
					data: 'paas',
					vmCount: 1,
					vcpu: 4,
					memoryGiB: 20,
					disksPerVm: 1,
					dataGiB: 256,
					dailyChangeGiB: 10,
				},
			],
		});
	}
	const wantStateless =
		category === 'stateless' ||
		(category !== 'stateful' && appliesTo[0] === 'stateless' && appliesTo.length === 1);
	const tiers = referenceWorkloadInput.tiers.filter((t) =>
		wantStateless ? t.kind === 'stateless' : t.kind === 'stateful',
	);
	return parsed({
		...referenceWorkloadInput,
		name: `Reference: ${tiers[0]?.name ?? 'tier'} tier`,
		tiers,
	});
}
