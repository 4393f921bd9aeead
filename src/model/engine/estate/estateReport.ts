/**
 * What planEstate() returns: every workload of an estate planned, the totals, what the target
 * regions must hold for all of them, the order they are recovered in and where one team's time
 * makes that order miss a target, and every problem met on the way. Plain data (JSON-safe), so
 * a Web Worker can post it as it is.
 */
import type { ExportFormat, ExportProblem } from '../../schema/import/vmExport.ts';
import type { UngroupedVm } from '../../schema/import/estateGroups.ts';
import type { SizeAnswer } from '../../schema/import/importAzVmList.ts';
import type { WorkloadInput } from '../../schema/workload.ts';
import type { Range } from '../../kit/types.ts';
import type { PricesAsOf } from '../../kit/pricesAsOf.ts';
import type { TargetStatus } from '../targetStatus.ts';

export interface EstateTier {
	name: string;
	vms: number;
	/** The recommended pattern's id and its name for readers. */
	patternId: string;
	pattern: string;
	vmSize?: string;
	os?: 'linux' | 'windows';
	/** The recommended option keeps a capacity reservation for this many VMs. */
	reservedVms: number;
}

export interface EstateWorkload {
	name: string;
	/** Its VMs, by name (as the report names them: a duplicate gets its resource group). */
	vms: string[];
	/** The workload file: open the wizard on it with workloadToQuery (schema/shareUrl.ts). */
	input?: WorkloadInput;
	/** `/wizard/?…`: the wizard opened on this workload. */
	wizardHref?: string;
	/** `planned`, or `not-planned` when a problem or an unanswered size question stops it. */
	planned: boolean;
	/** met / at risk / missed, the worse of RTO and RPO (engine/targetStatus.ts); absent when not planned. */
	status?: TargetStatus;
	rtoStatus?: TargetStatus;
	rpoStatus?: TargetStatus;
	rtoTargetMinutes?: number;
	rpoTargetMinutes?: number;
	/** Estimated minutes until the workload is back (low, typical, high), when planned. */
	rto?: Range;
	rpo?: Range;
	monthlyUsd?: number;
	/** The plan's headline: its patterns and what it meets, in one sentence. */
	headline?: string;
	sourceRegion?: string;
	targetRegion?: string;
	priority?: number;
	/** Where targets came from: tags, or the reference workload's (a question). */
	targetsFrom: 'tags' | 'tags and defaults' | 'defaults';
	tiers: EstateTier[];
	questions: string[];
	problems: string[];
	notices: string[];
}

/** vCPUs to request as quota in one target region for one VM family, and reservations. */
export interface EstateDemand {
	/** The target region's name; `unknown` (UNKNOWN_TARGET) where the plan chose none. */
	targetRegion: string;
	/** False where no target region was chosen (the workload's source region is not known). */
	targetKnown: boolean;
	/** The quota family, e.g. `Dsv5-series`; `unknown` where a tier names no size of the table. */
	family: string;
	/** VMs running in the target region after failover, and their vCPUs. */
	vms: number;
	vcpus: number;
	/** Of those, the vCPUs of VMs created at failover (not running there beforehand). */
	vcpusCreatedAtFailover: number;
	/** Of those VMs, the ones a capacity reservation holds ahead of time. */
	reservedVms: number;
	reservedVcpus: number;
	/** Which workloads' tiers need it, as `workload/tier`. */
	tiers: string[];
	/** The workloads those tiers belong to. */
	workloads: string[];
}

export interface EstateRegionTotal {
	targetRegion: string;
	targetKnown: boolean;
	vcpus: number;
	vms: number;
	reservedVms: number;
	/** The workloads failing over there (for an unknown target: whose target is to be chosen). */
	workloads: string[];
	/** The total in words: for a known region its quota, for no target what the reader must do. */
	text: string;
}

/** One step of the recovery order of the workloads one source region's outage hits. */
export interface EstateOrderStep {
	/** 1 for the first workload recovered in its source region's outage. */
	position: number;
	workload: string;
	sourceRegion: string;
	/** Why it is here: its priority tag, or its RTO target. */
	by: 'priority' | 'rto';
	priority?: number;
	rtoTargetMinutes: number;
	/** Typical minutes until its own machine steps are done (restore, provision, boot, traffic). */
	readyMinutes: number;
	/** Typical minutes of its validation: the team's own step (kind `validate`). */
	teamMinutes: number;
	/** Typical minutes until it is back when the team validates the workloads one after another. */
	backMinutes: number;
	/** Its plan meets the RTO alone but not in this order. */
	late: boolean;
}

/** Two workloads that cannot both meet their RTO with the same people, and why. */
export interface EstateConflict {
	/** The source region whose outage creates it. */
	sourceRegion: string;
	/** The workload ahead in the order, whose validation holds the team. */
	ahead: string;
	/** The workload that misses its RTO while it waits. */
	late: string;
	backMinutes: number;
	rtoTargetMinutes: number;
	/** Minutes it waited for the team. */
	waitedMinutes: number;
	text: string;
}

/**
 * One outage scenario: the source region it hits (the workloads' plans' source region, or their
 * VMs' location where the region table does not know it), the order its workloads are recovered
 * in and the conflicts that order creates for one team.
 */
export interface EstateOutage {
	sourceRegion: string;
	/** Whether the model's region table knows sourceRegion. */
	knownRegion: boolean;
	order: EstateOrderStep[];
	conflicts: EstateConflict[];
}

export interface EstateTotals {
	vms: number;
	workloads: number;
	planned: number;
	byStatus: Record<TargetStatus, number>;
	monthlyUsd: number;
	ungroupedVms: number;
}

export interface EstateProblem {
	/** `file`: the export as a whole; `vm`: one item; `workload`: one workload; `estate`: the plan as a whole. */
	scope: 'file' | 'vm' | 'workload' | 'estate';
	subject?: string;
	message: string;
}

/**
 * A size the model's table does not know, met in the estate's workloads: the page asks for its
 * vCPUs, memory and (optionally) hourly price, and the CLI takes them with --size.
 */
export interface EstateSizeQuestion {
	vmSize: string;
	/** The VMs of that size, by name, in the workloads planned (or waiting on it). */
	vms: string[];
	workloads: string[];
	/** The reader's answer, when given: the workloads with it are planned. */
	answer?: SizeAnswer;
}

export interface EstateReport {
	/** The options used, defaults filled in. */
	settings: {
		workloadTag: string;
		tierTag: string;
		tierBy: 'tag' | 'prefix';
		priorityTag: string;
		rtoTag: string;
		rpoTag: string;
		targetRegion: string;
	};
	format?: ExportFormat;
	workloads: EstateWorkload[];
	ungrouped: UngroupedVm[];
	totals: EstateTotals;
	demand: EstateDemand[];
	demandByRegion: EstateRegionTotal[];
	/** One outage scenario per source region: its recovery order and conflicts. */
	outages: EstateOutage[];
	/** The rule the order and the conflicts follow, in words (the same for every estate). */
	orderRule: string;
	problems: EstateProblem[];
	/** Sizes the table does not know, each answered or not, in the order first met. */
	sizeQuestions: EstateSizeQuestion[];
	/** Where the prices come from and their date: the plans'. */
	pricesAsOf: PricesAsOf;
	/** The facts behind the quota and reservation figures (kit/quota.ts). */
	demandFactIds: string[];
}

export type { ExportProblem };
