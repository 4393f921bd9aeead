/**
 * One workload of an estate as the workload file the wizard and the CLI read: its tiers from
 * importVms, its targets from its tags, its source region from its VMs' location. What the export
 * does not say is a question, with what the plan assumed in its place; what stops the workload
 * being planned (a size the table does not know, more tiers than a workload takes) is a problem.
 */
import { nearestNames, regionByName } from '../../regions/index.ts';
import { referenceWorkloadInput } from '../referenceWorkload.ts';
import { formatMinutes } from '../../facts/format.ts';
import type { WorkloadInput } from '../workload.ts';
import { DEFAULT_DISK_TYPE, DISK_TYPE_LABEL } from '../diskTypes.ts';
import type { AzVm } from './azVmList.ts';
import type { EstateGroup, EstateGroupSettings } from './estateGroups.ts';
import {
	importVms,
	type ImportedWorkload,
	type SizeAnswer,
	type SizeQuestion,
} from './importAzVmList.ts';
import { questionsText, toWorkloadInput } from './toWorkloadInput.ts';

export interface EstateWorkloadOptions {
	/** `any` (default: the allowed region with the lowest published latency), `pair` or a region name. */
	targetRegion?: string;
	/** vCPU and memory for sizes the table does not know, by size name. */
	sizes?: Readonly<Record<string, SizeAnswer>>;
}

export interface EstateWorkloadInput {
	/** The workload file, when the workload can be planned. */
	input?: WorkloadInput;
	/** Every size of its VMs the table does not know, answered or not (the page asks for each). */
	asked: SizeQuestion[];
	imported?: ImportedWorkload;
	grouping?: 'tag' | 'prefix';
	/** What the export leaves unsaid, each with what the plan assumed instead. */
	questions: string[];
	/** What stops the workload being planned, or input the reader should fix. */
	problems: string[];
	/** What the import noticed (mixed sizes, zones, untagged tiers…). */
	notices: string[];
}

/** A location the region table does not know, how many of the VMs name it, and close names. */
export interface UnknownLocation {
	location: string;
	vms: number;
	nearest: string[];
}

/** Every location of these VMs the region table does not know, most VMs first. */
export function unknownLocations(vms: readonly { location: string }[]): UnknownLocation[] {
	const counts = new Map<string, number>();
	for (const vm of vms)
		if (regionByName(vm.location) === undefined)
			counts.set(vm.location, (counts.get(vm.location) ?? 0) + 1);
	return [...counts.entries()]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([location, n]) => ({ location, vms: n, nearest: nearestNames(location) }));
}

function unknownRegionQuestion(
	unknown: readonly UnknownLocation[],
	sourceRegion: string | undefined,
): string {
	const listed = unknown
		.map(
			(u) =>
				`"${u.location}" (${u.vms} VM${u.vms === 1 ? '' : 's'}; closest known names: ${u.nearest.join(', ')})`,
		)
		.join(', ');
	const ask = unknown.length === 1 ? `Which region is ${listed}?` : `Which regions are ${listed}?`;
	return sourceRegion === undefined
		? `${ask} The model's region table does not know ${unknown.length === 1 ? 'it' : 'them'}: the workload is planned without a source region (as if it had a pair), so its target region is not chosen.`
		: `${ask} The model's region table does not know ${unknown.length === 1 ? 'it' : 'them'}: the workload is planned from ${sourceRegion}, where most of its VMs run.`;
}

export function estateWorkloadInput(
	group: EstateGroup,
	settings: EstateGroupSettings,
	options: EstateWorkloadOptions = {},
): EstateWorkloadInput {
	const problems = [...group.problems];
	const imported = importVms(group.vms, {
		tagKey: settings.tierTag,
		prefixGrouping: settings.tierBy === 'prefix',
		...(options.sizes === undefined ? {} : { sizes: options.sizes }),
	});
	if (!imported.ok)
		return { asked: [], questions: [], problems: [...problems, imported.error], notices: [] };
	const notices = imported.notices.filter((n) => !n.startsWith('The location '));
	const answered = imported.asked.filter(
		(a) => !imported.questions.some((q) => q.vmSize === a.vmSize),
	);
	if (answered.length > 0) notices.push(answeredSizesText(answered, options.sizes ?? {}));
	const questions: string[] = [];
	const workload = imported.workload;
	const unknown = unknownLocations(group.vms);
	if (unknown.length > 0) questions.push(unknownRegionQuestion(unknown, workload.sourceRegion));
	const withoutOs = imported.workload.tiers.filter((t) => t.os === undefined).map((t) => t.name);
	if (withoutOs.length > 0)
		questions.push(
			`Which operating system do ${withoutOs.join(', ')} run? The listing does not say, or the tier mixes them: priced as Linux (no Windows licence).`,
		);
	questions.push(
		...licenceQuestions(workload, group.vms),
		...diskTypeQuestions(workload, group.vms),
	);
	const sqlWithAhb = workload.tiers.filter((t) => t.sqlServer !== undefined && t.hybridBenefit);
	if (sqlWithAhb.length > 0)
		questions.push(
			`Do the SQL Server licences of ${sqlWithAhb.map((t) => t.name).join(', ')} have Software Assurance? The listing's licenseType (Windows_Server) covers Windows only; SQL Server's Hybrid Benefit is set on the SQL virtual machine resource, which the export does not include: planned with Hybrid Benefit for both, as the workload's one flag says.`,
		);
	if (group.rtoMinutes === undefined)
		questions.push(
			`What is the RTO? No "${settings.rtoTag}" tag: planned against ${formatMinutes(referenceWorkloadInput.rtoMinutes)} (the reference workload's).`,
		);
	if (group.rpoMinutes === undefined)
		questions.push(
			`What is the RPO? No "${settings.rpoTag}" tag: planned against ${formatMinutes(referenceWorkloadInput.rpoMinutes)} (the reference workload's).`,
		);
	const converted = toWorkloadInput(workload, imported.questions);
	if (!converted.ok) {
		const sizes = imported.questions.map((q) => q.vmSize);
		return {
			asked: imported.asked,
			imported: workload,
			grouping: imported.grouping,
			questions: [
				`What are the vCPUs and memory of ${questionsText(imported.questions)}? The size table does not list ${sizes.length === 1 ? 'it' : 'them'}: the workload is not planned until answered.`,
				...questions,
			],
			problems,
			notices,
		};
	}
	const input: WorkloadInput = {
		...converted.workload,
		name: group.name,
		rtoMinutes: group.rtoMinutes ?? referenceWorkloadInput.rtoMinutes,
		rpoMinutes: group.rpoMinutes ?? referenceWorkloadInput.rpoMinutes,
		targetRegion: options.targetRegion ?? 'any',
	};
	return {
		input,
		asked: imported.asked,
		imported: workload,
		grouping: imported.grouping,
		questions,
		problems,
		notices,
	};
}

/** The reader's answer for a size, matched without regard to case, as importVms matches it. */
export function sizeAnswerFor(
	sizes: Readonly<Record<string, SizeAnswer>>,
	vmSize: string,
): SizeAnswer | undefined {
	return Object.entries(sizes).find(([k]) => k.toLowerCase() === vmSize.toLowerCase())?.[1];
}

/** `Standard_DC4as_v5 as you answered: 4 vCPUs, 16 GiB, US$0.25 an hour (your price)`. */
function answeredSizesText(
	answered: readonly SizeQuestion[],
	sizes: Readonly<Record<string, SizeAnswer>>,
): string {
	const each = answered.map((q) => {
		const a = sizeAnswerFor(sizes, q.vmSize);
		if (a === undefined) return q.vmSize;
		return `${q.vmSize}: ${a.vcpu} vCPU${a.vcpu === 1 ? '' : 's'}, ${a.memoryGiB} GiB, ${a.hourlyPriceUsd === undefined ? 'priced at the family rate for its vCPUs and memory (an estimate)' : `US$${a.hourlyPriceUsd} an hour (your price)`}`;
	});
	return `Sizes the table does not know, as you answered them: ${each.join('; ')}.`;
}

function names(list: readonly string[]): string {
	return list.length <= 3
		? list.join(', ')
		: `${list.slice(0, 3).join(', ')} and ${list.length - 3} more`;
}

/**
 * A Windows tier whose VMs disagree on Azure Hybrid Benefit (licenseType Windows_Server on some,
 * not on others): the workload file has one flag per tier, so the tier is priced without it, and
 * the reader is asked rather than left to find out.
 */
function licenceQuestions(workload: ImportedWorkload, vms: readonly AzVm[]): string[] {
	const byName = new Map(vms.map((vm) => [vm.name, vm]));
	return workload.tiers.flatMap((tier) => {
		if (tier.os !== 'windows') return [];
		const members = tier.vms.flatMap((n) => byName.get(n) ?? []);
		const withAhb = members
			.filter((vm) => vm.licenseType === 'Windows_Server')
			.map((vm) => vm.name);
		if (withAhb.length === 0 || withAhb.length === members.length) return [];
		const without = members
			.filter((vm) => vm.licenseType !== 'Windows_Server')
			.map((vm) => vm.name);
		return [
			`Does ${tier.name} use Azure Hybrid Benefit? ${withAhb.length} of its ${members.length} Windows VMs ${withAhb.length === 1 ? 'has' : 'have'} licenseType Windows_Server (${names(withAhb)}), ${names(without)} ${without.length === 1 ? 'does' : 'do'} not: the tier is priced without it (one flag per tier).`,
		];
	});
}

/** A tier with disks whose storage account type the listing leaves out: asked, with what was priced. */
function diskTypeQuestions(workload: ImportedWorkload, vms: readonly AzVm[]): string[] {
	const byName = new Map(vms.map((vm) => [vm.name, vm]));
	return workload.tiers.flatMap((tier) => {
		const untyped = tier.vms.filter((n) => {
			const vm = byName.get(n);
			return vm !== undefined && vm.diskTypes.length < 1 + vm.dataDiskGiB.length;
		});
		if (untyped.length === 0) return [];
		const priced = tier.diskType ?? DEFAULT_DISK_TYPE;
		return [
			`Which disk type do ${tier.name}'s disks use? The listing gives no managedDisk.storageAccountType for disks of ${names(untyped)}: priced as ${DISK_TYPE_LABEL[priced]}${tier.diskType === undefined ? " (the workload file's default)" : ' (the type its other disks have)'}.`,
		];
	});
}
