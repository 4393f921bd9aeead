/** Scenarios from the seed article and its readers' comments, from the examples/ files. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkload, recommend, type Plan } from '~/model/index.ts';

function planFor(file: string): Plan {
	const r = parseWorkload(
		JSON.parse(readFileSync(new URL(`../../../examples/${file}`, import.meta.url), 'utf8')),
	);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return recommend(r.workload);
}
const tier = (plan: Plan, name: string) => {
	const t = plan.tiers.find((x) => x.tier === name);
	if (t === undefined) throw new Error(`no tier ${name}`);
	return t;
};

describe('(a) two stateless web VMs rebuilt by Chef, with Azure SQL Database', () => {
	const plan = planFor('a-web-chef-sql-paas.json');
	it('rebuilds the web tier from its recipe and geo-replicates the database', () => {
		expect(tier(plan, 'web').recommended.patternId).toBe('scale-set-rebuild');
		expect(tier(plan, 'database').recommended.key).toBe('paas-sql-geo/failover-group');
		expect(plan.status).toBe('meets');
	});
	it('flags the Microsoft-managed failover policy trap', () => {
		expect(plan.traps.some((t) => t.id.startsWith('sql-policy'))).toBe(true);
	});
});

describe('(b) SQL Server VMs plus stateless app VMs, with a recovery plan', () => {
	const plan = planFor('b-sql-vm-app-tier.json');
	it('protects the SQL tier with Site Recovery', () => {
		expect(tier(plan, 'sql').recommended.patternId).toBe('site-recovery-a2a');
	});
	it('takes the end-to-end RTO from the dependency path: the app waits for SQL, people count once', () => {
		const tierTotals = plan.tiers.map((t) => t.recommended.rto.total.typical);
		expect(plan.rto.criticalPath).toEqual(['sql', 'app']);
		expect(plan.rto.order).toEqual([['sql'], ['app']]);
		// No shorter than either tier alone: the app builds its VMs while SQL fails over and
		// serves once SQL is up...
		expect(plan.rto.total.typical).toBeGreaterThanOrEqual(Math.max(...tierTotals));
		const app = plan.rto.schedule.find((t) => t.tier === 'app');
		const sql = plan.rto.schedule.find((t) => t.tier === 'sql');
		expect(app?.start.typical).toBeLessThan(sql?.finish.typical ?? 0);
		expect(app?.serveFrom.typical).toBe(sql?.finish.typical);
		// ...shorter than both one after the other (detect, declare, switch and validate once).
		expect(plan.rto.total.typical).toBeLessThan(tierTotals.reduce((a, b) => a + b, 0));
	});
	it('adds up the cost of the tiers and the routing', () => {
		expect(plan.cost.monthlyUsd).toBeCloseTo(
			plan.tiers.reduce((s, t) => s + t.recommended.cost.monthlyUsd, 0) + plan.cost.byKind.routing,
			1,
		);
		expect(plan.cost.byKind.routing).toBeGreaterThan(0);
	});
});

describe('(c) a multi-disk database VM whose disks must stay consistent', () => {
	const plan = planFor('c-multi-disk-db.json');
	it('rejects GRS, saying the disks replicate separately', () => {
		const grs = tier(plan, 'db').rejected.find((e) => e.patternId === 'grs-vm-disks');
		const consistency = grs?.rejections.find((r) => r.kind === 'consistency');
		expect(consistency?.reason).toMatch(/4 disks per VM replicates on its own/);
		expect(grs?.rejections.some((r) => r.kind === 'retired')).toBe(true);
	});
});

describe('(d) loose RPO and RTO on a tight budget', () => {
	const plan = planFor('d-loose-targets-tight-budget.json');
	it('meets the targets within budget with a cheap pattern', () => {
		expect(plan.status).toBe('meets');
		expect(plan.cost.monthlyUsd).toBeLessThanOrEqual(50);
		expect(tier(plan, 'files').recommended.patternId).not.toBe('app-replication');
	});
});

describe('(e) an RPO of seconds', () => {
	const plan = planFor('e-rpo-seconds.json');
	it('says nothing meets it and shows the nearest options', () => {
		expect(plan.status).toBe('none-meets');
		expect(plan.headline).toMatch(/No option meets/);
		const t = tier(plan, 'orders');
		expect(t.nearest.length).toBeGreaterThan(0);
		expect(t.recommended.rejections.some((r) => r.kind === 'rpo')).toBe(true);
	});
});
