/**
 * Per-pattern estimators for one tier: the tier's own recovery steps (the shared steps are
 * added by the caller), its RPO, its standby cost lines, and the hard constraints that rule
 * the pattern out. Each figure carries its formula and the facts it used.
 */
import { factNumber, factSpread, getFact } from '../factRegistry.ts';
import { formatMinutes } from '../format.ts';
import type { Tier, Workload } from '../workload.ts';
import type { Candidate } from './candidates.ts';
import { copyRange, GB_PER_GIB } from './copyTime.ts';
import {
	churnMBps,
	dailyChangeGiB,
	hourlyPrice,
	resolvePrices,
	type Price,
	type Prices,
} from './prices.ts';
import { constant, scaleRange } from './range.ts';
import type {
	CostKind,
	CostLine,
	Range,
	Rejection,
	RpoEstimate,
	RtoStep,
	StepKind,
} from './types.ts';
import { stepKey } from './types.ts';

export interface TierEstimate {
	steps: RtoStep[];
	rpo: RpoEstimate;
	lines: CostLine[];
	/** VMs (or databases) that run in the secondary during a drill. */
	drillUnits: number;
	failedOverDayUsd: number;
	failedOverDayFormula: string;
	blockers: Rejection[];
	assumptions: string[];
}

interface Context {
	workload: Workload;
	tier: Tier;
	prices: Prices;
	n: number;
	hourly: ReturnType<typeof hourlyPrice>;
	changeGiB: number;
	changeSource: string;
	changeFactIds: string[];
	daysPerMonth: number;
}

const ids = (...list: (string | undefined)[]): string[] =>
	list.filter((x): x is string => x !== undefined);

function priceIds(...prices: Price[]): string[] {
	return ids(...prices.map((p) => p.factId));
}

function step(
	ctx: Context,
	kind: StepKind,
	label: string,
	minutes: Range,
	formula: string,
	factIds: string[],
): RtoStep {
	return {
		key: stepKey(kind, ctx.tier.name),
		kind,
		label,
		minutes,
		formula,
		factIds,
		tier: ctx.tier.name,
	};
}

function line(
	ctx: Context,
	kind: CostKind,
	label: string,
	monthlyUsd: number,
	formula: string,
	factIds: string[],
): CostLine {
	return { kind, label, monthlyUsd, formula, factIds, tier: ctx.tier.name };
}

function spread(id: string): Range {
	return factSpread(id);
}

/** Monthly inter-region transfer of the tier's daily change. */
function transferLine(ctx: Context, label = 'Replicated changes across regions'): CostLine {
	const gb = ctx.changeGiB * ctx.n * ctx.daysPerMonth * GB_PER_GIB;
	const price = ctx.prices.transferPerGb;
	return line(
		ctx,
		'transfer',
		label,
		gb * price.usd,
		`${round1(ctx.changeGiB)} GiB a day (${ctx.changeSource}) × ${ctx.n} VM(s) × ${round1(ctx.daysPerMonth)} days × ${GB_PER_GIB.toFixed(3)} GB/GiB × US$${price.usd}/GB`,
		[...priceIds(price), ...ctx.changeFactIds],
	);
}

function round1(n: number): string {
	return n.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

function storageLine(
	ctx: Context,
	label: string,
	gibPerUnit: number,
	units: number,
	price: Price,
	what: string,
): CostLine {
	return line(
		ctx,
		'storage',
		label,
		gibPerUnit * units * price.usd,
		`${round1(gibPerUnit)} GiB (${what}) × ${units} × US$${price.usd}/GiB a month`,
		priceIds(price),
	);
}

function computeLine(
	ctx: Context,
	label: string,
	units: number,
	share = 1,
	shareFact?: string,
): CostLine {
	const monthly = units * ctx.hourly.usd * share * ctx.prices.hoursPerMonth;
	return line(
		ctx,
		'compute',
		label,
		monthly,
		`${units} × (${ctx.hourly.formula})${share !== 1 ? ` × ${share * 100}%` : ''} × ${ctx.prices.hoursPerMonth} h`,
		ids(ctx.hourly.factId, 'vm.hours-per-month', shareFact),
	);
}

function failedOverDay(
	ctx: Context,
	alreadyRunning: number,
): { failedOverDayUsd: number; failedOverDayFormula: string } {
	const extra = Math.max(0, ctx.n - alreadyRunning);
	return {
		failedOverDayUsd: extra * ctx.hourly.usd * 24,
		failedOverDayFormula: `${extra} VM(s) not already running × (${ctx.hourly.formula}) × 24 h`,
	};
}

function noDataRpo(): RpoEstimate {
	return {
		minutes: constant(0),
		driver:
			'A stateless tier holds no data to lose; only changes made since the last deployment or copy are at risk.',
		formula: 'No state: RPO 0.',
		factIds: [],
		bounded: true,
	};
}

/**
 * The longest standard interval whose RPO (interval plus copy time) fits the target, or the
 * shortest on offer when none fits.
 */
export function chooseInterval(
	targetMinutes: number,
	options: readonly number[],
	changeGiBPerDay = 0,
	throughputFactId = 'ops.copy-throughput',
): number {
	const fitting = options.filter(
		(o) => intervalRpo(o, changeGiBPerDay, throughputFactId).typical <= targetMinutes,
	);
	return fitting.length > 0 ? Math.max(...fitting) : Math.min(...options);
}

export const SNAPSHOT_INTERVALS = [15, 30, 60, 120, 240, 480, 720, 1440] as const;
export const LOG_BACKUP_INTERVALS = [5, 15, 30, 60, 240, 1440] as const;

/** RPO of a copy every `interval` minutes: the interval plus the time to copy its changes. */
export function intervalRpo(
	intervalMinutes: number,
	changeGiBPerDay: number,
	throughputFactId: string,
): Range {
	const copy = copyRange((changeGiBPerDay * intervalMinutes) / 1440, throughputFactId);
	return {
		low: intervalMinutes + copy.low,
		typical: intervalMinutes + copy.typical,
		high: intervalMinutes + copy.high,
	};
}

function provisionStep(ctx: Context, label = 'Create VMs in the target region'): RtoStep {
	return step(
		ctx,
		'provision',
		label,
		spread('ops.provision'),
		'Estimate: VMs created in parallel from a template, capacity permitting.',
		['ops.provision'],
	);
}

function bootStep(ctx: Context): RtoStep {
	return step(
		ctx,
		'boot',
		'Boot and start services',
		spread('ops.boot'),
		'Estimate: a VM whose disks are in place.',
		['ops.boot'],
	);
}

function pairBlocker(ctx: Context, what: string): Rejection[] {
	if (ctx.workload.sourceHasPair) return [];
	return [
		{
			kind: 'region',
			reason: `${what} replicates only to the paired region, and your source region has no pair.`,
		},
	];
}

function drillFactIds(): string[] {
	return ['ops.drill-hours'];
}

type Estimator = (ctx: Context, variant: string | undefined) => TierEstimate;

const scaleSetRebuild: Estimator = (ctx, variant) => {
	const blockers: Rejection[] = ctx.workload.configAsCode
		? []
		: [
				{
					kind: 'prerequisite',
					reason:
						'Needs configuration as code that rebuilds the VMs; you said the VMs cannot be rebuilt from code.',
				},
			];
	const hot = Math.min(2, ctx.n);
	const steps: RtoStep[] =
		variant === 'hot'
			? ctx.n > hot
				? [
						step(
							ctx,
							'provision',
							`Serve on ${hot} running instances while the rest scale out`,
							constant(0),
							`${hot} instances already serve (reduced capacity); the other ${ctx.n - hot} are built in the background.`,
							[],
						),
					]
				: [
						step(
							ctx,
							'provision',
							'Instances already running',
							constant(0),
							'Every instance already runs in the secondary.',
							[],
						),
					]
			: variant === 'standby-pool'
				? [
						step(
							ctx,
							'boot',
							'Start standby pool VMs',
							spread('ops.boot'),
							'Estimate: deallocated, already configured VMs start and join the set.',
							['ops.boot', 'vmss.standby-pools'],
						),
					]
				: [
						provisionStep(ctx, 'Scale the set out from zero'),
						step(
							ctx,
							'provision',
							'Run configuration as code',
							spread('ops.configure'),
							'Estimate: the configuration run on each new instance, in parallel.',
							['ops.configure'],
						),
					];
	const lines: CostLine[] =
		variant === 'hot'
			? [
					computeLine(ctx, `${hot} running instance(s)`, hot),
					storageLine(
						ctx,
						'OS disks of running instances',
						ctx.tier.dataGiB,
						hot,
						ctx.prices.diskPerGibMonth,
						'disk per VM',
					),
				]
			: variant === 'standby-pool'
				? [
						storageLine(
							ctx,
							'Disks of deallocated pool VMs',
							ctx.tier.dataGiB,
							ctx.n,
							ctx.prices.diskPerGibMonth,
							'disk per VM',
						),
					]
				: [
						line(
							ctx,
							'compute',
							'No instances running',
							0,
							'A cold set runs nothing until failover.',
							[],
						),
					];
	return {
		steps,
		rpo: noDataRpo(),
		lines,
		drillUnits: ctx.n,
		...failedOverDay(ctx, variant === 'hot' ? hot : 0),
		blockers,
		assumptions: [
			'The image and every artefact the recipe needs are available in the secondary region.',
			'Target capacity is available (reserve it for a short RTO).',
		],
	};
};

const capturedImage: Estimator = (ctx) => {
	const replicas = factNumber('gallery.replicas-production');
	return {
		steps: [provisionStep(ctx, 'Create VMs from the replicated image'), bootStep(ctx)],
		rpo: noDataRpo(),
		lines: [
			line(
				ctx,
				'storage',
				`Image replicas in the secondary (${replicas})`,
				ctx.tier.dataGiB * replicas * ctx.prices.snapshotPerGibMonth.usd,
				`${round1(ctx.tier.dataGiB)} GiB image × ${replicas} replicas × US$${ctx.prices.snapshotPerGibMonth.usd}/GiB a month`,
				[
					'gallery.replicas-production',
					'gallery.billing',
					...priceIds(ctx.prices.snapshotPerGibMonth),
				],
			),
			line(
				ctx,
				'transfer',
				'One new image version a month',
				ctx.tier.dataGiB * GB_PER_GIB * ctx.prices.transferPerGb.usd,
				`${round1(ctx.tier.dataGiB)} GiB × ${GB_PER_GIB.toFixed(3)} GB/GiB × US$${ctx.prices.transferPerGb.usd}/GB`,
				priceIds(ctx.prices.transferPerGb),
			),
		],
		drillUnits: ctx.n,
		...failedOverDay(ctx, 0),
		blockers: [],
		assumptions: [
			'All VMs of the tier share one image of the given disk size.',
			'A new image version is published monthly.',
		],
	};
};

const diskCopy: Estimator = (ctx) => ({
	steps: [provisionStep(ctx, 'Create disks and VMs from copied snapshots'), bootStep(ctx)],
	rpo: noDataRpo(),
	lines: [
		storageLine(
			ctx,
			'Copied snapshots in the secondary',
			ctx.tier.dataGiB,
			ctx.n,
			ctx.prices.snapshotPerGibMonth,
			'data per VM',
		),
	],
	drillUnits: ctx.n,
	...failedOverDay(ctx, 0),
	blockers: [],
	assumptions: ['Disks are copied after every change; changes between copies are lost.'],
});

const diskCopyInterval: Estimator = (ctx) => {
	const app = ctx.workload.appConsistency;
	// Several disks stay consistent only through restore points, whose interval has a floor.
	const multiDisk = ctx.tier.disksPerVm > 1;
	const floorFact = app
		? 'disks.restore-point-app-interval'
		: multiDisk
			? 'disks.restore-point-crash-interval'
			: undefined;
	const floor = floorFact !== undefined ? factNumber(floorFact) * 60 : 0;
	const options = SNAPSHOT_INTERVALS.filter((i) => i >= floor);
	const interval = chooseInterval(ctx.workload.rpoMinutes, options, ctx.changeGiB);
	const rpo = intervalRpo(interval, ctx.changeGiB, 'ops.copy-throughput');
	const retention = factNumber('ops.snapshot-retention-days');
	return {
		steps: [
			provisionStep(ctx, 'Create disks and VMs from the latest copied snapshots'),
			step(
				ctx,
				'boot',
				'Boot and run crash recovery',
				scaleRange(spread('ops.boot'), 2),
				'Estimate: boot plus the data store’s crash recovery (twice a plain boot).',
				['ops.boot'],
			),
		],
		rpo: {
			minutes: rpo,
			driver: `A copy every ${formatMinutes(interval)}${app ? ' (app-consistent restore points allow no shorter)' : multiDisk ? ' (restore points, which keep several disks consistent, allow no shorter)' : ''}, plus the time to copy that interval’s changes.`,
			formula: `${interval} min interval + ${round1((ctx.changeGiB * interval) / 1440)} GiB of changes ÷ copy throughput`,
			factIds: [
				'ops.copy-throughput',
				'disks.snapshot-copy',
				...(floorFact !== undefined ? [floorFact] : []),
				...ctx.changeFactIds,
			],
			bounded: false,
		},
		lines: [
			storageLine(
				ctx,
				'Snapshots in the secondary (full copy plus history)',
				ctx.tier.dataGiB + retention * ctx.changeGiB,
				ctx.n,
				ctx.prices.snapshotPerGibMonth,
				`data + ${retention} days of changes`,
			),
			transferLine(ctx, 'Copied changes across regions'),
		],
		drillUnits: ctx.n,
		...failedOverDay(ctx, 0),
		blockers: [],
		assumptions: [
			`Copies run every ${formatMinutes(interval)}: the longest standard interval within your RPO target, or the shortest allowed when none is.`,
			multiDisk
				? 'This VM has several disks: copies are taken as restore points, so all its disks share one moment.'
				: 'One disk per VM: each snapshot is crash-consistent on its own.',
		],
	};
};

const appBackupShipping: Estimator = (ctx) => {
	const blockers: Rejection[] =
		ctx.tier.data === 'vm-plain'
			? [
					{
						kind: 'prerequisite',
						reason:
							'Needs an application with native backup and restore; you said the data store has neither.',
					},
				]
			: [];
	const interval = chooseInterval(ctx.workload.rpoMinutes, LOG_BACKUP_INTERVALS, ctx.changeGiB);
	const rpo = intervalRpo(interval, ctx.changeGiB, 'ops.copy-throughput');
	const retention = factNumber('ops.snapshot-retention-days');
	return {
		steps: [
			provisionStep(ctx),
			bootStep(ctx),
			step(
				ctx,
				'restore',
				'Restore the backup chain',
				copyRange(ctx.tier.dataGiB, 'ops.app-restore-throughput'),
				`${round1(ctx.tier.dataGiB)} GiB ÷ restore throughput, VMs in parallel`,
				['ops.app-restore-throughput'],
			),
		],
		rpo: {
			minutes: rpo,
			driver: `Log backups every ${formatMinutes(interval)}, plus the time to ship them.`,
			formula: `${interval} min + ${round1((ctx.changeGiB * interval) / 1440)} GiB ÷ copy throughput`,
			factIds: ['ops.copy-throughput', ...ctx.changeFactIds],
			bounded: false,
		},
		lines: [
			storageLine(
				ctx,
				'Shipped backups in the secondary',
				ctx.tier.dataGiB + retention * ctx.changeGiB,
				ctx.n,
				ctx.prices.blobPerGibMonth,
				`full backup + ${retention} days of logs`,
			),
			transferLine(ctx, 'Shipped backups across regions'),
		],
		drillUnits: ctx.n,
		...failedOverDay(ctx, 0),
		blockers,
		assumptions: [
			`Log or incremental backups every ${formatMinutes(interval)}: the longest standard interval within your RPO target, or the shortest allowed when none is.`,
			'Backups are copied as files (AzCopy or backup to a remote Blob URL).',
		],
	};
};

const appReplication: Estimator = (ctx, variant) => {
	const blockers: Rejection[] =
		ctx.tier.data !== 'vm-replication'
			? [
					{
						kind: 'prerequisite',
						reason:
							'Needs a data store with native cross-region replication; you said it has none.',
					},
				]
			: [];
	const replicas = variant === 'one-replica' ? 1 : ctx.n;
	const share = variant === 'smaller-vms' ? factNumber('ops.small-replica-share') / 100 : 1;
	const steps: RtoStep[] = [
		step(
			ctx,
			'restore',
			'Promote a replica',
			spread('ops.promote'),
			'Estimate: forced failover of an asynchronous replica.',
			['ops.promote'],
		),
	];
	if (variant === 'smaller-vms') {
		steps.push(
			step(
				ctx,
				'provision',
				`Resize ${ctx.n} replica VM(s), one at a time`,
				scaleRange(spread('ops.resize'), ctx.n),
				`${ctx.n} × resize-and-restart, in sequence`,
				['ops.resize'],
			),
		);
	}
	const lag = factSpread('ops.replication-lag');
	return {
		steps,
		rpo: {
			minutes: scaleRange(lag, 1 / 60),
			driver: 'The asynchronous replication lag at the moment of failure.',
			formula: 'Estimate of the lag under normal load; it grows under peaks.',
			factIds: ['ops.replication-lag'],
			bounded: false,
		},
		lines: [
			computeLine(
				ctx,
				variant === 'smaller-vms'
					? 'Replica VMs at a smaller size'
					: `${replicas} replica VM(s) running`,
				replicas,
				share,
				variant === 'smaller-vms' ? 'ops.small-replica-share' : undefined,
			),
			storageLine(
				ctx,
				'Replica data disks',
				ctx.tier.dataGiB,
				replicas,
				ctx.prices.diskPerGibMonth,
				'data per VM',
			),
			transferLine(ctx, 'Replication traffic across regions'),
		],
		drillUnits: 0,
		failedOverDayUsd: (ctx.n - replicas * share) * ctx.hourly.usd * 24,
		failedOverDayFormula: `(${ctx.n} − ${replicas} × ${share * 100}%) VM(s) × (${ctx.hourly.formula}) × 24 h`,
		blockers,
		assumptions: [
			variant === 'one-replica'
				? 'One replica serves after failover, at reduced capacity and without redundancy.'
				: 'Replicas run all the time and serve as soon as one is promoted.',
			'Drills promote a test copy of a replica; no extra compute is counted.',
		],
	};
};

const siteRecoveryA2a: Estimator = (ctx) => {
	const churn = churnMBps(ctx.tier);
	const normal = factNumber('asr.churn-per-vm');
	const high = factNumber('asr.churn-per-vm-high');
	const blockers: Rejection[] = [];
	const assumptions: string[] = [
		'Failover to "Latest processed" recovery point.',
		'Replica disks cost about what the source disks do.',
	];
	if (churn > high) {
		blockers.push({
			kind: 'limit',
			reason: `Churn of ${round1(churn)} MB/s per VM exceeds Site Recovery’s ${high} MB/s High Churn limit.`,
		});
	} else if (churn > normal) {
		assumptions.push(
			`Churn of ${round1(churn)} MB/s per VM needs the High Churn option (up to ${high} MB/s), chosen when replication is enabled.`,
		);
	}
	const app = ctx.workload.appConsistency && ctx.tier.kind === 'stateful';
	const interval = app
		? factNumber('asr.app-point-min-interval') * 60
		: factNumber('asr.crash-point-interval');
	const retention = factNumber('asr.default-retention');
	return {
		steps: [
			step(
				ctx,
				'restore',
				'Site Recovery failover job',
				spread('ops.asr-failover'),
				'Estimate: typical from Microsoft’s example job; high set to the RTO SLA.',
				['ops.asr-failover', 'asr.example-failover-job', 'asr.rto-sla'],
			),
			bootStep(ctx),
		],
		rpo: {
			minutes: { low: interval, typical: interval, high: interval * 2 },
			driver: app
				? 'The latest app-consistent recovery point, at most hourly.'
				: `The latest crash-consistent recovery point, made every ${interval} min.`,
			formula: app
				? `${interval} min app-consistent interval`
				: `${interval} min crash-consistent interval (high: one point missed under load)`,
			factIds: [app ? 'asr.app-point-min-interval' : 'asr.crash-point-interval'],
			bounded: true,
		},
		lines: [
			line(
				ctx,
				'licence',
				'Site Recovery protected instances',
				ctx.n * ctx.prices.asrInstance.usd,
				`${ctx.n} × US$${ctx.prices.asrInstance.usd} a month`,
				priceIds(ctx.prices.asrInstance),
			),
			storageLine(
				ctx,
				'Replica managed disks',
				ctx.tier.dataGiB,
				ctx.n,
				ctx.prices.diskPerGibMonth,
				'data per VM',
			),
			storageLine(
				ctx,
				'Recovery point snapshots',
				retention * ctx.changeGiB,
				ctx.n,
				ctx.prices.snapshotPerGibMonth,
				`${retention} day(s) of changes`,
			),
			transferLine(ctx),
		],
		drillUnits: ctx.n,
		...failedOverDay(ctx, 0),
		blockers,
		assumptions,
	};
};

const azureBackup: Estimator = (ctx) => {
	const retention = factNumber('ops.snapshot-retention-days');
	const low = factNumber('backup.standard-interval') * 60;
	const typical = factNumber('backup.secondary-rpo') * 60;
	return {
		steps: [
			step(
				ctx,
				'restore',
				'Cross Region Restore from the vault',
				copyRange(ctx.tier.dataGiB, 'ops.vault-restore-throughput'),
				`${round1(ctx.tier.dataGiB)} GiB ÷ vault restore throughput, VMs in parallel`,
				['ops.vault-restore-throughput', 'backup.vault-restore'],
			),
			bootStep(ctx),
		],
		rpo: {
			minutes: { low, typical, high: typical + factNumber('backup.replication-lag') * 60 },
			driver: 'The last daily backup that has replicated to the paired region.',
			formula: `${low / 60} h backup interval + up to ${factNumber('backup.replication-lag')} h replication = ${typical / 60} h`,
			factIds: ['backup.secondary-rpo', 'backup.standard-interval', 'backup.replication-lag'],
			bounded: true,
		},
		lines: [
			line(
				ctx,
				'licence',
				'Backup protected instances',
				ctx.n * ctx.prices.backupInstance.usd,
				`${ctx.n} × US$${ctx.prices.backupInstance.usd} a month`,
				priceIds(ctx.prices.backupInstance),
			),
			storageLine(
				ctx,
				'GRS vault storage',
				ctx.tier.dataGiB + retention * ctx.changeGiB,
				ctx.n,
				ctx.prices.backupPerGibMonth,
				`data + ${retention} days of changes`,
			),
		],
		drillUnits: ctx.n,
		...failedOverDay(ctx, 0),
		blockers: pairBlocker(ctx, 'Azure Backup with Cross Region Restore'),
		assumptions: [
			'Standard daily policy; Enhanced policy does not shorten the cross-region RPO.',
			'Geo-replication transfer is included in the GRS storage price.',
		],
	};
};

const grsVmDisks: Estimator = (ctx) => {
	const blockers: Rejection[] = [
		{
			kind: 'retired',
			reason: `Needs unmanaged disks, retired on ${String(getFact('disks.unmanaged-retirement').value)}; managed disks offer LRS or ZRS only.`,
		},
	];
	if (ctx.tier.kind === 'stateful' && ctx.tier.disksPerVm > 1) {
		blockers.push({
			kind: 'consistency',
			reason: `Each of the ${ctx.tier.disksPerVm} disks per VM replicates on its own, so the secondary copies come from different moments and the database can recover with data newer than its log.`,
		});
	}
	if (ctx.workload.appConsistency && ctx.tier.kind === 'stateful') {
		blockers.push({
			kind: 'consistency',
			reason: 'Crash-consistent at best; you need application consistency.',
		});
	}
	blockers.push(...pairBlocker(ctx, 'GRS'));
	const failover = spread('storage.failover-time');
	return {
		steps: [
			step(
				ctx,
				'restore',
				'Fail the storage account over',
				failover,
				'About an hour, per Microsoft.',
				['storage.failover-time'],
			),
			provisionStep(ctx, 'Create VMs on the replicated VHDs'),
			bootStep(ctx),
		],
		rpo: {
			minutes: {
				low: factNumber('storage.grs-typical-lag'),
				typical: factNumber('storage.grs-typical-lag'),
				high: 60,
			},
			driver: 'GRS replication lag, which has no SLA for page blobs.',
			formula: 'Typically under 15 min; the 2016 advice said under an hour; no bound.',
			factIds: ['storage.grs-typical-lag', 'storage.grs-lag-sla'],
			bounded: false,
		},
		lines: [
			storageLine(
				ctx,
				'Geo-redundant copy of the disks',
				ctx.tier.dataGiB,
				ctx.n,
				ctx.prices.diskPerGibMonth,
				'data per VM',
			),
		],
		drillUnits: 0,
		...failedOverDay(ctx, 0),
		blockers,
		assumptions: ['Shown for comparison only; this pattern cannot be deployed today.'],
	};
};

const siteRecovery2016: Estimator = (ctx) => ({
	steps: [],
	rpo: {
		minutes: constant(0),
		driver: 'Not applicable.',
		formula: 'Not applicable.',
		factIds: [],
		bounded: false,
	},
	lines: [],
	drillUnits: 0,
	failedOverDayUsd: 0,
	failedOverDayFormula: 'Not applicable.',
	blockers: [
		{
			kind: 'retired',
			reason:
				'In 2016 Site Recovery could not replicate Azure VMs to another region; use Site Recovery Azure-to-Azure.',
		},
	],
	assumptions: [`Historical: shown for the ${ctx.tier.name} tier to explain what changed.`],
});

const paasSqlGeo: Estimator = (ctx, variant) => {
	if (variant === 'geo-restore') {
		return {
			steps: [
				step(
					ctx,
					'restore',
					'Geo-restore the database',
					constant(factNumber('sql.geo-restore-rto') * 60),
					'Microsoft’s recovery target for geo-restore.',
					['sql.geo-restore-rto'],
				),
			],
			rpo: {
				minutes: constant(factNumber('sql.geo-restore-rpo') * 60),
				driver: 'The last geo-replicated backup.',
				formula: 'Microsoft’s RPO for geo-restore.',
				factIds: ['sql.geo-restore-rpo'],
				bounded: true,
			},
			lines: [
				line(
					ctx,
					'storage',
					'Geo-redundant backup storage',
					0,
					'Included in the database price up to its size (assumption).',
					[],
				),
			],
			drillUnits: 0,
			failedOverDayUsd: 0,
			failedOverDayFormula:
				'The restored database replaces the primary, so a day failed over costs nothing extra',
			blockers: [],
			assumptions: ['Backup storage redundancy is set to geo-redundant.'],
		};
	}
	const ratio = factNumber('sql.secondary-price');
	return {
		steps: [
			step(
				ctx,
				'restore',
				'Customer-managed failover of the group',
				constant(factNumber('sql.manual-failover-rto') / 60),
				'Microsoft’s recovery target for a manual failover.',
				['sql.manual-failover-rto'],
			),
		],
		rpo: {
			minutes: constant(factNumber('sql.geo-rpo') / 60),
			driver: 'Geo-replication lag, about five seconds.',
			formula: 'Microsoft’s RPO for geo-replication.',
			factIds: ['sql.geo-rpo'],
			bounded: true,
		},
		lines: [computeLine(ctx, 'Geo-secondary database', ctx.n, ratio, 'sql.secondary-price')],
		drillUnits: 0,
		failedOverDayUsd: 0,
		failedOverDayFormula:
			'The secondary is already paid for, so a day failed over costs nothing extra',
		blockers: [],
		assumptions: [
			'Customer-managed failover policy.',
			'The secondary has the primary’s service tier and size.',
		],
	};
};

const ESTIMATORS: Record<string, Estimator> = {
	'scale-set-rebuild': scaleSetRebuild,
	'captured-image': capturedImage,
	'disk-copy': diskCopy,
	'disk-copy-interval': diskCopyInterval,
	'app-backup-shipping': appBackupShipping,
	'app-replication': appReplication,
	'site-recovery-a2a': siteRecoveryA2a,
	'azure-backup': azureBackup,
	'grs-vm-disks': grsVmDisks,
	'site-recovery-2016': siteRecovery2016,
	'paas-sql-geo': paasSqlGeo,
};

export function hasEstimator(patternId: string): boolean {
	return patternId in ESTIMATORS;
}

export function estimateTier(workload: Workload, tier: Tier, candidate: Candidate): TierEstimate {
	const estimator = ESTIMATORS[candidate.patternId];
	if (estimator === undefined)
		throw new Error(`No estimator for pattern "${candidate.patternId}".`);
	const prices = resolvePrices(workload);
	const change = dailyChangeGiB(tier);
	const ctx: Context = {
		workload,
		tier,
		prices,
		n: tier.vmCount,
		hourly: hourlyPrice(tier, prices),
		changeGiB: change.gib,
		changeSource: change.source,
		changeFactIds: change.factIds,
		daysPerMonth: prices.hoursPerMonth / 24,
	};
	const raw = estimator(ctx, candidate.variant);
	// A stateless tier has no data at risk, whatever carries its disks.
	const estimate = tier.kind === 'stateless' ? { ...raw, rpo: noDataRpo() } : raw;
	const drillHours = factNumber('ops.drill-hours');
	const drillsPerMonth = workload.drillsPerYear / 12;
	const drillLine: CostLine = line(
		ctx,
		'drills',
		'Test failovers',
		estimate.drillUnits * ctx.hourly.usd * drillHours * drillsPerMonth,
		estimate.drillUnits === 0
			? 'A drill fails over to what already runs in the secondary, so it adds no compute'
			: `${estimate.drillUnits} VM${estimate.drillUnits === 1 ? '' : 's'} × (${ctx.hourly.formula}) × ${drillHours} h × ${workload.drillsPerYear} drills ÷ 12`,
		ids(ctx.hourly.factId, ...drillFactIds()),
	);
	return {
		...estimate,
		lines: [...estimate.lines, drillLine],
		assumptions: estimate.assumptions.filter((a) => a !== ''),
	};
}
