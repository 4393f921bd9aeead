import { describe, expect, it } from 'vitest';
import { costLadder } from '~/components/concepts/costLadder.ts';
import { recommend, referenceWorkload } from '~/model/index.ts';

const plan = recommend(referenceWorkload);

describe('costLadder', () => {
	const rows = costLadder(plan, 'database');

	it('lists the usable options, cheapest first', () => {
		expect(rows.length).toBeGreaterThan(2);
		const costs = rows.map((r) => r.monthlyUsd);
		expect(costs).toEqual([...costs].sort((a, b) => a - b));
	});

	it('keeps options that only miss a target, and says so', () => {
		const backup = rows.find((r) => r.patternId === 'azure-backup');
		expect(backup?.meetsTargets).toBe(false);
		expect(rows.some((r) => r.meetsTargets)).toBe(true);
	});

	it('leaves out retired options and those whose prerequisites the tier lacks', () => {
		const ids = rows.map((r) => r.patternId);
		expect(ids).not.toContain('grs-vm-disks');
		expect(ids).not.toContain('site-recovery-2016');
		const tier = plan.tiers.find((t) => t.tier === 'database');
		const blocked = (tier?.rejected ?? []).filter((e) =>
			e.rejections.some((r) => r.kind !== 'rto' && r.kind !== 'rpo'),
		);
		expect(blocked.length).toBeGreaterThan(0);
		for (const e of blocked) expect(rows.map((r) => r.name)).not.toContain(e.name);
	});

	it('shows the continuous options with a smaller RPO than the cheapest one', () => {
		const cheapest = rows[0];
		const dearest = rows.at(-1);
		expect(dearest?.rpoMinutes).toBeLessThan(cheapest?.rpoMinutes ?? 0);
	});

	it('names the tiers it has when asked for one it does not', () => {
		expect(() => costLadder(plan, 'cache')).toThrow(/"web", "database"/);
	});
});
