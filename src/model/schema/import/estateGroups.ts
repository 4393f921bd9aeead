/**
 * An estate's VMs grouped into workloads by one tag (default `workload`), pure. Tiers inside a
 * workload come later (importVms), by another tag (default `tier`) or by name prefix. A VM
 * without the workload tag is listed in `ungrouped`, never dropped and never put in a workload
 * by a guess. A workload's recovery priority and its RTO and RPO targets may come from tags
 * too (default keys `priority`, `rto`, `rpo`); a value that cannot be read is a problem naming
 * the tag and what it accepts.
 */
import { RANGES, rangeText } from '../workloadValues.ts';
import type { AzVm } from './azVmList.ts';

export const DEFAULT_WORKLOAD_TAG = 'workload';
export const DEFAULT_TIER_TAG = 'tier';
export const DEFAULT_PRIORITY_TAG = 'priority';
export const DEFAULT_RTO_TAG = 'rto';
export const DEFAULT_RPO_TAG = 'rpo';
/** A workload name's longest form (the workload file's `name`). */
const MAX_WORKLOAD_NAME = 80;

export interface EstateGroupOptions {
	/** The tag whose value names a VM's workload (default `workload`). */
	workloadTag?: string;
	/** The tag whose value names a VM's tier inside its workload (default `tier`). */
	tierTag?: string;
	/** `tag` (default): tiers by the tier tag, by name prefix for a VM without it; `prefix`: by name prefix only. */
	tierBy?: 'tag' | 'prefix';
	/** The tag giving a workload's place in the recovery order, 1 first (default `priority`). */
	priorityTag?: string;
	/** Tags giving a workload's RTO and RPO: minutes, or with a unit (`30m`, `4h`, `1d`). */
	rtoTag?: string;
	rpoTag?: string;
}

/** The options with every default filled in. */
export type EstateGroupSettings = Required<EstateGroupOptions>;

export function groupSettings(options: EstateGroupOptions = {}): EstateGroupSettings {
	const key = (value: string | undefined, fallback: string) => value?.trim() || fallback;
	return {
		workloadTag: key(options.workloadTag, DEFAULT_WORKLOAD_TAG),
		tierTag: key(options.tierTag, DEFAULT_TIER_TAG),
		tierBy: options.tierBy ?? 'tag',
		priorityTag: key(options.priorityTag, DEFAULT_PRIORITY_TAG),
		rtoTag: key(options.rtoTag, DEFAULT_RTO_TAG),
		rpoTag: key(options.rpoTag, DEFAULT_RPO_TAG),
	};
}

export interface EstateGroup {
	/** The workload tag's value, as the first VM spells it (grouping ignores case). */
	name: string;
	vms: AzVm[];
	/** From the priority tag: lower is recovered first. */
	priority?: number;
	/** From the RTO and RPO tags, in minutes. */
	rtoMinutes?: number;
	rpoMinutes?: number;
	/** Tag values that could not be read or that disagree, in words. */
	problems: string[];
}

export interface UngroupedVm {
	name: string;
	location: string;
	vmSize: string;
	reason: string;
}

export interface EstateGroups {
	workloads: EstateGroup[];
	ungrouped: UngroupedVm[];
	/** For an estate where no VM has the workload tag: the tag keys most VMs have, commonest first. */
	tagKeysSeen: { key: string; vms: number }[];
}

/** A tag's value on a VM, matched without regard to case; undefined when absent or blank. */
export function tagValue(vm: AzVm, key: string): string | undefined {
	const wanted = key.toLowerCase();
	for (const [k, v] of Object.entries(vm.tags))
		if (k.toLowerCase() === wanted) return v.trim() === '' ? undefined : v.trim();
	return undefined;
}

const UNITS: Record<string, number> = {
	m: 1,
	min: 1,
	mins: 1,
	minutes: 1,
	h: 60,
	hr: 60,
	hrs: 60,
	hours: 60,
	d: 1440,
	days: 1440,
};

/** `240`, `30m`, `4h`, `1.5 hours`, `1d` as minutes; a sentence when it is not one of those. */
export function parseDurationTag(value: string): number | string {
	const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
	const unit = match?.[2]?.toLowerCase() ?? '';
	const factor = unit === '' ? 1 : UNITS[unit];
	if (match === null || factor === undefined)
		return `"${value}" is not a duration: give minutes (240) or a number with m, h or d (30m, 4h, 1d)`;
	return Number(match[1]) * factor;
}

function commonKeys(vms: readonly AzVm[]): { key: string; vms: number }[] {
	const counts = new Map<string, number>();
	for (const vm of vms)
		for (const k of Object.keys(vm.tags)) counts.set(k, (counts.get(k) ?? 0) + 1);
	return [...counts.entries()]
		.map(([key, n]) => ({ key, vms: n }))
		.sort((a, b) => b.vms - a.vms || a.key.localeCompare(b.key))
		.slice(0, 5);
}

/** One number for a workload from its VMs' tags: the smallest when they disagree, said so. */
function fromTags(
	group: EstateGroup,
	key: string,
	read: (value: string) => number | string,
	which: string,
): number | undefined {
	const values = new Map<string, string[]>();
	for (const vm of group.vms) {
		const v = tagValue(vm, key);
		if (v !== undefined) values.set(v, [...(values.get(v) ?? []), vm.name]);
	}
	const numbers: number[] = [];
	for (const [value, vms] of values) {
		const n = read(value);
		if (typeof n === 'string') group.problems.push(`Tag "${key}" on ${vms.join(', ')}: ${n}.`);
		else numbers.push(n);
	}
	if (numbers.length === 0) return undefined;
	const chosen = Math.min(...numbers);
	if (new Set(numbers).size > 1)
		group.problems.push(
			`The VMs' "${key}" tags disagree (${[...values.keys()].join(', ')}): the ${which} taken is the tightest, ${chosen}.`,
		);
	return chosen;
}

function targetReader(range: (typeof RANGES)['rtoMinutes' | 'rpoMinutes']) {
	return (value: string): number | string => {
		const minutes = parseDurationTag(value);
		if (typeof minutes === 'string') return minutes;
		return minutes >= range.min && minutes <= range.max
			? minutes
			: `"${value}" must be ${rangeText(range)}`;
	};
}

function readPriority(value: string): number | string {
	return /^\d{1,4}$/.test(value.trim())
		? Number(value)
		: `"${value}" must be a whole number from 0 to 9999, 1 recovered before 2`;
}

/** Groups an estate's VMs into workloads by the workload tag; pure. */
export function groupEstate(vms: readonly AzVm[], options: EstateGroupOptions = {}): EstateGroups {
	const settings = groupSettings(options);
	const byKey = new Map<string, EstateGroup>();
	const ungrouped: UngroupedVm[] = [];
	for (const vm of vms) {
		const value = tagValue(vm, settings.workloadTag);
		if (value === undefined) {
			ungrouped.push({
				name: vm.name,
				location: vm.location,
				vmSize: vm.vmSize,
				reason: `no "${settings.workloadTag}" tag`,
			});
			continue;
		}
		const name = value.slice(0, MAX_WORKLOAD_NAME);
		const key = name.toLowerCase();
		let group = byKey.get(key);
		if (group === undefined) {
			group = { name, vms: [], problems: [] };
			byKey.set(key, group);
		}
		group.vms.push(vm);
	}
	const workloads = [...byKey.values()];
	for (const group of workloads) {
		const priority = fromTags(group, settings.priorityTag, readPriority, 'priority');
		const rto = fromTags(group, settings.rtoTag, targetReader(RANGES.rtoMinutes), 'RTO');
		const rpo = fromTags(group, settings.rpoTag, targetReader(RANGES.rpoMinutes), 'RPO');
		if (priority !== undefined) group.priority = priority;
		if (rto !== undefined) group.rtoMinutes = rto;
		if (rpo !== undefined) group.rpoMinutes = rpo;
	}
	return {
		workloads,
		ungrouped,
		tagKeysSeen: workloads.length === 0 ? commonKeys(vms) : [],
	};
}
