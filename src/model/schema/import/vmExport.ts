/**
 * Reading an estate's export leniently: `az vm list` output, the REST API's list response, or
 * the output of the Resource Graph query (resourceGraph.ts). Unlike readAzVmList, which refuses
 * a file at its first bad item (one workload's import), an estate keeps every VM it can read and
 * lists the rest as problems: an item that is not a VM, a VM listed twice, two VMs of one name,
 * a file cut off part way (the complete VMs before the cut are kept). The text is parsed once;
 * nothing of it is kept but the VMs read from it.
 */
import { describe, isRecord, readVm, type AzVm } from './azVmList.ts';

/** Something the reader could not use, in words naming the item or the field. */
export interface ExportProblem {
	/** `file` for the whole file, `vm` for one item. */
	scope: 'file' | 'vm';
	/** The VM's name, or `item N` where it has none. */
	subject?: string;
	message: string;
}

export type ExportFormat = 'az-vm-list' | 'rest-list' | 'resource-graph';

export type ReadVmExport =
	| {
			ok: true;
			format: ExportFormat;
			vms: AzVm[];
			problems: ExportProblem[];
			/** How many items the file held (VMs read plus items refused). */
			items: number;
	  }
	| { ok: false; error: string };

const EXPECTED =
	'expected `az vm list --output json` output (an array of VMs with name, location and hardwareProfile.vmSize) or the output of the Resource Graph query';

/**
 * The items of a top-level JSON array, each parsed on its own as the scan reaches its end: the
 * parse tree of one VM is garbage before the next is read, so a 50 MB export never exists as
 * one tree beside its text (what a single JSON.parse would build). One pass that tracks strings
 * and nesting finds where each item ends. `complete` is false when the text stops before the
 * array closes (a truncated file): the items are those complete before the cut. Undefined when
 * the text does not start with an array, or an item is not valid JSON.
 */
export function scanArrayItems(
	text: string,
	onItem: (item: unknown, index: number) => void,
): { count: number; complete: boolean } | undefined {
	let open = 0;
	while (open < text.length && /\s/.test(text.charAt(open))) open++;
	if (text.charCodeAt(open) !== 91) return undefined;
	let depth = 0;
	let inString = false;
	let start = -1;
	let count = 0;
	for (let i = open + 1; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92)
				i++; // backslash: skip the escaped character
			else if (c === 34) inString = false;
			continue;
		}
		if (c === 32 || c === 10 || c === 13 || c === 9) continue;
		if (depth === 0 && start === -1 && c !== 44 && c !== 93) start = i;
		if (c === 34) inString = true;
		else if (c === 123 || c === 91) depth++;
		else if (c === 125 || c === 93) {
			if (depth === 0) {
				if (c === 125) return undefined;
				// The array closes: a last scalar item before it, then nothing but spaces after.
				if (start !== -1 && !emit(text.slice(start, i))) return undefined;
				return text.slice(i + 1).trim() === '' ? { count, complete: true } : undefined;
			}
			depth--;
		}
		if (depth === 0 && start !== -1 && (c === 125 || c === 93 || c === 44)) {
			const end = c === 44 ? i : i + 1;
			if (!emit(text.slice(start, end))) return undefined;
			start = -1;
		}
	}
	return { count, complete: false };

	function emit(slice: string): boolean {
		try {
			onItem(JSON.parse(slice), count++);
			return true;
		} catch {
			return false;
		}
	}
}

/** The complete items of a JSON array cut off part way (see scanArrayItems). */
export function completeItemsOfTruncated(text: string): unknown[] | undefined {
	const items: unknown[] = [];
	const scan = scanArrayItems(text, (item) => items.push(item));
	return scan === undefined ? undefined : items;
}

function listOf(
	json: unknown,
	problems: ExportProblem[],
): { format: ExportFormat; list: unknown[] } | string {
	if (Array.isArray(json)) {
		const first: unknown = json[0];
		const flat = isRecord(first) && first['hardwareProfile'] === undefined && 'vmSize' in first;
		return { format: flat ? 'resource-graph' : 'az-vm-list', list: json };
	}
	if (isRecord(json) && Array.isArray(json['data'])) {
		const skip = json['skip_token'] ?? json['$skipToken'];
		if (typeof skip === 'string' && skip !== '') {
			const total = json['total_records'] ?? json['totalRecords'];
			problems.push({
				scope: 'file',
				message: `The Resource Graph output is one page of ${typeof total === 'number' ? `${total} rows` : 'more rows'}: only the ${json['data'].length} rows of this page are read. Run the query again with --first 1000 --skip-token TOKEN for the next page, or narrow it (for example with --subscriptions).`,
			});
		}
		return { format: 'resource-graph', list: json['data'] };
	}
	if (isRecord(json) && Array.isArray(json['value'])) {
		if (typeof json['nextLink'] === 'string' && json['nextLink'] !== '')
			problems.push({
				scope: 'file',
				message:
					'The REST API response has a nextLink: more VMs are on further pages, and only this page is read. az vm list fetches every page.',
			});
		return { format: 'rest-list', list: json['value'] };
	}
	return `The file holds ${describe(json)}: ${EXPECTED}.`;
}

/** Where JSON.parse stopped, in words, from its message ("at position 120"). */
function parseFailure(error: unknown): string {
	const message = error instanceof Error ? error.message : '';
	const at = /position (\d+)/.exec(message)?.[1];
	return at === undefined ? '' : ` (it stops making sense at character ${at})`;
}

/**
 * Two VMs of one name: the same resource listed twice is read once; two VMs in different
 * resource groups keep both, the second named `name (resource group)` so tiers and reports tell
 * them apart.
 */
function withUniqueNames(vms: readonly AzVm[], problems: ExportProblem[]): AzVm[] {
	const byName = new Map<string, AzVm>();
	const out: AzVm[] = [];
	for (const vm of vms) {
		const key = vm.name.toLowerCase();
		const seen = byName.get(key);
		if (seen === undefined) {
			byName.set(key, vm);
			out.push(vm);
			continue;
		}
		const sameResource =
			(vm.id !== undefined && vm.id.toLowerCase() === seen.id?.toLowerCase()) ||
			(vm.id === undefined &&
				seen.id === undefined &&
				vm.resourceGroup?.toLowerCase() === seen.resourceGroup?.toLowerCase());
		if (sameResource) {
			problems.push({
				scope: 'vm',
				subject: vm.name,
				message: `${vm.name} is listed twice${vm.id === undefined ? '' : ` (${vm.id})`}: read once.`,
			});
			continue;
		}
		let name = `${vm.name} (${vm.resourceGroup ?? vm.location})`;
		for (let n = 2; byName.has(name.toLowerCase()); n++)
			name = `${vm.name} (${vm.resourceGroup ?? vm.location} ${n})`;
		byName.set(name.toLowerCase(), vm);
		problems.push({
			scope: 'vm',
			subject: vm.name,
			message: `Two VMs are named ${vm.name}, in ${seen.resourceGroup ?? seen.location} and ${vm.resourceGroup ?? vm.location}: both are kept, the second as "${name}".`,
		});
		out.push({ ...vm, name });
	}
	return out;
}

/** Reads the text of an estate's export; never throws. */
export function readVmExport(text: string): ReadVmExport {
	const problems: ExportProblem[] = [];
	const vms: AzVm[] = [];
	const refuse = (item: unknown, i: number, why: string) => {
		const name = isRecord(item) && typeof item['name'] === 'string' ? item['name'] : undefined;
		problems.push({ scope: 'vm', subject: name ?? `item ${i + 1}`, message: `${why}: left out.` });
	};
	const take = (item: unknown, i: number) => {
		const vm = readVm(item, i);
		if (typeof vm === 'string') refuse(item, i, vm);
		else vms.push(vm);
	};
	let format: ExportFormat = 'az-vm-list';
	let items: number;
	// az vm list's array (the large one): item by item. Anything else: parsed whole.
	let first = true;
	const scan = scanArrayItems(text, (item, i) => {
		if (first && isRecord(item) && item['hardwareProfile'] === undefined && 'vmSize' in item)
			format = 'resource-graph';
		first = false;
		take(item, i);
	});
	if (scan !== undefined) {
		items = scan.count;
		if (!scan.complete) {
			if (items === 0)
				return {
					ok: false,
					error: `The file is not valid JSON (it ends before its first VM): ${EXPECTED}.`,
				};
			problems.unshift({
				scope: 'file',
				message: `The file ends part way through (truncated JSON, ${text.length.toLocaleString('en-US')} characters): the ${items} complete items before the cut are read; anything after them is missing. Export the list again.`,
			});
		}
	} else {
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (error) {
			return { ok: false, error: `The file is not valid JSON${parseFailure(error)}: ${EXPECTED}.` };
		}
		const found = listOf(json, problems);
		if (typeof found === 'string') return { ok: false, error: found };
		format = found.format;
		items = found.list.length;
		found.list.forEach(take);
	}
	if (items === 0)
		return {
			ok: false,
			error:
				'The list is empty: no VMs to plan. Check the subscription (`az account show`), or the scope of the query.',
		};
	if (vms.length === 0)
		return {
			ok: false,
			error: `None of the ${items} items is a VM (${problems.at(-1)?.message ?? ''}): ${EXPECTED}.`,
		};
	return { ok: true, format, vms: withUniqueNames(vms, problems), problems, items };
}
