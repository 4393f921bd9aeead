import { describe, expect, it } from 'vitest';
import {
	parseWorkload,
	recommend,
	referenceWorkloadInput,
	sensitivity,
	type Workload,
} from '~/model/index.ts';
import { diffPlans } from '~/model/engine/planDiff.ts';
import { planHtml, planParts, PLAN_PART_MARK } from '~/components/widgets/planView.ts';
import { sensitivityRowsHtml } from '~/components/widgets/sensitivityView.ts';
import { pinnedSectionHtml } from '~/components/wizard/pinView.ts';
import type { WizardReply } from '~/components/wizard/wizardMessages.ts';
import { wizardPlanner } from '~/components/wizard/wizardPlanner.ts';

function workload(overrides: Record<string, unknown> = {}): Workload {
	const parsed = parseWorkload({ ...referenceWorkloadInput, ...overrides });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return parsed.workload;
}

/**
 * The planner with a task queue run by hand, and a clock that moves `stepMs` each time it is
 * read (0: every sensitivity slice runs to its end; more: each slice runs about one probe).
 */
function harness(stepMs = 0) {
	const replies: WizardReply[] = [];
	const queue: (() => void)[] = [];
	let clock = 0;
	const handle = wizardPlanner((reply) => replies.push(reply), {
		schedule: (fn) => void queue.push(fn),
		now: () => (clock += stepMs),
		sliceMs: 8,
	});
	const runOne = () => queue.shift()?.();
	const drain = () => {
		while (queue.length > 0) runOne();
	};
	return { replies, handle, runOne, drain, queue };
}

const kinds = (replies: WizardReply[]) => replies.map((r) => `${r.kind}:${r.edit}`);

describe('the wizard’s planner (its Web Worker)', () => {
	it('answers requests that arrive together once, for the newest edit', () => {
		const { replies, handle, drain } = harness();
		handle({ kind: 'plan', edit: 1, workload: workload({ rpoMinutes: 30 }), pinned: undefined });
		handle({ kind: 'plan', edit: 2, workload: workload({ rpoMinutes: 5 }), pinned: undefined });
		drain();
		expect(kinds(replies)).toEqual(['plan:2', 'sensitivity:2']);
	});

	it('sends the plan’s parts as the page’s markup has them, then its sensitivity rows', () => {
		const { replies, handle, drain } = harness();
		const w = workload({ rpoMinutes: 5 });
		handle({ kind: 'plan', edit: 7, workload: w, pinned: undefined });
		drain();
		const plan = recommend(w);
		const [shown, rows] = replies;
		if (shown?.kind !== 'plan' || rows?.kind !== 'sensitivity') throw new Error('no plan');
		expect(shown.planParts).toEqual(
			planParts(plan, 'plan', { sensitivity: 'later' }).map((p) => p.value),
		);
		expect(
			`<div class="plan" data-plan-status="${shown.planStatus}">${shown.planParts.join(PLAN_PART_MARK)}</div>`,
		).toBe(planHtml(plan, 'plan', { sensitivity: 'later' }).value);
		expect(shown.headline).toBe(plan.headline);
		expect(shown.pinnedHtml).toBeUndefined();
		expect(rows.html).toBe(sensitivityRowsHtml(sensitivity(w, plan), 'plan').value);
	});

	it('drops the sensitivity analysis still running for an older edit when a newer one comes', () => {
		const { replies, handle, runOne, drain, queue } = harness(10);
		handle({ kind: 'plan', edit: 1, workload: workload({ rpoMinutes: 30 }), pinned: undefined });
		runOne(); // the plan for edit 1, and the first slice of its sensitivity
		runOne(); // another slice: the analysis is under way, not done
		expect(kinds(replies)).toEqual(['plan:1']);
		expect(queue.length).toBeGreaterThan(0);
		handle({ kind: 'plan', edit: 2, workload: workload({ rpoMinutes: 5 }), pinned: undefined });
		drain();
		expect(kinds(replies)).toEqual(['plan:1', 'plan:2', 'sensitivity:2']);
	});

	it('while the reader types, the sensitivity waits, and goes on where it stopped when told', () => {
		const { replies, handle, runOne, drain, queue } = harness(10);
		const w = workload({ rpoMinutes: 30 });
		handle({ kind: 'plan', edit: 1, workload: w, pinned: undefined });
		runOne(); // the plan, and the first slice of its sensitivity
		handle({ kind: 'pause' });
		drain(); // the slice already queued runs; the next one is parked, not queued
		expect(queue).toHaveLength(0);
		expect(kinds(replies)).toEqual(['plan:1']);
		handle({ kind: 'resume' });
		expect(queue).toHaveLength(1);
		drain();
		expect(kinds(replies)).toEqual(['plan:1', 'sensitivity:1']);
		const rows = replies[1];
		if (rows?.kind !== 'sensitivity') throw new Error('no rows');
		expect(rows.html).toBe(sensitivityRowsHtml(sensitivity(w, recommend(w)), 'plan').value);
	});

	it('a new edit’s plan is worked out even while paused, and its sensitivity runs', () => {
		const { replies, handle, runOne, drain } = harness(10);
		handle({ kind: 'plan', edit: 1, workload: workload({ rpoMinutes: 30 }), pinned: undefined });
		runOne();
		handle({ kind: 'pause' });
		handle({ kind: 'plan', edit: 2, workload: workload({ rpoMinutes: 5 }), pinned: undefined });
		drain();
		expect(kinds(replies)).toEqual(['plan:1', 'plan:2', 'sensitivity:2']);
	});

	it('a pin that comes while a plan is waiting rides with it; alone, it gets its own answer', () => {
		const { replies, handle, drain } = harness();
		const pinned = workload({ rpoMinutes: 30 });
		const now = workload({ rpoMinutes: 5 });
		handle({ kind: 'plan', edit: 3, workload: now, pinned: undefined });
		handle({ kind: 'pinned', edit: 3, workload: now, pinned });
		drain();
		const want = pinnedSectionHtml(diffPlans(recommend(pinned), recommend(now))).value;
		expect(kinds(replies)).toEqual(['plan:3', 'sensitivity:3']);
		expect(replies[0]?.kind === 'plan' && replies[0].pinnedHtml).toBe(want);
		handle({ kind: 'pinned', edit: 3, workload: now, pinned });
		drain();
		expect(replies[2]).toEqual({ kind: 'pinned', edit: 3, html: want });
	});

	it('says what failed, for that edit, rather than throwing', () => {
		const { replies, handle, drain } = harness();
		handle({ kind: 'plan', edit: 4, workload: {} as Workload, pinned: undefined });
		drain();
		expect(replies).toHaveLength(1);
		expect(replies[0]).toMatchObject({ kind: 'error', edit: 4 });
		expect(replies[0]?.kind === 'error' && replies[0].message).toMatch(
			/^The plan could not be worked out \(/,
		);
	});
});
