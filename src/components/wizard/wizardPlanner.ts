/**
 * The wizard's planning, as its Web Worker runs it (wizardWorker.ts): for each edit the plan and
 * its markup, the summary, the tree paths and the changes since a pinned plan, posted at once;
 * then what moves the plan (some thirty re-plans), in slices, posted when done. Only the newest
 * request is worked on: requests that arrive together are answered once, for the last, and a
 * newer edit drops the sensitivity analysis still running for an older one; while the reader
 * types, it waits. No DOM: the page
 * writes what this posts. The scheduler is a parameter, for tests.
 */
import { diffPlans } from '~/model/engine/planDiff.ts';
import { recommend, sensitivitySteps, type Plan, type Workload } from '~/model/index.ts';
import { planParts } from '../widgets/planView.ts';
import { planSummaryHtml, wizardSummaryLinks } from '../widgets/planSummary.ts';
import { messageScheduler, runInSlices, type SlicedRun } from '../widgets/runInSlices.ts';
import { sensitivityFailedHtml, sensitivityRowsHtml } from '../widgets/sensitivityView.ts';
import { pinnedSectionHtml } from './pinView.ts';
import { tierPaths } from './treePath.ts';
import type { WizardReply, WizardRequest } from './wizardMessages.ts';

export interface PlannerOptions {
	/** Runs `fn` in a later task: the requests already queued are read first. */
	schedule?: (fn: () => void) => void;
	/** The most a sensitivity slice runs before the worker reads its messages again, in ms. */
	sliceMs?: number;
	now?: () => number;
}

/** A bug, not the reader's input: said plainly, never a stack trace. */
const failure = (error: unknown): string =>
	`The plan could not be worked out (${error instanceof Error ? error.message : String(error)}).`;

/** Returns the handler of the page's requests; `post` sends a reply to the page. */
export function wizardPlanner(
	post: (reply: WizardReply) => void,
	{
		schedule = messageScheduler(),
		sliceMs = 8,
		now = () => performance.now(),
	}: PlannerOptions = {},
): (request: WizardRequest) => void {
	let plan: Extract<WizardRequest, { kind: 'plan' }> | undefined;
	let pin: Extract<WizardRequest, { kind: 'pinned' }> | undefined;
	let scheduled = false;
	let sensitivity: SlicedRun | undefined;
	/** While the reader types, the sensitivity's next slice waits here instead of running. */
	let paused = false;
	let parked: (() => void) | undefined;
	const scheduleUnlessPaused = (fn: () => void) => {
		if (paused) parked = fn;
		else schedule(fn);
	};
	/** The pinned workload's plan, kept while the pin stays. */
	let pinned: { key: string; plan: Plan } | undefined;
	const pinnedPlan = (workload: Workload): Plan => {
		const key = JSON.stringify(workload);
		if (pinned?.key !== key) pinned = { key, plan: recommend(workload) };
		return pinned.plan;
	};
	const changes = (workload: Workload, from: Plan): string =>
		pinnedSectionHtml(diffPlans(pinnedPlan(workload), from)).value;

	const answerPlan = ({ edit, workload, pinned: pinnedWorkload }: NonNullable<typeof plan>) => {
		const shown = recommend(workload);
		post({
			kind: 'plan',
			edit,
			planStatus: shown.status,
			planParts: planParts(shown, 'plan', { sensitivity: 'later' }).map((part) => part.value),
			summaryHtml: planSummaryHtml(shown, wizardSummaryLinks(shown)).value,
			pinnedHtml: pinnedWorkload === undefined ? undefined : changes(pinnedWorkload, shown),
			paths: tierPaths(workload, shown),
			headline: shown.headline,
		});
		sensitivity = runInSlices(
			sensitivitySteps(workload, shown),
			(rows) => post({ kind: 'sensitivity', edit, html: sensitivityRowsHtml(rows, 'plan').value }),
			(error) => post({ kind: 'sensitivity', edit, html: sensitivityFailedHtml(error).value }),
			{ schedule: scheduleUnlessPaused, sliceMs, now },
		);
	};

	const work = () => {
		scheduled = false;
		const request = plan ?? pin;
		plan = undefined;
		pin = undefined;
		if (request === undefined) return;
		try {
			if (request.kind === 'plan') answerPlan(request);
			else
				post({
					kind: 'pinned',
					edit: request.edit,
					html: changes(request.pinned, recommend(request.workload)),
				});
		} catch (error) {
			post({ kind: 'error', edit: request.edit, message: failure(error) });
		}
	};

	return (request) => {
		if (request.kind === 'pause' || request.kind === 'resume') {
			paused = request.kind === 'pause';
			const next = parked;
			if (!paused && next !== undefined) {
				parked = undefined;
				schedule(next);
			}
			return;
		}
		if (request.kind === 'plan') {
			// A newer edit: whatever is still being worked out for an older one is dropped.
			sensitivity?.cancel();
			sensitivity = undefined;
			paused = false;
			parked = undefined;
			pin = undefined;
			plan = request;
		} else if (plan !== undefined) {
			// A plan is about to be worked out: it carries the changes since the new pin.
			plan = { ...plan, pinned: request.pinned };
		} else {
			pin = request;
		}
		if (!scheduled) {
			scheduled = true;
			schedule(work);
		}
	};
}
