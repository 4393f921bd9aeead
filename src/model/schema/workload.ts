/**
 * The reader's workload: one zod schema, with the types derived from it. Every field has a
 * documented range, and every rejection names the field and that range.
 */
import { z } from 'zod';
import { dependencyIssues } from './dependencyGraph.ts';
import {
	allowsTarget,
	nearestRegion,
	pairOf,
	regionByName,
	RESIDENCIES,
	residencyText,
} from '../regions/index.ts';
import { DISK_TYPES } from './diskTypes.ts';
import { DATA_DISKS_WORDS, dataDiskIssues } from './dataDisks.ts';
import { withSizes } from './namedSizes.ts';
import { vmSizeByName } from '../facts/vmSizes/index.ts';
import { pinnedOptionIssue, pinnedOptionMessage, pinnedOptionSchema } from './optionKeys.ts';

// zod probes for eval with `new Function('')` to compile faster parsers; in the browser the
// site's Content-Security-Policy refuses it and reports a violation. Parsing one workload is
// fast enough without the compiled parsers.
z.config({ jitless: true });

export * from './workloadValues.ts';
export { RESIDENCIES };
import {
	ARCHITECTURES,
	choice,
	DATA_DISKS_MESSAGE,
	DATA_SERVICES,
	DATA_SETS,
	flag,
	IMMUTABILITY,
	MAX_DATA_DISKS,
	MAX_TIERS,
	number,
	OPERATING_SYSTEMS,
	PROBING_ROUTERS,
	ROUTERS,
	SECURITY_TYPES,
	SQL_EDITIONS,
	TARGET_REGIONS,
	TIER_KINDS,
	TRIGGERS,
	unknownRegionMessage,
	unknownVmSizeMessage,
} from './workloadValues.ts';

/**
 * A region as `az account list-locations` names it. Display names and any case are accepted
 * and stored as the programmatic name (`West Europe` becomes `westeurope`).
 */
const regionName = (keywords: readonly string[] = []) => {
	const extra = keywords.length === 0 ? '' : `, ${keywords.join(' or ')}`;
	return z
		.string({ error: `must be an Azure region name such as westeurope${extra}` })
		.trim()
		.superRefine((name, ctx) => {
			if (regionByName(name) === undefined && !keywords.includes(name))
				ctx.addIssue({ code: 'custom', message: unknownRegionMessage(name, extra) });
		})
		.transform((name) => regionByName(name)?.name ?? name);
};

export const tierSchema = z
	.strictObject({
		name: z
			.string({ error: 'must be a name of 1 to 40 characters' })
			.trim()
			.min(1, { error: 'must be a name of 1 to 40 characters' })
			.max(40, { error: 'must be a name of 1 to 40 characters' }),
		kind: choice(TIER_KINDS),
		data: choice(DATA_SERVICES).default('none'),
		vmCount: number('vmCount'),
		vcpu: number('vcpu').default(4),
		memoryGiB: number('memoryGiB').default(16),
		hourlyPriceUsd: number('hourlyPriceUsd').optional(),
		/** An Azure size name (Standard_E8s_v5): sets vcpu, memoryGiB and the hourly price. */
		vmSize: z
			.string({ error: 'must be an Azure VM size name such as Standard_E8s_v5' })
			.trim()
			.superRefine((name, ctx) => {
				if (vmSizeByName(name) === undefined)
					ctx.addIssue({ code: 'custom', message: unknownVmSizeMessage(name) });
			})
			.meta({ accepts: 'a VM size name in the model’s size table, such as Standard_E8s_v5' })
			.optional(),
		os: choice(OPERATING_SYSTEMS).optional(),
		sqlServer: choice(SQL_EDITIONS).optional(),
		/** Azure Hybrid Benefit: licences with Software Assurance brought to Azure. */
		hybridBenefit: flag().default(false),
		/** The tier's managed disk type (see DISK_TYPES). */
		diskType: choice(DISK_TYPES).default('premium-ssd'),
		/** Site Recovery replica disks and other copies kept as disks in the secondary. */
		replicaDiskType: choice(DISK_TYPES).optional(),
		dataSet: choice(DATA_SETS).optional(),
		disksPerVm: number('disksPerVm').default(2),
		dataGiB: number('dataGiB').default(128),
		/** Each data disk of a VM in GiB, all VMs alike: replaces dataGiB and disksPerVm. */
		dataDiskSizesGiB: z
			.array(number('dataDiskGiB'), { error: DATA_DISKS_MESSAGE })
			.min(1, { error: DATA_DISKS_MESSAGE })
			.max(MAX_DATA_DISKS, { error: DATA_DISKS_MESSAGE })
			.meta(DATA_DISKS_WORDS)
			.optional(),
		dailyChangeGiB: number('dailyChangeGiB').optional(),
		churnMBps: number('churnMBps').optional(),
		/** This tier's own targets, in place of the workload's. */
		rtoMinutes: number('rtoMinutes').optional(),
		rpoMinutes: number('rpoMinutes').optional(),
		/** The tiers that must be running before this one starts (their names). */
		dependsOn: z
			.array(
				z
					.string({ error: 'must be a list of tier names' })
					.trim()
					.min(1, { error: 'must be a list of tier names' })
					.max(40, { error: 'must be a list of tier names' }),
				{ error: 'must be a list of tier names' },
			)
			.max(MAX_TIERS - 1, { error: `must name at most ${MAX_TIERS - 1} tiers` })
			.optional(),
		/** The capacity needed at failover, as a share of production. */
		drCapacityPercent: number('drCapacityPercent').default(100),
		/** Standard, Trusted Launch or confidential VMs. */
		securityType: choice(SECURITY_TYPES).default('standard'),
		/** The tier's VMs share a disk (a Windows failover cluster). */
		sharedDisk: flag().default(false),
		/** The VMs' processor architecture. */
		architecture: choice(ARCHITECTURES).default('x64'),
		/** The option the tier already runs (optionKeys.ts). */
		pattern: pinnedOptionSchema,
	})
	.superRefine((tier, ctx) => {
		for (const issue of dataDiskIssues(tier))
			ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
		const pinned = tier.pattern === undefined ? undefined : pinnedOptionMessage(tier, tier.pattern);
		if (pinned !== undefined) ctx.addIssue({ code: 'custom', path: ['pattern'], message: pinned });
		if (tier.kind === 'stateless' && tier.data !== 'none') {
			ctx.addIssue({
				code: 'custom',
				path: ['data'],
				message: 'must be none for a stateless tier (a tier with data is stateful)',
			});
		}
		if (tier.kind === 'stateful' && tier.data === 'none') {
			ctx.addIssue({
				code: 'custom',
				path: ['data'],
				message: 'must be one of: vm-replication, vm-backup, vm-plain, paas for a stateful tier',
			});
		}
	});

export const routingSchema = z.strictObject({
	router: choice(ROUTERS).default('traffic-manager'),
	probeIntervalSeconds: number('probeIntervalSeconds').default(30),
	toleratedFailures: number('toleratedFailures').default(3),
	ttlSeconds: number('ttlSeconds').default(300),
	/** DNS queries (Traffic Manager) or requests (Front Door) a month, in millions. */
	requestsMillionsPerMonth: number('requestsMillionsPerMonth').optional(),
	/** Data served to users a month, in GB: Front Door's transfer, or a failed-over day's egress. */
	servedGBPerMonth: number('servedGBPerMonth').optional(),
});

/**
 * The team's own times for the steps people take on the day, measured in a drill or planned
 * (0 where automation does it). Each replaces the model's estimate for that step.
 */
export const operationsSchema = z.strictObject({
	trigger: choice(TRIGGERS).default('people'),
	detectMinutes: number('peopleMinutes').optional(),
	declareMinutes: number('peopleMinutes').optional(),
	validateMinutes: number('peopleMinutes').optional(),
});

/**
 * How the corruption layer is kept (issue 21): immutability of the vault or container, days of
 * backups kept, and a Resource Guard (multi-user authorisation) over the vault. Optional: without
 * it the layer is a locked immutable vault keeping the model's default days.
 */
export const protectionSchema = z.strictObject({
	immutability: choice(IMMUTABILITY).default('locked'),
	retentionDays: number('retentionDays').optional(),
	resourceGuard: flag().default(false),
});

/** A step key in a `measured` block: `detect`, `web/boot`… (see RtoStep.key). */
export const MEASURED_KEY_PATTERN = /^[^=\n;]{1,60}$/;
const MEASURED_MESSAGE = 'must map step keys (such as detect or web/boot) to minutes';

/**
 * Step times measured in a drill, by step key (RtoStep.key). The plan shows them against its
 * planned times; they do not replace the estimates the plan is chosen by.
 */
export const measuredSchema = z.record(
	z.string().regex(MEASURED_KEY_PATTERN, {
		error: 'must be a step key of 1 to 60 characters without =, ; or line breaks',
	}),
	number('measuredMinutes'),
	{ error: MEASURED_MESSAGE },
);

export const pricesSchema = z.strictObject({
	vcpuHourUsd: number('price').optional(),
	sqlVcoreHourUsd: number('price').optional(),
	transferPerGbUsd: number('price').optional(),
	diskPerGibMonthUsd: number('price').optional(),
	snapshotPerGibMonthUsd: number('price').optional(),
	blobPerGibMonthUsd: number('price').optional(),
	asrInstanceUsd: number('price').optional(),
	backupInstanceUsd: number('price').optional(),
	backupPerGibMonthUsd: number('price').optional(),
});

const TIERS_MESSAGE = `must be a list of 1 to ${MAX_TIERS} tiers`;

export const workloadSchema = z
	.strictObject({
		name: z
			.string({ error: 'must be a name of up to 80 characters' })
			.trim()
			.max(80, { error: 'must be a name of up to 80 characters' })
			.default('My workload'),
		tiers: z
			.array(tierSchema, { error: TIERS_MESSAGE })
			.min(1, { error: TIERS_MESSAGE })
			.max(MAX_TIERS, { error: TIERS_MESSAGE }),
		configAsCode: flag().default(false),
		rtoMinutes: number('rtoMinutes'),
		rpoMinutes: number('rpoMinutes'),
		appConsistency: flag().default(false),
		corruptionProtection: flag().default(true),
		// Absent, its defaults apply (locked immutability, no Resource Guard): the form shows the same.
		protection: protectionSchema.prefault({}),
		/** Where the workload runs now; optional (without it, sourceHasPair says what matters). */
		sourceRegion: regionName()
			.meta({
				region: 'source',
				description:
					'An Azure region name as az account list-locations prints it, e.g. westeurope.',
			})
			.optional(),
		/** `pair`, `any` (the nearest region by the model's rule) or a region name. */
		targetRegion: regionName(TARGET_REGIONS)
			.meta({
				region: 'target',
				description:
					'pair, any (the allowed region with the lowest published latency) or an Azure region name.',
			})
			.default('any'),
		sourceHasPair: flag().default(true),
		/**
		 * Where the copies may go: any region, the source's continent, or the source's geography
		 * (Microsoft's data-residency boundary).
		 */
		residency: choice(RESIDENCIES).default('any'),
		/** The only regions the plan may recover into (region names); absent allows all. */
		allowedTargetRegions: z
			.array(regionName(), { error: 'must be a list of Azure region names' })
			.max(60, { error: 'must name at most 60 regions' })
			.optional(),
		budgetUsd: number('budgetUsd').optional(),
		/** What an hour of downtime costs the reader: prices a disruption and the break-evens. */
		downtimeCostPerHourUsd: number('downtimeCostPerHourUsd').optional(),
		/** The reader's own assumption; the model assumes no outage frequency. */
		disruptionsPerYear: number('disruptionsPerYear').optional(),
		drillsPerYear: number('drillsPerYear').default(4),
		routing: routingSchema.default({
			router: 'traffic-manager',
			probeIntervalSeconds: 30,
			toleratedFailures: 3,
			ttlSeconds: 300,
		}),
		operations: operationsSchema.default({ trigger: 'people' }),
		measured: measuredSchema.optional(),
		prices: pricesSchema.default({}),
	})
	.superRefine((w, ctx) => {
		if (w.sourceRegion !== undefined) {
			// The named region wins over sourceHasPair: the flag is derived from the table
			// (see regionsOf); a disagreeing flag is ignored, not an error, so an old answer
			// left behind in a form never blocks a workload whose region is known.
			if (w.targetRegion === 'pair' && pairOf(w.sourceRegion) === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['targetRegion'],
					message: `must be any or a region name: ${w.sourceRegion} has no pair`,
				});
			}
			if (w.targetRegion === w.sourceRegion) {
				ctx.addIssue({
					code: 'custom',
					path: ['targetRegion'],
					message: `must be another region than the source region (${w.sourceRegion}), pair or any`,
				});
			}
			const source = regionByName(w.sourceRegion);
			const rule = { residency: w.residency, allowedTargetRegions: w.allowedTargetRegions };
			const named =
				w.targetRegion === 'pair' ? pairOf(w.sourceRegion) : regionByName(w.targetRegion);
			if (source !== undefined && named !== undefined && named.name !== source.name) {
				if (!allowsTarget(source, named, rule)) {
					ctx.addIssue({
						code: 'custom',
						path: ['targetRegion'],
						message: `must be a region that ${residencyText(source, rule)} allows: ${named.name}${w.targetRegion === 'pair' ? ' (the pair)' : ''} is in ${named.geography} (${named.continent}), not allowed`,
					});
				}
			} else if (
				source !== undefined &&
				w.targetRegion === 'any' &&
				nearestRegion(source.name, rule) === undefined
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['allowedTargetRegions'],
					message: `must allow at least one region other than ${source.name} within ${residencyText(source, { residency: w.residency })}`,
				});
			}
		} else if (!w.sourceHasPair && w.targetRegion === 'pair') {
			ctx.addIssue({
				code: 'custom',
				path: ['targetRegion'],
				message: 'must be any when the source region has no pair',
			});
		}
		if (
			w.sourceRegion === undefined &&
			w.allowedTargetRegions !== undefined &&
			w.allowedTargetRegions.length > 0 &&
			!['any', 'pair'].includes(w.targetRegion) &&
			!w.allowedTargetRegions.includes(w.targetRegion)
		) {
			ctx.addIssue({
				code: 'custom',
				path: ['targetRegion'],
				message: `must be one of allowedTargetRegions (${w.allowedTargetRegions.join(', ')}): ${w.targetRegion} is not`,
			});
		}
		if (w.operations.trigger === 'automation' && !PROBING_ROUTERS.includes(w.routing.router)) {
			ctx.addIssue({
				code: 'custom',
				path: ['operations', 'trigger'],
				message: `must be people with routing.router ${w.routing.router}: automation starts the failover from the router's health probes (${PROBING_ROUTERS.join(' or ')}), and a private DNS zone probes nothing`,
			});
		}
		const names = new Set<string>();
		w.tiers.forEach((tier, i) => {
			if (names.has(tier.name)) {
				ctx.addIssue({
					code: 'custom',
					path: ['tiers', i, 'name'],
					message: `must be unique; "${tier.name}" is used twice`,
				});
			}
			names.add(tier.name);
		});
		for (const issue of dependencyIssues(w.tiers)) {
			ctx.addIssue({
				code: 'custom',
				path: [
					'tiers',
					issue.tier,
					'dependsOn',
					...(issue.entry !== undefined ? [issue.entry] : []),
				],
				message: issue.message,
			});
		}
	});

export type WorkloadInput = z.input<typeof workloadSchema>;
export type Workload = z.output<typeof workloadSchema>;
export type Tier = Workload['tiers'][number];
export type TierInput = z.input<typeof tierSchema>;
export type Routing = Workload['routing'];
export type Operations = Workload['operations'];

export interface FieldIssue {
	/** Dotted path of the field, e.g. "tiers.0.vmCount". */
	field: string;
	message: string;
}

export type ParseResult = { ok: true; workload: Workload } | { ok: false; issues: FieldIssue[] };

/** Validates any input; never throws. */
export function parseWorkload(input: unknown): ParseResult {
	const result = workloadSchema.safeParse(input);
	if (result.success) {
		// A named source region wins over the flag: its pair comes from the region table.
		const region = result.data.sourceRegion;
		const sized = withSizes(result.data);
		const workload =
			region === undefined ? sized : { ...sized, sourceHasPair: pairOf(region) !== undefined };
		return { ok: true, workload };
	}
	const issues = result.error.issues.flatMap((issue): FieldIssue[] => {
		const path = issue.path.map(String);
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				field: [...path, key].join('.'),
				message: 'is not a known field; remove it or check its spelling',
			}));
		}
		const field = path.join('.') || 'workload';
		// An unknown option key names the options of that tier's kind.
		const pinned = pinnedOptionIssue(input, issue.path, field);
		if (pinned !== undefined) return [pinned];
		const missing = valueAt(input, issue.path) === undefined;
		const message =
			issue.code === 'invalid_type' && missing
				? `is required: ${issue.message.replace(/^must be /, '')}`
				: issue.message;
		return [{ field, message }];
	});
	return { ok: false, issues: dedupe(issues) };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let node: unknown = input;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[key];
	}
	return node;
}

function dedupe(issues: FieldIssue[]): FieldIssue[] {
	const seen = new Set<string>();
	return issues.filter((i) => {
		const key = `${i.field}\n${i.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export function formatIssue(issue: FieldIssue): string {
	return `${issue.field}: ${issue.message}`;
}
