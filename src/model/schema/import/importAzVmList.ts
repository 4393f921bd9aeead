/**
 * Turning an estate listed by `az vm list` into the wizard's tiers: VMs grouped by a tag
 * (default `tier`) or by name prefix, with counts, vCPU and memory from the sourced size
 * table, disks and provisioned data from the storage profile, and the source region from the
 * location. Sizes the table does not know are returned as questions, never guessed.
 */
import { nearestNames, pairOf, regionByName } from '../../regions/index.ts';
import { AZURE_DISK_SKU, DISK_TYPES, type DiskType } from '../diskTypes.ts';
import { vmSizeByName } from '../../facts/vmSizes/index.ts';
import { MAX_TIERS, RANGES } from '../workload.ts';

/** The one value every item gives, or undefined when they differ or one leaves it out. */
function shared<T>(values: readonly (T | undefined)[]): T | undefined {
	const first = values[0];
	return first !== undefined && values.every((v) => v === first) ? first : undefined;
}

/** A storage account type (`Premium_LRS`, `Premium_ZRS`…) as a disk type. */
function diskTypeOf(sku: string | undefined): DiskType | undefined {
	if (sku === undefined) return undefined;
	const lrs = sku.replace(/_ZRS$/i, '_LRS').toLowerCase();
	return DISK_TYPES.find((t) => AZURE_DISK_SKU[t].toLowerCase() === lrs);
}
import { readAzVmList, type AzVm } from './azVmList.ts';
import { tierDataDisks } from './tierDataDisks.ts';

export const DEFAULT_TAG_KEY = 'tier';
const MAX_NAME = 40;

export interface SizeAnswer {
	vcpu: number;
	memoryGiB: number;
	/** The reader's all-in price per VM an hour (licences included); absent: the family rate. */
	hourlyPriceUsd?: number;
}

export interface ImportOptions {
	/** The tag whose value names a VM's tier. */
	tagKey?: string;
	/** Group by name prefix instead of the tag (the reader confirms the groups). */
	prefixGrouping?: boolean;
	/** The reader's answers for sizes the table does not know, keyed by size name. */
	sizes?: Readonly<Record<string, SizeAnswer>>;
}

/** A size the table does not know, with the VMs that use it. */
export interface SizeQuestion {
	vmSize: string;
	vms: string[];
}

export interface ImportedTier {
	name: string;
	kind: 'stateless' | 'stateful';
	data: 'none' | 'vm-plain';
	vmCount: number;
	/** Per VM (the mean, rounded up); undefined while a size in the tier is unanswered. */
	vcpu: number | undefined;
	memoryGiB: number | undefined;
	/** OS disk and data disks of the VM with the most disks. */
	disksPerVm: number;
	/** Provisioned disk size per VM (the mean, rounded up). */
	dataGiB: number;
	/**
	 * Each disk's provisioned size of the VM with the most disks, OS disk first (undefined where
	 * the listing leaves a size out).
	 */
	diskSizesGiB: (number | undefined)[];
	/** Each VM's data disk sizes, when every VM of the tier has the same ones (tierDataDisks.ts). */
	dataDiskSizesGiB?: number[];
	/** The VMs in the tier, by name. */
	vms: string[];
	/** From a SQL Server marketplace image that every VM of the tier was created from. */
	sqlServer?: 'standard' | 'enterprise';
	/** The size, when every VM of the tier has the same size from the table. */
	vmSize?: string;
	/**
	 * The reader's hourly price per VM, when every VM of the tier has a size the table does not
	 * know and the reader gave each such size a price (the mean where they differ).
	 */
	hourlyPriceUsd?: number;
	/** When every VM of the tier says the same. */
	os?: 'linux' | 'windows';
	hybridBenefit?: boolean;
	diskType?: DiskType;
	/** Trusted Launch or confidential, when any VM in the tier is. */
	securityType?: 'trusted-launch' | 'confidential';
	/** The availability zones its VMs are pinned to, sorted; empty when none is zonal. */
	zones: string[];
	/** How many of its VMs are regional (in no zone). */
	regionalVms: number;
}

/** The disk type whose support rules bind the tier: the least widely supported one present. */
const RESTRICTIVENESS: readonly DiskType[] = [
	'ultra',
	'premium-ssd-v2',
	'premium-ssd',
	'standard-ssd',
	'standard-hdd',
];

function tierDiskType(vms: readonly AzVm[]): DiskType | undefined {
	const present = new Set(vms.flatMap((vm) => vm.diskTypes.map(diskTypeOf)));
	return RESTRICTIVENESS.find((t) => present.has(t));
}

function tierSecurityType(vms: readonly AzVm[]): 'trusted-launch' | 'confidential' | undefined {
	const types = new Set(vms.map((vm) => vm.securityType?.toLowerCase()));
	if (types.has('confidentialvm')) return 'confidential';
	if (types.has('trustedlaunch')) return 'trusted-launch';
	return undefined;
}

export interface ImportedWorkload {
	name: string;
	/** Programmatic region name; undefined when the location is not a known region. */
	sourceRegion: string | undefined;
	/** The location most of its VMs name, as the export spells it (the source region when known). */
	location: string;
	/** From the region table: whether the source region has a documented pair. */
	sourceHasPair: boolean | undefined;
	tiers: ImportedTier[];
}

export type ImportResult =
	| {
			ok: true;
			grouping: 'tag' | 'prefix';
			workload: ImportedWorkload;
			/** Sizes the table does not know and the reader has not answered. */
			questions: SizeQuestion[];
			/** Every size the table does not know, answered or not, in the order first met. */
			asked: SizeQuestion[];
			notices: string[];
	  }
	| { ok: false; error: string };

/** `web-01` → `web`, `sqlprod02` → `sqlprod`, `app_fe-3` → `app_fe`: trailing digits and separators off. */
export function namePrefix(vmName: string): string {
	const prefix = vmName.replace(/[\d._-]+$/u, '');
	return prefix === '' ? vmName : prefix;
}

function tierName(raw: string): string {
	const name = raw.trim();
	return name.length > MAX_NAME ? name.slice(0, MAX_NAME) : name;
}

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

function mostCommon(values: readonly string[]): string {
	const counts = new Map<string, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return (
		[...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? ''
	);
}

function group(
	vms: readonly AzVm[],
	tagKey: string,
	prefixGrouping: boolean,
	notices: string[],
): { grouping: 'tag' | 'prefix'; groups: Map<string, AzVm[]> } {
	const tagOf = (vm: AzVm): string | undefined => {
		const entry = Object.entries(vm.tags).find(([k]) => k.toLowerCase() === tagKey.toLowerCase());
		const value = entry?.[1].trim();
		return value === undefined || value === '' ? undefined : value;
	};
	const tagged = vms.filter((vm) => tagOf(vm) !== undefined);
	const byTag = !prefixGrouping && tagged.length > 0;
	if (!prefixGrouping && tagged.length === 0) {
		notices.push(
			`No VM has a "${tagKey}" tag: VMs are grouped by name prefix. Check the groups, or name another tag.`,
		);
	}
	const groups = new Map<string, AzVm[]>();
	const untagged: string[] = [];
	for (const vm of vms) {
		const tag = byTag ? tagOf(vm) : undefined;
		if (byTag && tag === undefined) untagged.push(vm.name);
		const key = tierName(tag ?? namePrefix(vm.name));
		groups.set(key, [...(groups.get(key) ?? []), vm]);
	}
	if (untagged.length > 0) {
		notices.push(
			`${plural(untagged.length, 'VM')} without a "${tagKey}" tag, grouped by name prefix: ${untagged.join(', ')}.`,
		);
	}
	return { grouping: byTag ? 'tag' : 'prefix', groups };
}

/** An answer within the workload file's ranges (vcpu, memoryGiB, hourlyPriceUsd). */
export function isAnswer(answer: SizeAnswer | undefined): answer is SizeAnswer {
	return (
		answer !== undefined &&
		Number.isInteger(answer.vcpu) &&
		answer.vcpu >= RANGES.vcpu.min &&
		answer.vcpu <= RANGES.vcpu.max &&
		Number.isFinite(answer.memoryGiB) &&
		answer.memoryGiB >= RANGES.memoryGiB.min &&
		answer.memoryGiB <= RANGES.memoryGiB.max &&
		(answer.hourlyPriceUsd === undefined ||
			(Number.isFinite(answer.hourlyPriceUsd) &&
				answer.hourlyPriceUsd >= RANGES.hourlyPriceUsd.min &&
				answer.hourlyPriceUsd <= RANGES.hourlyPriceUsd.max))
	);
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
	return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** Imports the text of an `az vm list --output json` file; never throws. */
export function importAzVmList(text: string, options: ImportOptions = {}): ImportResult {
	const read = readAzVmList(text);
	if (!read.ok) return read;
	return importVms(read.vms, options, read.notices);
}

/**
 * The tiers of one workload from its VMs (already read): grouped by the tier tag or by name
 * prefix, each with what its VMs share. The estate import calls it once per workload.
 */
export function importVms(
	vms: readonly AzVm[],
	options: ImportOptions = {},
	readNotices: readonly string[] = [],
): ImportResult {
	const tagKey = options.tagKey?.trim() || DEFAULT_TAG_KEY;
	const notices = [...readNotices];
	const { grouping, groups } = group(vms, tagKey, options.prefixGrouping === true, notices);
	if (groups.size > MAX_TIERS) {
		return {
			ok: false,
			error: `The VMs fall into ${groups.size} groups; the wizard takes 1 to ${MAX_TIERS} tiers. Group by another tag, or list fewer VMs (for example one resource group: az vm list --resource-group NAME).`,
		};
	}

	const unknownSizes = new Map<string, string[]>();
	const outsideTable = new Map<string, string[]>();
	const sizeOf = (vm: AzVm): SizeAnswer | undefined => {
		const known = vmSizeByName(vm.vmSize);
		if (known !== undefined) return known;
		outsideTable.set(vm.vmSize, [...(outsideTable.get(vm.vmSize) ?? []), vm.name]);
		const answer = Object.entries(options.sizes ?? {}).find(
			([k]) => k.toLowerCase() === vm.vmSize.toLowerCase(),
		)?.[1];
		if (isAnswer(answer)) return answer;
		unknownSizes.set(vm.vmSize, [...(unknownSizes.get(vm.vmSize) ?? []), vm.name]);
		return undefined;
	};

	let missingDiskSizes = 0;
	const tiers: ImportedTier[] = [...groups.entries()].map(([name, vms]) => {
		const sizes = vms.map(sizeOf);
		const complete = sizes.every((s) => s !== undefined);
		const total = (pick: (s: SizeAnswer) => number): number =>
			sizes.reduce((sum, s) => sum + (s === undefined ? 0 : pick(s)), 0);
		const distinctSizes = new Set(vms.map((vm) => vm.vmSize.toLowerCase()));
		if (distinctSizes.size > 1) {
			notices.push(
				`Tier ${name} mixes ${distinctSizes.size} VM sizes (${[...new Set(vms.map((vm) => vm.vmSize))].join(', ')}): vCPU and memory are the mean per VM, rounded up.`,
			);
		}
		const diskGiB = vms.map((vm) => {
			const all = [vm.osDiskGiB, ...vm.dataDiskGiB];
			missingDiskSizes += all.filter((d) => d === undefined).length;
			return all.reduce<number>((sum, d) => sum + (d ?? 0), 0);
		});
		const hasData = vms.some((vm) => vm.dataDiskGiB.length > 0);
		const vmCount = Math.min(vms.length, RANGES.vmCount.max);
		if (vms.length > vmCount)
			notices.push(
				`Tier ${name} has ${vms.length} VMs; a tier takes at most ${RANGES.vmCount.max}: it is planned for ${vmCount}. Split it with the tier tag.`,
			);
		const widest = vms.reduce((a, b) => (b.dataDiskGiB.length > a.dataDiskGiB.length ? b : a));
		const price = answeredPrice(vms, sizes, name, notices);
		const diskType = tierDiskType(vms);
		const listed = tierDataDisks(name, vms, diskType);
		if (listed.notice !== undefined) notices.push(listed.notice);
		return {
			name,
			kind: hasData ? 'stateful' : 'stateless',
			data: hasData ? 'vm-plain' : 'none',
			vmCount,
			vcpu: complete ? Math.ceil(total((s) => s.vcpu) / vms.length) : undefined,
			memoryGiB: complete ? Math.ceil(total((s) => s.memoryGiB) / vms.length) : undefined,
			disksPerVm: Math.min(
				Math.max(...vms.map((vm) => 1 + vm.dataDiskGiB.length)),
				RANGES.disksPerVm.max,
			),
			dataGiB: Math.max(
				RANGES.dataGiB.min,
				Math.ceil(diskGiB.reduce((a, b) => a + b, 0) / vms.length),
			),
			diskSizesGiB: [widest.osDiskGiB, ...widest.dataDiskGiB],
			...optional('dataDiskSizesGiB', listed.sizes),
			vms: vms.map((vm) => vm.name),
			...optionalFields(vms),
			...optional('hourlyPriceUsd', price),
			...optional('sqlServer', sqlEdition(vms)),
			...optional('diskType', diskType),
			...optional('securityType', tierSecurityType(vms)),
			zones: [...new Set(vms.flatMap((vm) => vm.zones))].sort(),
			regionalVms: vms.filter((vm) => vm.zones.length === 0).length,
		};
	});

	notices.push(
		'Check each tier’s SQL Server edition and whether its VMs hold one shared data set (an HA group): the listing does not say.',
	);
	const zonal = tiers.filter((t) => t.zones.length > 0);
	if (zonal.length > 0) {
		notices.push(
			`${zonal.map((t) => `${t.name} runs in zone${t.zones.length === 1 ? '' : 's'} ${t.zones.join(', ')}`).join('; ')}. Zones protect against a zone outage, not against a region outage: the plan is for the region.`,
		);
	}
	const stateful = tiers.filter((t) => t.kind === 'stateful').map((t) => t.name);
	if (stateful.length > 0) {
		notices.push(
			`Tiers with data disks are imported as stateful with data on plain VMs (${stateful.join(', ')}): if the application replicates or backs up its own data, or keeps it in a PaaS database, change that in the wizard.`,
		);
	}
	if (missingDiskSizes > 0) {
		notices.push(
			`${plural(missingDiskSizes, 'disk')} had no size in the listing and count as zero; data sizes are provisioned sizes, not space used.`,
		);
	}

	const locations = vms.map((vm) => vm.location);
	const location = mostCommon(locations);
	const others = [...new Set(locations)].filter((l) => l !== location);
	if (others.length > 0) {
		notices.push(
			`The VMs run in ${others.length + 1} regions; the plan takes one source region, ${location} (most VMs). Also listed: ${others.join(', ')}. Import each region's VMs separately to plan them apart.`,
		);
	}
	const region = regionByName(location);
	if (region === undefined) {
		notices.push(
			`The location "${location}" is not in the region table; did you mean ${nearestNames(location).join(', ')}?`,
		);
	}

	return {
		ok: true,
		grouping,
		workload: {
			name: 'Imported from az vm list',
			sourceRegion: region?.name,
			location,
			sourceHasPair: region === undefined ? undefined : pairOf(region.name) !== undefined,
			tiers,
		},
		questions: [...unknownSizes.entries()].map(([vmSize, vms]) => ({ vmSize, vms })),
		asked: [...outsideTable.entries()].map(([vmSize, vms]) => ({ vmSize, vms })),
		notices,
	};
}

/**
 * The reader's hourly price for a tier whose every VM has a size the table does not know, each
 * answered with a price: their mean, rounded to a tenth of a cent. A price given for a size the
 * tier mixes with sizes of the table is not used, and said: the tier is priced at the family rate
 * of its mean vCPUs and memory.
 */
function answeredPrice(
	vms: readonly AzVm[],
	sizes: readonly (SizeAnswer | undefined)[],
	tier: string,
	notices: string[],
): number | undefined {
	if (sizes.some((s) => s === undefined)) return undefined;
	const outside = vms.map((vm) => vmSizeByName(vm.vmSize) === undefined);
	const prices = sizes.map((s, i) => (outside[i] === true ? s?.hourlyPriceUsd : undefined));
	const priced = prices.filter((p): p is number => p !== undefined);
	if (priced.length === 0) return undefined;
	if (priced.length === vms.length)
		return Math.round((priced.reduce((a, b) => a + b, 0) / vms.length) * 1000) / 1000;
	const named = [...new Set(vms.filter((_, i) => prices[i] !== undefined).map((vm) => vm.vmSize))];
	notices.push(
		`Tier ${tier} mixes ${named.join(', ')} with sizes that have no price of yours: the hourly price you gave is not used, and the tier is priced at the family rate of its mean vCPUs and memory (an estimate).`,
	);
	return undefined;
}

/**
 * The SQL Server edition of a tier whose VMs all come from one Microsoft SQL Server marketplace
 * image (publisher MicrosoftSQLServer, SKU `enterprise`, `standard`, with or without `-gen2`).
 * Other images say nothing about SQL Server: the edition stays a question for the reader.
 */
function sqlEdition(vms: readonly AzVm[]): 'standard' | 'enterprise' | undefined {
	return shared(
		vms.map((vm) => {
			if (vm.image?.publisher.toLowerCase() !== 'microsoftsqlserver') return undefined;
			const sku = vm.image.sku.toLowerCase();
			if (sku.startsWith('enterprise')) return 'enterprise';
			if (sku.startsWith('standard')) return 'standard';
			return undefined;
		}),
	);
}

/** What a tier's VMs all share: size, operating system, Hybrid Benefit, OS disk type. */
function optionalFields(
	vms: readonly AzVm[],
): Pick<ImportedTier, 'vmSize' | 'os' | 'hybridBenefit'> {
	const size = shared(vms.map((vm) => vmSizeByName(vm.vmSize)?.name));
	const os = shared(vms.map((vm) => vm.osType));
	const ahb = os === 'windows' && vms.every((vm) => vm.licenseType === 'Windows_Server');
	return {
		...(size !== undefined ? { vmSize: size } : {}),
		...(os !== undefined ? { os } : {}),
		...(ahb ? { hybridBenefit: true } : {}),
	};
}
