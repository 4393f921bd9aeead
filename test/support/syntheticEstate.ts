/**
 * A generated estate export in the shape `az vm list --output json` prints, for the estate tests
 * and `npm run bench` (bench/estate.ts): `vms` VMs spread over `workloads` workloads, each with
 * two to four tiers (web, app, db, batch), realistic sizes from the model's table, a mix of
 * Linux and Windows with Hybrid Benefit, zones, Trusted Launch, tags for workload, tier,
 * priority (some), rto and rpo. Deterministic: the same arguments give the same file.
 */
const SIZES = {
	web: ['Standard_D2s_v5', 'Standard_D4s_v5', 'Standard_D4s_v6'],
	app: ['Standard_D4s_v5', 'Standard_D8s_v5', 'Standard_F8s_v2'],
	db: ['Standard_E8s_v5', 'Standard_E16s_v5', 'Standard_E8s_v6'],
	batch: ['Standard_D16s_v5', 'Standard_F16s_v2'],
} as const;
const TIERS = ['web', 'app', 'db', 'batch'] as const;
const REGIONS = ['westeurope', 'northeurope', 'eastus2', 'uksouth'];
const RTOS = ['1h', '2h', '4h', '8h', '24h'];
const RPOS = ['15m', '30m', '1h', '4h', '24h'];

/** One VM object as az vm list prints it (the fields the import reads, and a few others). */
export function syntheticVm(
	name: string,
	opts: {
		workload?: string;
		tier?: string;
		size?: string;
		location?: string;
		windows?: boolean;
		dataDisks?: number[];
		zone?: string;
		tags?: Record<string, string>;
		resourceGroup?: string;
	} = {},
): Record<string, unknown> {
	const rg = opts.resourceGroup ?? `rg-${opts.workload ?? 'shared'}`;
	const id = `/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/${rg}/providers/Microsoft.Compute/virtualMachines/${name}`;
	return {
		id,
		name,
		location: opts.location ?? 'westeurope',
		resourceGroup: rg,
		type: 'Microsoft.Compute/virtualMachines',
		hardwareProfile: { vmSize: opts.size ?? 'Standard_D4s_v5' },
		licenseType: opts.windows === true ? 'Windows_Server' : null,
		securityProfile: { securityType: 'TrustedLaunch', uefiSettings: { secureBootEnabled: true } },
		storageProfile: {
			imageReference: opts.windows
				? { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2022-datacenter' }
				: { publisher: 'Canonical', offer: '0001-com-ubuntu-server-jammy', sku: '22_04-lts-gen2' },
			osDisk: {
				osType: opts.windows === true ? 'Windows' : 'Linux',
				diskSizeGb: 128,
				managedDisk: { storageAccountType: 'Premium_LRS', id: `${id}-os` },
			},
			dataDisks: (opts.dataDisks ?? []).map((gb, lun) => ({
				lun,
				diskSizeGb: gb,
				managedDisk: { storageAccountType: 'Premium_LRS' },
			})),
		},
		tags: {
			...(opts.workload === undefined ? {} : { workload: opts.workload }),
			...(opts.tier === undefined ? {} : { tier: opts.tier }),
			...opts.tags,
		},
		zones: opts.zone === undefined ? null : [opts.zone],
	};
}

/** `vms` VMs in `workloads` workloads; deterministic. */
export function syntheticEstate(vms: number, workloads: number): Record<string, unknown>[] {
	const out: Record<string, unknown>[] = [];
	for (let i = 0; i < vms; i++) {
		const w = i % workloads;
		const tierCount = 2 + (w % 3);
		const tier = TIERS[Math.floor(i / workloads) % tierCount] ?? 'web';
		const sizes = SIZES[tier];
		const windows = tier === 'db' && w % 2 === 0;
		out.push(
			syntheticVm(`app${w + 1}-${tier}-${String(i).padStart(5, '0')}`, {
				workload: `app${w + 1}`,
				tier,
				size: sizes[w % sizes.length] ?? 'Standard_D4s_v5',
				location: REGIONS[w % REGIONS.length] ?? 'westeurope',
				windows,
				dataDisks: tier === 'db' ? [512, 512] : tier === 'batch' ? [256] : [],
				zone: String((i % 3) + 1),
				tags: {
					rto: RTOS[w % RTOS.length] ?? '4h',
					rpo: RPOS[w % RPOS.length] ?? '1h',
					...(w % 4 === 0 ? { priority: String(1 + (w % 7)) } : {}),
				},
			}),
		);
	}
	return out;
}
