/**
 * The order an estate's workloads are recovered in, and the conflicts it creates, per source
 * region: a regional outage hits one source region, so each source region is its own scenario,
 * with its own order and its own team's queue. Workloads in other regions keep running and take
 * no one's time.
 *
 * Order within a source region: workloads with a priority tag first, lowest number first; then the others by RTO
 * target, tightest first; ties by name.
 *
 * Conflicts, from each plan's own step times (typical values, as the met / at-risk / missed rule
 * judges them): in a region disruption every workload of that region is hit at once. Detecting and
 * declaring happen once for the region, so every plan's time for them runs side by side. The machine steps
 * (restore, provision, boot, traffic) run side by side too: each workload's recovery plan works on
 * its own once started. The step people spend the whole of is `validate`: checking that the
 * application works before users are sent to it. One team validates one workload at a time, in
 * the order. So a workload is back at the later of its own machine steps' end and the moment the
 * team finishes the workload ahead, plus its own validation. When that is beyond its RTO target
 * while its own plan meets it, it and the workload ahead of it cannot both meet their RTO with
 * the same people: a second team, or validation checks automated, or a looser target resolves it.
 */
import { formatMinutes, formatTarget } from '../../facts/format.ts';
import { round } from '../../kit/range.ts';
import type { Plan } from '../plan.ts';
import type { EstateConflict, EstateOrderStep, EstateOutage } from './estateReport.ts';

export const ORDER_RULE =
	'A regional outage hits one source region, so each source region has its own recovery order: workloads with a priority tag first (lowest number first), then the others by RTO target, tightest first. Detecting and declaring happen once for the region, and each workload’s machine steps (restore, provision, boot, traffic) run side by side; validation is people’s work, and one team validates one workload at a time in this order. A workload that its own plan brings back within its RTO but that waits for the team past it conflicts with the workload ahead.';

/** The key of workloads whose VMs name no location at all. */
export const UNKNOWN_SOURCE = 'unknown';

/** What the order needs of a workload's plan (not the plan: an estate keeps hundreds). */
export interface OrderEntry {
	workload: string;
	/** The region an outage of which hits it: its plan's source region, else its VMs' location. */
	sourceRegion: string;
	/** Whether the model's region table knows sourceRegion. */
	knownRegion: boolean;
	priority?: number;
	rtoTargetMinutes: number;
	/** The plan's typical RTO, and the typical minutes of its validation steps within it. */
	rtoTypicalMinutes: number;
	teamMinutes: number;
}

/** A plan's figures for the order. */
export function orderEntry(
	workload: string,
	plan: Plan,
	location: string | undefined,
	priority?: number,
): OrderEntry {
	const source = plan.regions?.source;
	return {
		workload,
		sourceRegion: source ?? (location === undefined || location === '' ? UNKNOWN_SOURCE : location),
		knownRegion: source !== undefined,
		...(priority === undefined ? {} : { priority }),
		rtoTargetMinutes: plan.workload.rtoMinutes,
		rtoTypicalMinutes: plan.rto.total.typical,
		teamMinutes: teamMinutes(plan),
	};
}

function compareEntries(a: OrderEntry, b: OrderEntry): number {
	if (a.priority !== undefined || b.priority !== undefined) {
		if (a.priority === undefined) return 1;
		if (b.priority === undefined) return -1;
		if (a.priority !== b.priority) return a.priority - b.priority;
	}
	return a.rtoTargetMinutes - b.rtoTargetMinutes || a.workload.localeCompare(b.workload);
}

/** The typical minutes of the plan's validation, the team's step. */
function teamMinutes(plan: Plan): number {
	return plan.rto.steps
		.filter((s) => s.kind === 'validate')
		.reduce((sum, s) => sum + s.minutes.typical, 0);
}

/**
 * One outage scenario per source region, the known regions by name, then those the region table
 * does not know; within each, the order and its conflicts.
 */
export function recoveryByRegion(entries: readonly OrderEntry[]): EstateOutage[] {
	const byRegion = new Map<string, OrderEntry[]>();
	for (const e of entries)
		byRegion.set(e.sourceRegion, [...(byRegion.get(e.sourceRegion) ?? []), e]);
	return [...byRegion.entries()]
		.map(([sourceRegion, list]) => ({
			sourceRegion,
			knownRegion: list[0]?.knownRegion ?? false,
			...recoveryOrder(list),
		}))
		.sort(
			(a, b) =>
				Number(b.knownRegion) - Number(a.knownRegion) ||
				a.sourceRegion.localeCompare(b.sourceRegion),
		);
}

/** The order of the workloads one outage hits, and the conflicts one team creates in it. */
export function recoveryOrder(entries: readonly OrderEntry[]): {
	order: EstateOrderStep[];
	conflicts: EstateConflict[];
} {
	const sorted = [...entries].sort(compareEntries);
	const order: EstateOrderStep[] = [];
	const conflicts: EstateConflict[] = [];
	let teamFree = 0;
	for (const [i, entry] of sorted.entries()) {
		const team = entry.teamMinutes;
		const ready = Math.max(0, entry.rtoTypicalMinutes - team);
		const start = Math.max(ready, teamFree);
		const back = round(start + team);
		teamFree = back;
		const target = entry.rtoTargetMinutes;
		const aloneMeets = entry.rtoTypicalMinutes <= target;
		const late = aloneMeets && back > target;
		order.push({
			position: i + 1,
			workload: entry.workload,
			sourceRegion: entry.sourceRegion,
			by: entry.priority === undefined ? 'rto' : 'priority',
			...(entry.priority === undefined ? {} : { priority: entry.priority }),
			rtoTargetMinutes: target,
			readyMinutes: round(ready),
			teamMinutes: round(team),
			backMinutes: back,
			late,
		});
		const ahead = sorted[i - 1];
		if (late && ahead !== undefined) {
			const waited = round(start - ready);
			conflicts.push({
				sourceRegion: entry.sourceRegion,
				ahead: ahead.workload,
				late: entry.workload,
				backMinutes: back,
				rtoTargetMinutes: target,
				waitedMinutes: waited,
				text: `In an outage of ${entry.sourceRegion}, ${entry.workload} and ${ahead.workload} cannot both meet their RTO with one team: ${entry.workload} is ready for validation after ${formatMinutes(ready)} but waits ${formatMinutes(waited)} for the team to finish ${ahead.workload}${i > 1 ? ` (and the ${i - 1} before it)` : ''}, so it is back after ${formatMinutes(back)}, beyond its ${formatTarget(target)} target.`,
			});
		}
	}
	return { order, conflicts };
}

/**
 * What an outage without conflicts says: no workload is pushed past its RTO by the team's queue,
 * and, where some workload misses its RTO on its own plan, that the order is not why.
 */
export function noConflictText(outage: Pick<EstateOutage, 'order' | 'conflicts'>): string {
	if (outage.conflicts.length > 0) return '';
	const missAlone = outage.order
		.filter((o) => o.readyMinutes + o.teamMinutes > o.rtoTargetMinutes)
		.map((o) => o.workload);
	const own =
		missAlone.length === 0
			? ''
			: ` ${missAlone.join(', ')} ${missAlone.length === 1 ? 'misses its' : 'miss their'} RTO on ${missAlone.length === 1 ? 'its' : 'their'} own plan, whatever the order.`;
	return `No conflicts: in this order every workload that meets its RTO alone still meets it.${own}`;
}
