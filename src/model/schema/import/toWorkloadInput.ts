/**
 * From an imported estate to a workload the wizard and the CLI read. The estate says nothing
 * about targets, so RTO and RPO start at the reference workload's and the reader sets them.
 */
import { referenceWorkloadInput } from '../referenceWorkload.ts';
import type { TierInput, WorkloadInput } from '../workload.ts';
import type { ROUTERS } from '../workloadValues.ts';
import type { ImportedWorkload, SizeQuestion } from './importAzVmList.ts';

export type WorkloadFromImport =
	{ ok: true; workload: WorkloadInput } | { ok: false; error: string };

export function questionsText(questions: readonly SizeQuestion[]): string {
	return questions
		.map((q) => `${q.vmSize} (${q.vms.slice(0, 3).join(', ')}${q.vms.length > 3 ? ', …' : ''})`)
		.join('; ');
}

/**
 * `router`: how users reach the workload (routing.router), which an export of VMs cannot say;
 * absent keeps the schema's default.
 */
export function toWorkloadInput(
	imported: ImportedWorkload,
	questions: readonly SizeQuestion[],
	{ router }: { router?: (typeof ROUTERS)[number] } = {},
): WorkloadFromImport {
	if (questions.length > 0) {
		return {
			ok: false,
			error: `Unknown VM size${questions.length === 1 ? '' : 's'}, give vCPU and memory: ${questionsText(questions)}`,
		};
	}
	const tiers: TierInput[] = imported.tiers.map((t) => ({
		name: t.name,
		kind: t.kind,
		data: t.data,
		vmCount: t.vmCount,
		...(t.vcpu === undefined ? {} : { vcpu: t.vcpu }),
		...(t.memoryGiB === undefined ? {} : { memoryGiB: t.memoryGiB }),
		disksPerVm: t.disksPerVm,
		dataGiB: t.dataGiB,
		// Listed, the disks replace disksPerVm and dataGiB (dataDisks.ts).
		...(t.dataDiskSizesGiB === undefined ? {} : { dataDiskSizesGiB: t.dataDiskSizesGiB }),
		...(t.vmSize === undefined ? {} : { vmSize: t.vmSize }),
		...(t.hourlyPriceUsd === undefined ? {} : { hourlyPriceUsd: t.hourlyPriceUsd }),
		...(t.os === undefined ? {} : { os: t.os }),
		...(t.sqlServer === undefined ? {} : { sqlServer: t.sqlServer }),
		...(t.hybridBenefit === undefined ? {} : { hybridBenefit: t.hybridBenefit }),
		...(t.diskType === undefined ? {} : { diskType: t.diskType }),
		...(t.securityType === undefined ? {} : { securityType: t.securityType }),
	}));
	const hasPair = imported.sourceHasPair ?? true;
	const workload: WorkloadInput = {
		name: imported.name,
		tiers,
		rtoMinutes: referenceWorkloadInput.rtoMinutes,
		rpoMinutes: referenceWorkloadInput.rpoMinutes,
		sourceHasPair: hasPair,
		targetRegion: 'any',
		...(imported.sourceRegion !== undefined ? { sourceRegion: imported.sourceRegion } : {}),
		...(router !== undefined ? { routing: { router } } : {}),
	};
	return { ok: true, workload };
}
