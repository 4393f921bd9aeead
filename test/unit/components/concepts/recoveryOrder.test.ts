import { describe, expect, it } from 'vitest';
import {
	dependencyMermaid,
	scheduleRows,
	threeTierPlan,
} from '~/components/concepts/recoveryOrder.ts';

describe('the three-tier recovery-order example', () => {
	const people = threeTierPlan('people');
	const automation = threeTierPlan('automation');

	it('starts the database first, then app, then web', () => {
		expect(people.rto.order).toEqual([['database'], ['app'], ['web']]);
		const last = people.rto.criticalPath[people.rto.criticalPath.length - 1];
		const slot = people.rto.schedule.find((t) => t.tier === last);
		expect(slot?.finish.typical).toBe(
			Math.max(...people.rto.schedule.map((t) => t.finish.typical)),
		);
	});

	it('serves each tier once the one it needs is back, having prepared meanwhile', () => {
		const s = Object.fromEntries(people.rto.schedule.map((t) => [t.tier, t]));
		expect(s['app']?.serveFrom.typical).toBeGreaterThanOrEqual(
			s['database']?.finish.typical ?? Infinity,
		);
		expect(s['web']?.serveFrom.typical).toBeGreaterThanOrEqual(
			s['app']?.finish.typical ?? Infinity,
		);
		// The web tier's scale set is built from the start, not after the app tier.
		expect(s['web']?.start.typical).toBeLessThan(s['app']?.finish.typical ?? 0);
		expect(people.rto.total.typical).toBeGreaterThanOrEqual(s['web']?.finish.typical ?? Infinity);
	});

	it('counts the people steps once, not once per tier', () => {
		const declares = people.rto.steps.filter((st) => st.kind === 'declare');
		expect(declares).toHaveLength(1);
	});

	it('is never slower when an alert starts the recovery', () => {
		// Never a worse status; with the same status the engine may take a cheaper, slower option.
		const rank = { met: 0, 'at-risk': 1, missed: 2 } as const;
		expect(rank[automation.targetStatus.rto.status]).toBeLessThanOrEqual(
			rank[people.targetStatus.rto.status],
		);
		if (automation.targetStatus.rto.status === people.targetStatus.rto.status)
			expect(automation.cost.monthlyUsd).toBeLessThanOrEqual(people.cost.monthlyUsd);
		else expect(automation.rto.total.typical).toBeLessThanOrEqual(people.rto.total.typical);
		const ids = automation.rto.steps.flatMap((st) => st.factIds);
		expect(ids).toContain('ops.alert-detect');
		expect(ids).toContain('ops.automated-declare');
		expect(ids).toContain('ops.automated-validate');
	});

	it('lists the schedule in start order, saying what each tier waits for', () => {
		const rows = scheduleRows(people);
		expect(rows.map((r) => r.tier)).toEqual(['database', 'app', 'web']);
		expect(rows.map((r) => r.waitsFor)).toEqual(['nothing', 'database', 'app']);
	});

	it('draws an arrow from each tier to the one that waits for it', () => {
		const code = dependencyMermaid();
		expect(code).toMatch(/database -->.*app/);
		expect(code).toMatch(/app -->.*web/);
	});
});
