/**
 * An estate planned: its VMs grouped into workloads by a tag (schema/import/estateGroups.ts),
 * each workload turned into a workload file (estateWorkload.ts) and planned by recommend(), then
 * the estate's totals, the target regions' demand (estateDemand.ts), and the recovery order and
 * its conflicts (recoveryOrder.ts). Pure and synchronous.
 *
 * `planEstateSteps` is the same work as a generator: it yields after each workload with
 * `{ done, total }`, so a Web Worker can post progress and stop between workloads (a new file
 * simply stops calling `next()`). Its return value is the report `planEstate` returns.
 *
 * @example
 * const read = readVmExport(text);
 * if (read.ok) {
 *   const steps = planEstateSteps(read.vms, { workloadTag: 'app', fileProblems: read.problems });
 *   for (let r = steps.next(); ; r = steps.next()) {
 *     if (r.done) { show(r.value); break; }
 *     postMessage({ done: r.value.done, total: r.value.total });
 *   }
 * }
 */
import type { AzVm } from '../../schema/import/azVmList.ts';
import {
	groupEstate,
	groupSettings,
	type EstateGroupOptions,
} from '../../schema/import/estateGroups.ts';
import { isAnswer, type ImportedWorkload } from '../../schema/import/importAzVmList.ts';
import type { SizeCount } from '../../kit/quota.ts';
import {
	estateWorkloadInput,
	sizeAnswerFor,
	type EstateWorkloadOptions,
} from '../../schema/import/estateWorkload.ts';
import {
	readVmExport,
	type ExportFormat,
	type ExportProblem,
} from '../../schema/import/vmExport.ts';
import { workloadToQuery } from '../../schema/shareUrl.ts';
import { formatIssue, parseWorkload } from '../../schema/workload.ts';
import { pricesAsOf } from '../../kit/pricesAsOf.ts';
import { round } from '../../kit/range.ts';
import { recommend } from '../recommend.ts';
import type { Plan } from '../plan.ts';
import { overallStatus } from '../targetStatus.ts';
import { addPlanDemand, DEMAND_FACT_IDS, demandRows } from './estateDemand.ts';
import type {
	EstateDemand,
	EstateProblem,
	EstateReport,
	EstateSizeQuestion,
	EstateTotals,
	EstateWorkload,
} from './estateReport.ts';
import { ORDER_RULE, orderEntry, recoveryByRegion, type OrderEntry } from './recoveryOrder.ts';

/** The most VMs one estate plan takes; workloads past it are listed, not planned. */
export const MAX_ESTATE_VMS = 5000;
/** Where the wizard lives: a workload's link is this and its share query. */
export const ESTATE_WIZARD_PATH = '/wizard/';

export interface EstateOptions extends EstateGroupOptions, EstateWorkloadOptions {
	/** What reading the file met (readVmExport's problems), carried into the report. */
	fileProblems?: readonly ExportProblem[];
	format?: ExportFormat;
	/** At most this many VMs are planned (default MAX_ESTATE_VMS). */
	maxVms?: number;
}

export interface EstateProgress {
	/** Workloads planned so far, of `total`. */
	done: number;
	total: number;
	/** The workload just planned. */
	workload: string;
}

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function planned(base: EstateWorkload, plan: Plan): EstateWorkload {
	const status = overallStatus(plan.targetStatus);
	return {
		...base,
		planned: true,
		status,
		rtoStatus: plan.targetStatus.rto.status,
		rpoStatus: plan.targetStatus.rpo.status,
		rtoTargetMinutes: plan.workload.rtoMinutes,
		rpoTargetMinutes: plan.workload.rpoMinutes,
		rto: plan.rto.total,
		rpo: plan.rpo.minutes,
		monthlyUsd: plan.cost.monthlyUsd,
		headline: plan.headline,
		...(plan.regions === undefined
			? {}
			: { sourceRegion: plan.regions.source, targetRegion: plan.regions.target }),
		questions:
			plan.regions === undefined || plan.regions.sameGeography
				? base.questions
				: [
						...base.questions,
						`it recovers from ${plan.regions.source} to ${plan.regions.target}, outside the source’s geography (its data-residency boundary). If copies of its data must stay inside, open it in the wizard and set residency to geography.`,
					],
		tiers: plan.tiers.map((t) => {
			const tier = plan.workload.tiers.find((w) => w.name === t.tier);
			return {
				name: t.tier,
				vms: tier?.vmCount ?? 0,
				patternId: t.recommended.patternId,
				pattern: t.recommended.name,
				...(tier?.vmSize === undefined ? {} : { vmSize: tier.vmSize }),
				...(tier?.os === undefined ? {} : { os: tier.os }),
				reservedVms: t.recommended.capacityReservation?.vms ?? 0,
			};
		}),
	};
}

/** The estate plan, yielding after each workload; returns the report. */
export function* planEstateSteps(
	vms: readonly AzVm[],
	options: EstateOptions = {},
): Generator<EstateProgress, EstateReport, void> {
	const settings = groupSettings(options);
	const targetRegion = options.targetRegion ?? 'any';
	const problems: EstateProblem[] = (options.fileProblems ?? []).map((p) => ({ ...p }));
	const groups = groupEstate(vms, settings);
	if (groups.workloads.length === 0) {
		const seen = groups.tagKeysSeen.map((t) => `${t.key} (${plural(t.vms, 'VM')})`);
		problems.push({
			scope: 'estate',
			message: `No VM has a "${settings.workloadTag}" tag, so no workload can be formed. ${seen.length === 0 ? 'The VMs have no tags at all: tag them with their application, or list each application’s VMs in a file of its own.' : `Tags the VMs do have: ${seen.join(', ')}. Name one with --workload-tag (or the page’s workload tag field).`}`,
		});
	} else if (groups.ungrouped.length > 0) {
		problems.push({
			scope: 'estate',
			message: `${plural(groups.ungrouped.length, 'VM')} without a "${settings.workloadTag}" tag ${groups.ungrouped.length === 1 ? 'is' : 'are'} listed under “Not in a workload”, not planned: ${groups.ungrouped
				.slice(0, 10)
				.map((u) => u.name)
				.join(', ')}${groups.ungrouped.length > 10 ? ', …' : ''}.`,
		});
	}
	const maxVms = options.maxVms ?? MAX_ESTATE_VMS;
	const total = groups.workloads.length;
	const workloads: EstateWorkload[] = [];
	const entries: OrderEntry[] = [];
	const demand = new Map<string, EstateDemand>();
	const sizeQuestions = new Map<string, EstateSizeQuestion>();
	let vmsTaken = 0;
	const overLimit: string[] = [];
	for (const group of groups.workloads) {
		const base: EstateWorkload = {
			name: group.name,
			vms: group.vms.map((vm) => vm.name),
			planned: false,
			...(group.priority === undefined ? {} : { priority: group.priority }),
			targetsFrom:
				group.rtoMinutes !== undefined && group.rpoMinutes !== undefined
					? 'tags'
					: group.rtoMinutes !== undefined || group.rpoMinutes !== undefined
						? 'tags and defaults'
						: 'defaults',
			tiers: [],
			questions: [],
			problems: [],
			notices: [],
		};
		if (overLimit.length > 0 || vmsTaken + group.vms.length > maxVms) {
			overLimit.push(group.name);
			workloads.push({
				...base,
				problems: [
					`Not planned: the estate is over ${plural(maxVms, 'VM')}, the most one plan takes.`,
				],
			});
		} else {
			vmsTaken += group.vms.length;
			workloads.push(
				planOne(group, base, settings, options, targetRegion, { entries, demand, sizeQuestions }),
			);
		}
		// A workload past the limit says so on its row; the estate's one problem below names them all.
		const last = overLimit.at(-1) === group.name ? undefined : workloads.at(-1);
		for (const message of last?.problems ?? [])
			problems.push({ scope: 'workload', subject: group.name, message });
		yield { done: workloads.length, total, workload: group.name };
	}
	if (overLimit.length > 0)
		problems.push({
			scope: 'estate',
			message: `The export lists ${plural(vms.length, 'VM')}; one plan takes at most ${plural(maxVms, 'VM')}. The first workloads up to that are planned; ${plural(overLimit.length, 'workload')} past it ${overLimit.length === 1 ? 'is' : 'are'} listed, not planned (${overLimit.slice(0, 5).join(', ')}${overLimit.length > 5 ? ', …' : ''}). Export one subscription or resource group at a time.`,
		});

	const outages = recoveryByRegion(entries);
	const { rows, byRegion } = demandRows(demand);
	const done = workloads.filter((w) => w.planned);
	const totals: EstateTotals = {
		vms: vms.length,
		workloads: workloads.length,
		planned: done.length,
		byStatus: {
			met: done.filter((w) => w.status === 'met').length,
			'at-risk': done.filter((w) => w.status === 'at-risk').length,
			missed: done.filter((w) => w.status === 'missed').length,
		},
		monthlyUsd: round(done.reduce((sum, w) => sum + (w.monthlyUsd ?? 0), 0)),
		ungroupedVms: groups.ungrouped.length,
	};
	return {
		settings: { ...settings, targetRegion },
		...(options.format === undefined ? {} : { format: options.format }),
		workloads,
		ungrouped: groups.ungrouped,
		totals,
		demand: rows,
		demandByRegion: byRegion,
		outages,
		orderRule: ORDER_RULE,
		problems,
		sizeQuestions: [...sizeQuestions.values()],
		pricesAsOf: pricesAsOf(),
		demandFactIds: DEMAND_FACT_IDS,
	};
}

function planOne(
	group: Parameters<typeof estateWorkloadInput>[0],
	base: EstateWorkload,
	settings: Parameters<typeof estateWorkloadInput>[1],
	options: EstateOptions,
	targetRegion: string,
	into: {
		entries: OrderEntry[];
		demand: Map<string, EstateDemand>;
		sizeQuestions: Map<string, EstateSizeQuestion>;
	},
): EstateWorkload {
	const { entries, demand, sizeQuestions } = into;
	const w = estateWorkloadInput(group, settings, { ...options, targetRegion });
	for (const q of w.asked) {
		const key = q.vmSize.toLowerCase();
		const seen = sizeQuestions.get(key);
		const given = sizeAnswerFor(options.sizes ?? {}, q.vmSize);
		const answer = isAnswer(given) ? given : undefined;
		sizeQuestions.set(key, {
			vmSize: seen?.vmSize ?? q.vmSize,
			vms: [...(seen?.vms ?? []), ...q.vms],
			workloads: [...(seen?.workloads ?? []), group.name],
			...(answer === undefined ? {} : { answer }),
		});
	}
	const described: EstateWorkload = {
		...base,
		questions: w.questions,
		problems: w.problems,
		notices: w.notices,
		...(w.input === undefined
			? {}
			: { input: w.input, wizardHref: `${ESTATE_WIZARD_PATH}?${workloadToQuery(w.input)}` }),
	};
	if (w.input === undefined) return described;
	const parsed = parseWorkload(w.input);
	if (!parsed.ok)
		return {
			...described,
			problems: [...w.problems, ...parsed.issues.map((i) => `Not planned: ${formatIssue(i)}.`)],
		};
	const plan = recommend(parsed.workload);
	addPlanDemand(demand, group.name, plan, tierSizes(w.imported, group.vms, options.sizes));
	entries.push(orderEntry(group.name, plan, w.imported?.location, group.priority));
	// The link carries the workload as planned, every default written: a field the input leaves
	// out would otherwise be the wizard's reference workload's when the link is read (its
	// configAsCode is true, the schema's default false: a different plan behind the same row).
	return planned(
		{ ...described, wizardHref: `${ESTATE_WIZARD_PATH}?${workloadToQuery(parsed.workload)}` },
		plan,
	);
}

/** How many of each tier's VMs have each size (the export's, not the tier's mean), by tier. */
function tierSizes(
	imported: ImportedWorkload | undefined,
	vms: readonly AzVm[],
	answers: EstateOptions['sizes'],
): Map<string, SizeCount[]> {
	const sizeOf = new Map(vms.map((vm) => [vm.name, vm.vmSize]));
	const answer = (size: string) =>
		Object.entries(answers ?? {}).find(([k]) => k.toLowerCase() === size.toLowerCase())?.[1];
	const bySize = new Map<string, SizeCount[]>();
	for (const tier of imported?.tiers ?? []) {
		const counts = new Map<string, number>();
		for (const name of tier.vms) {
			const size = sizeOf.get(name);
			if (size !== undefined) counts.set(size, (counts.get(size) ?? 0) + 1);
		}
		bySize.set(
			tier.name,
			[...counts.entries()].map(([vmSize, n]) => {
				const vcpu = answer(vmSize)?.vcpu;
				return { vmSize, vms: n, ...(vcpu === undefined ? {} : { vcpu }) };
			}),
		);
	}
	return bySize;
}

/** The whole estate plan at once: planEstateSteps run to its end. */
export function planEstate(vms: readonly AzVm[], options: EstateOptions = {}): EstateReport {
	const steps = planEstateSteps(vms, options);
	for (;;) {
		const step = steps.next();
		if (step.done === true) return step.value;
	}
}

/** Reads an export's text and plans it; a file that cannot be read at all gets one message. */
export function planEstateFile(
	text: string,
	options: EstateOptions = {},
): { ok: true; report: EstateReport } | { ok: false; error: string } {
	const read = readVmExport(text);
	if (!read.ok) return read;
	return {
		ok: true,
		report: planEstate(read.vms, {
			...options,
			fileProblems: [...(options.fileProblems ?? []), ...read.problems],
			format: read.format,
		}),
	};
}
