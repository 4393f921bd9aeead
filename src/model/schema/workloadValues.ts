/**
 * The values a workload field accepts: the numeric ranges (shared by the schema, the forms and
 * their messages), the lists of choices, and the messages that name them. workload.ts builds the
 * schema from these.
 */
import { z } from 'zod';
import { formatDecimal } from '../facts/format.ts';
import { nearestNames } from '../regions/index.ts';

export interface NumberRange {
	min: number;
	max: number;
	integer: boolean;
	unit: string;
}

/** Accepted ranges, shared by the schema, the forms and their messages. */
export const RANGES = {
	vmCount: { min: 1, max: 1000, integer: true, unit: 'VMs' },
	vcpu: { min: 1, max: 416, integer: true, unit: 'vCPUs' },
	memoryGiB: { min: 0.5, max: 12000, integer: false, unit: 'GiB' },
	hourlyPriceUsd: { min: 0, max: 500, integer: false, unit: 'US$ an hour' },
	disksPerVm: { min: 1, max: 64, integer: true, unit: 'disks' },
	dataGiB: { min: 1, max: 2_097_152, integer: false, unit: 'GiB' },
	// One data disk: Premium SSD v2 and Ultra Disk go to 64 TiB; the tiered types to 32,767 GiB.
	dataDiskGiB: { min: 1, max: 65_536, integer: true, unit: 'GiB' },
	dailyChangeGiB: { min: 0, max: 2_097_152, integer: false, unit: 'GiB a day' },
	churnMBps: { min: 0, max: 2000, integer: false, unit: 'MB/s' },
	rtoMinutes: { min: 1, max: 43_200, integer: false, unit: 'minutes' },
	rpoMinutes: { min: 0, max: 43_200, integer: false, unit: 'minutes' },
	budgetUsd: { min: 0, max: 10_000_000, integer: false, unit: 'US$ a month' },
	downtimeCostPerHourUsd: { min: 0, max: 10_000_000, integer: false, unit: 'US$ an hour' },
	disruptionsPerYear: { min: 0, max: 100, integer: false, unit: 'disruptions a year' },
	drillsPerYear: { min: 0, max: 52, integer: true, unit: 'drills a year' },
	probeIntervalSeconds: { min: 10, max: 30, integer: true, unit: 'seconds' },
	toleratedFailures: { min: 0, max: 9, integer: true, unit: 'failures' },
	ttlSeconds: { min: 0, max: 86_400, integer: true, unit: 'seconds' },
	price: { min: 0, max: 1000, integer: false, unit: 'US$' },
	peopleMinutes: { min: 0, max: 1440, integer: false, unit: 'minutes' },
	measuredMinutes: { min: 0, max: 10_080, integer: false, unit: 'minutes' },
	drCapacityPercent: { min: 1, max: 100, integer: true, unit: '% of production' },
	requestsMillionsPerMonth: { min: 0, max: 1_000_000, integer: false, unit: 'million a month' },
	servedGBPerMonth: { min: 0, max: 10_000_000, integer: false, unit: 'GB a month' },
	// Daily retention an Azure Backup VM policy accepts: azurerm_backup_policy_vm's
	// retention_daily count goes up to 9999 (registry.terraform.io, hashicorp/azurerm docs).
	retentionDays: { min: 1, max: 9999, integer: true, unit: 'days' },
} as const satisfies Record<string, NumberRange>;

export type RangeName = keyof typeof RANGES;

/** toLocaleString('en-US')'s text: up to three decimals, grouped. */
const display = (n: number): string => formatDecimal(n, 3);

/** "a whole number from 1 to 1,000 (VMs)" */
export function rangeText(range: NumberRange): string {
	return `${range.integer ? 'a whole number' : 'a number'} from ${display(range.min)} to ${display(range.max)} (${range.unit})`;
}

export function number(name: RangeName) {
	const range: NumberRange = RANGES[name];
	const error = `must be ${rangeText(range)}`;
	let schema = z.number({ error }).min(range.min, { error }).max(range.max, { error });
	if (range.integer) schema = schema.int({ error });
	// The wizard reads the field's range (and so its unit and message) from here.
	return schema.meta({ range: name });
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
	return z.enum(values, { error: `must be one of: ${values.join(', ')}` });
}

export const flag = () => z.boolean({ error: 'must be true or false' });

/** The most tiers one workload may have: the schema, forms and share links all enforce it. */
export const MAX_TIERS = 20;

export const TIER_KINDS = ['stateless', 'stateful'] as const;
/**
 * Where a tier's data lives: none (stateless), on VMs with native replication and backup,
 * with native backup only, with neither, or in a PaaS database.
 */
export const DATA_SERVICES = ['none', 'vm-replication', 'vm-backup', 'vm-plain', 'paas'] as const;
/**
 * How users reach the workload and are moved to the secondary: Traffic Manager (public DNS),
 * Front Door (public anycast proxy), or a record in an Azure Private DNS zone for a workload
 * reached only inside the private network.
 */
export const ROUTERS = ['traffic-manager', 'front-door', 'private-dns'] as const;
/**
 * The routers that probe the regions' endpoints: automated failover (operations.trigger
 * automation) starts from their health alert, so it needs one of these.
 */
export const PROBING_ROUTERS: readonly (typeof ROUTERS)[number][] = [
	'traffic-manager',
	'front-door',
];
export const TARGET_REGIONS = ['pair', 'any'] as const;
/** The VM's operating system, for its licence. */
export const OPERATING_SYSTEMS = ['linux', 'windows'] as const;
/** SQL Server on the VM, for its licence: none, or the edition. */
export const SQL_EDITIONS = ['none', 'standard', 'enterprise'] as const;
/**
 * What the tier's VMs hold: each its own data (`per-vm`), or one copy among them (`shared`, an
 * HA group such as an availability group or a HANA system replication pair).
 */
export const DATA_SETS = ['per-vm', 'shared'] as const;

/** The most data disks a VM may list: disksPerVm's maximum, less the OS disk. */
export const MAX_DATA_DISKS = RANGES.disksPerVm.max - 1;

/** The message of a data disk list that is no list of sizes. */
export const DATA_DISKS_MESSAGE = `must be a list of 1 to ${MAX_DATA_DISKS} data disk sizes, each ${rangeText(RANGES.dataDiskGiB)}`;

/** "is not a VM size the model knows; …" */
export function unknownVmSizeMessage(name: string): string {
	return `is not a VM size the model knows (${name}); give vcpu and memoryGiB (and hourlyPriceUsd for its price) instead, or a size such as Standard_D4s_v5 or Standard_E8s_v5`;
}

/** How a VM boots: without, with Trusted Launch, or as a confidential VM. */
export const SECURITY_TYPES = ['standard', 'trusted-launch', 'confidential'] as const;
export const ARCHITECTURES = ['x64', 'arm64'] as const;
/** Who starts the recovery: people on call, or an alert that starts the recovery plan. */
export const TRIGGERS = ['people', 'automation'] as const;
/** How the corruption layer's copies resist deletion: `locked` cannot be undone. */
export const IMMUTABILITY = ['none', 'unlocked', 'locked'] as const;

/** "must be an Azure region name such as westeurope; did you mean italynorth, …?" */
export function unknownRegionMessage(name: string, extra = ''): string {
	return `must be an Azure region name such as westeurope${extra}; did you mean ${nearestNames(name).join(', ')}?`;
}
