/**
 * Reading what `az vm list --output json` prints: an array of VM objects. Only the fields the
 * import needs are read; everything else is ignored. The REST API's list response (an object
 * whose `value` is that array, each VM's fields under `properties`) is accepted too, and so are
 * the rows of the Azure Resource Graph query in resourceGraph.ts (its fields flat on the row).
 *
 * Shape (Azure CLI `az vm list`, Compute REST API `VirtualMachine`):
 * `name`, `location`, `hardwareProfile.vmSize`, `storageProfile.osDisk.diskSizeGb`
 * (`diskSizeGB` in REST), `storageProfile.dataDisks[].diskSizeGb`, `tags`, each disk's
 * `managedDisk.storageAccountType` (`Premium_LRS`, `PremiumV2_LRS`, `UltraSSD_LRS`…),
 * `securityProfile.securityType` (`TrustedLaunch`, `ConfidentialVM`; absent for standard VMs) and
 * `zones` (the availability zones a zonal VM is pinned to, such as `["1"]`; absent or empty for a
 * regional VM).
 */

export interface AzVm {
	name: string;
	location: string;
	vmSize: string;
	/** Undefined where the listing leaves the size out (for example a disk still attaching). */
	osDiskGiB: number | undefined;
	dataDiskGiB: (number | undefined)[];
	/** Each disk's storage account type, OS disk first, where the listing gives it. */
	diskTypes: string[];
	/** `TrustedLaunch`, `ConfidentialVM`, or undefined for a standard VM. */
	securityType: string | undefined;
	tags: Record<string, string>;
	/** storageProfile.osDisk.osType, lower case; undefined where the listing leaves it out. */
	osType?: 'linux' | 'windows';
	/** licenseType: `Windows_Server` means Azure Hybrid Benefit for Windows. */
	licenseType?: string;
	/** The OS disk's managedDisk.storageAccountType, e.g. `Premium_LRS`. */
	osDiskSku?: string;
	/** The availability zones the VM is pinned to; empty for a regional (non-zonal) VM. */
	zones: string[];
	/** The resource ID, where the listing gives it: tells two VMs of one name apart. */
	id?: string;
	resourceGroup?: string;
	/** Each data disk's storage account type, in the order of `dataDiskGiB` (undefined: not given). */
	dataDiskTypes?: (string | undefined)[];
	/** storageProfile.imageReference's publisher and SKU, e.g. `MicrosoftSQLServer` / `enterprise`. */
	image?: { publisher: string; sku: string };
}

export type ReadAzVmList =
	{ ok: true; vms: AzVm[]; notices: string[] } | { ok: false; error: string };

const EXPECTED =
	'expected the JSON array that `az vm list --output json` prints: one object per VM with name, location and hardwareProfile.vmSize';

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function diskSize(disk: unknown): number | undefined {
	if (!isRecord(disk)) return undefined;
	const size = disk['diskSizeGb'] ?? disk['diskSizeGB'];
	return typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : undefined;
}

function diskType(disk: unknown): string | undefined {
	if (!isRecord(disk) || !isRecord(disk['managedDisk'])) return undefined;
	const type = disk['managedDisk']['storageAccountType'];
	return typeof type === 'string' && type.trim() !== '' ? type.trim() : undefined;
}

export function describe(value: unknown): string {
	if (Array.isArray(value)) return 'an array';
	if (value === null) return 'null';
	if (isRecord(value)) {
		const keys = Object.keys(value).slice(0, 5);
		return keys.length === 0 ? 'an empty object' : `an object with ${keys.join(', ')}`;
	}
	return `a ${typeof value}`;
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * One item in the shape `az vm list` prints: a REST item's `properties` lifted up, and a Resource
 * Graph row's flat columns (vmSize, osType, osDisk, dataDisks…) put where az vm list has them.
 */
function normalise(item: Record<string, unknown>): Record<string, unknown> {
	let vm = item;
	if (isRecord(vm['properties']) && vm['hardwareProfile'] === undefined)
		vm = { ...vm['properties'], ...vm };
	if (vm['hardwareProfile'] === undefined && typeof vm['vmSize'] === 'string') {
		const osDisk = isRecord(vm['osDisk']) ? { ...vm['osDisk'] } : {};
		if (osDisk['osType'] === undefined && text(vm['osType']) !== undefined)
			osDisk['osType'] = vm['osType'];
		vm = {
			...vm,
			hardwareProfile: { vmSize: vm['vmSize'] },
			storageProfile: {
				osDisk,
				dataDisks: Array.isArray(vm['dataDisks']) ? vm['dataDisks'] : [],
				...(isRecord(vm['imageReference']) ? { imageReference: vm['imageReference'] } : {}),
			},
			...(text(vm['securityType']) === undefined
				? {}
				: { securityProfile: { securityType: vm['securityType'] } }),
		};
	}
	return vm;
}

/** One VM of the listing, or a sentence saying why the item is not one. */
export function readVm(raw: unknown, index: number): AzVm | string {
	const where = `item ${index + 1}`;
	if (!isRecord(raw)) return `${where} is ${describe(raw)}, not a VM object`;
	const item = normalise(raw);
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
	const osDisk = isRecord(storage['osDisk']) ? storage['osDisk'] : {};
	const osType = text(osDisk['osType'])?.toLowerCase();
	const managed = isRecord(osDisk['managedDisk']) ? osDisk['managedDisk'] : {};
	const sku = managed['storageAccountType'];
	const licence = item['licenseType'];
	const security = isRecord(item['securityProfile'])
		? item['securityProfile']['securityType']
		: undefined;
	const imageRef = isRecord(storage['imageReference']) ? storage['imageReference'] : {};
	const publisher = text(imageRef['publisher']);
	const id = text(item['id']);
	const resourceGroup =
		text(item['resourceGroup']) ?? /\/resourceGroups\/([^/]+)/i.exec(id ?? '')?.[1];
	return {
		name: name.trim(),
		location: location.trim(),
		vmSize: vmSize.trim(),
		osDiskGiB: diskSize(storage['osDisk']),
		dataDiskGiB: dataDisks.map(diskSize),
		diskTypes: [storage['osDisk'], ...(dataDisks as unknown[])]
			.map(diskType)
			.filter((t): t is string => t !== undefined),
		securityType: typeof security === 'string' && security !== '' ? security : undefined,
		tags,
		...(osType === 'linux' || osType === 'windows' ? { osType } : {}),
		...(typeof licence === 'string' && licence !== '' ? { licenseType: licence } : {}),
		...(typeof sku === 'string' && sku !== '' ? { osDiskSku: sku } : {}),
		zones: Array.isArray(item['zones'])
			? item['zones'].filter((z): z is string => typeof z === 'string' && z.trim() !== '')
			: [],
		...(id === undefined ? {} : { id }),
		...(resourceGroup === undefined ? {} : { resourceGroup }),
		dataDiskTypes: dataDisks.map(diskType),
		...(publisher === undefined ? {} : { image: { publisher, sku: text(imageRef['sku']) ?? '' } }),
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
