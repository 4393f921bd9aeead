/**
 * Reading what `az vm list --output json` prints: an array of VM objects. Only the fields the
 * import needs are read; everything else is ignored. The REST API's list response (an object
 * whose `value` is that array) is accepted too.
 *
 * Shape (Azure CLI `az vm list`, Compute REST API `VirtualMachine`):
 * `name`, `location`, `hardwareProfile.vmSize`, `storageProfile.osDisk.diskSizeGb`
 * (`diskSizeGB` in REST), `storageProfile.dataDisks[].diskSizeGb`, `tags`, `zones` (the
 * availability zones a zonal VM is pinned to, such as `["1"]`; absent or empty for a regional VM).
 */

export interface AzVm {
	name: string;
	location: string;
	vmSize: string;
	/** Undefined where the listing leaves the size out (for example a disk still attaching). */
	osDiskGiB: number | undefined;
	dataDiskGiB: (number | undefined)[];
	tags: Record<string, string>;
	/** The availability zones the VM is pinned to; empty for a regional (non-zonal) VM. */
	zones: string[];
}

export type ReadAzVmList =
	{ ok: true; vms: AzVm[]; notices: string[] } | { ok: false; error: string };

const EXPECTED =
	'expected the JSON array that `az vm list --output json` prints: one object per VM with name, location and hardwareProfile.vmSize';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function diskSize(disk: unknown): number | undefined {
	if (!isRecord(disk)) return undefined;
	const size = disk['diskSizeGb'] ?? disk['diskSizeGB'];
	return typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : undefined;
}

function describe(value: unknown): string {
	if (Array.isArray(value)) return 'an array';
	if (value === null) return 'null';
	if (isRecord(value)) {
		const keys = Object.keys(value).slice(0, 5);
		return keys.length === 0 ? 'an empty object' : `an object with ${keys.join(', ')}`;
	}
	return `a ${typeof value}`;
}

function readVm(item: unknown, index: number): AzVm | string {
	const where = `item ${index + 1}`;
	if (!isRecord(item)) return `${where} is ${describe(item)}, not a VM object`;
	const name = item['name'];
	if (typeof name !== 'string' || name.trim() === '') return `${where} has no name`;
	const location = item['location'];
	if (typeof location !== 'string' || location.trim() === '') {
		return `${where} (${name}) has no location`;
	}
	const hardware = item['hardwareProfile'];
	const vmSize = isRecord(hardware) ? hardware['vmSize'] : undefined;
	if (typeof vmSize !== 'string' || vmSize.trim() === '') {
		return `${where} (${name}) has no hardwareProfile.vmSize`;
	}
	const storage = isRecord(item['storageProfile']) ? item['storageProfile'] : {};
	const dataDisks = Array.isArray(storage['dataDisks']) ? storage['dataDisks'] : [];
	const tags: Record<string, string> = {};
	if (isRecord(item['tags'])) {
		for (const [key, value] of Object.entries(item['tags'])) {
			if (typeof value === 'string') tags[key] = value;
		}
	}
	return {
		name: name.trim(),
		location: location.trim(),
		vmSize: vmSize.trim(),
		osDiskGiB: diskSize(storage['osDisk']),
		dataDiskGiB: dataDisks.map(diskSize),
		tags,
		zones: Array.isArray(item['zones'])
			? item['zones'].filter((z): z is string => typeof z === 'string' && z.trim() !== '')
			: [],
	};
}

/** Parses the text of an `az vm list` JSON file; never throws. */
export function readAzVmList(text: string): ReadAzVmList {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, error: `The file is not JSON: ${EXPECTED}.` };
	}
	const notices: string[] = [];
	let list: unknown = json;
	if (isRecord(json) && Array.isArray(json['value'])) {
		list = json['value'];
		notices.push('Read the `value` array of a REST API list response.');
	}
	if (!Array.isArray(list)) {
		return { ok: false, error: `The file holds ${describe(list)}: ${EXPECTED}.` };
	}
	if (list.length === 0) {
		return {
			ok: false,
			error:
				'The list is empty: no VMs to import. Check the subscription (`az account show`) or the resource group you listed.',
		};
	}
	const vms: AzVm[] = [];
	for (const [i, item] of list.entries()) {
		const vm = readVm(item, i);
		if (typeof vm === 'string')
			return {
				ok: false,
				error: `The file does not look like az vm list output: ${vm}; ${EXPECTED}.`,
			};
		vms.push(vm);
	}
	return { ok: true, vms, notices };
}
