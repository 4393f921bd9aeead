/**
 * The worked cases page states conclusions in prose; these tests hold the model to them, so
 * the prose and the plans cannot drift apart unnoticed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseSummary } from '~/components/cases/readerCase.ts';
import { workloadFromSearchParams } from '~/model/index.ts';

const load = (name: string): unknown =>
	JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as unknown;

describe('worked cases', () => {
	it('(a) protects the Chef-built web tier without replicated storage and the database with SQL geo-replication', () => {
		const c = caseSummary(load('a-web-chef-sql-paas'), 'a');
		const byTier = Object.fromEntries(c.tiers.map((t) => [t.name, t.patternId]));
		expect(byTier['database']).toBe('paas-sql-geo');
		expect(byTier['web']).not.toBe('grs-vm-disks');
		expect(c.plan.status).toBe('meets');
	});

	it('(b) puts the SQL Server VMs on Site Recovery and lists it among the app tier’s options', () => {
		const c = caseSummary(load('b-sql-vm-app-tier'), 'b');
		expect(c.tiers.find((t) => t.name === 'sql')?.patternId).toBe('site-recovery-a2a');
		const app = c.plan.tiers.find((t) => t.tier === 'app');
		expect(app?.alternatives.map((e) => e.patternId)).toContain('site-recovery-a2a');
		const sql = c.plan.tiers.find((t) => t.tier === 'sql');
		expect(sql?.alternatives.map((e) => e.patternId)).toContain('app-replication');
		const cheapestReplica = sql?.alternatives.find((e) => e.patternId === 'app-replication');
		expect(cheapestReplica?.rpo.minutes.typical).toBeLessThan(
			sql?.recommended.rpo.minutes.typical ?? 0,
		);
		expect(cheapestReplica?.rpo.minutes.high).toBeLessThan(sql?.recommended.rpo.minutes.high ?? 0);
		expect(cheapestReplica?.cost.monthlyUsd).toBeGreaterThan(sql?.recommended.cost.monthlyUsd ?? 0);
	});

	it('(b) brings the database back first and opens the app tier once it is up', () => {
		const c = caseSummary(load('b-sql-vm-app-tier'), 'b');
		expect(c.order).toBe('sql, then app');
		const sql = c.plan.rto.schedule.find((t) => t.tier === 'sql');
		const app = c.plan.rto.schedule.find((t) => t.tier === 'app');
		// The app tier builds its VMs meanwhile and serves once SQL is up.
		expect(app?.start.typical).toBeLessThan(sql?.finish.typical ?? 0);
		expect(app?.serveFrom.typical).toBe(sql?.finish.typical);
		expect(c.plan.rto.criticalPath).toEqual(['sql', 'app']);
	});

	it('shows each tier’s RPO at worst, never below its typical', () => {
		for (const name of ['a-web-chef-sql-paas', 'b-sql-vm-app-tier', 'e-rpo-seconds']) {
			const c = caseSummary(load(name), name);
			for (const t of c.plan.tiers)
				expect(t.recommended.rpo.minutes.high).toBeGreaterThanOrEqual(
					t.recommended.rpo.minutes.typical,
				);
			expect(c.tiers.every((t) => t.rpoWorst.length > 0)).toBe(true);
		}
	});

	it('has no recovery order when no tier waits for another', () => {
		expect(caseSummary(load('a-web-chef-sql-paas'), 'a').order).toBeUndefined();
	});

	it('(c) rules out geo-redundant storage for the multi-disk database, saying the disks drift apart', () => {
		const c = caseSummary(load('c-multi-disk-db'), 'c', ['grs-vm-disks']);
		const reasons = c.rejections.flatMap((r) => r.reasons).join(' ');
		expect(reasons).toMatch(/different moments/);
	});

	it('(d) is checked against its budget', () => {
		const c = caseSummary(load('d-loose-targets-tight-budget'), 'd');
		expect(c.targets).toMatch(/budget US\$50\.00 a month/);
		const monthly = c.plan.cost.monthlyUsd;
		expect(c.plan.budget?.limitUsd).toBe(50);
		expect(c.plan.budget?.overByUsd).toBeCloseTo(Math.max(0, monthly - 50), 2);
		// The prose says the plan is checked, not that it fits; today it fits.
		expect(monthly).toBeLessThanOrEqual(50);
		expect(c.plan.status).toBe('meets');
	});

	it('(e) says nothing meets an RPO of seconds, with Site Recovery nearest and why replication is out', () => {
		const c = caseSummary(load('e-rpo-seconds'), 'e', ['app-replication', 'site-recovery-a2a']);
		expect(c.plan.status).toBe('none-meets');
		expect(c.tiers[0]?.patternId).toBe('site-recovery-a2a');
		expect(c.tiers[0]?.meetsTargets).toBe(false);
		const replication = c.rejections.find((r) => r.patternId === 'app-replication');
		expect(replication?.reasons.join(' ')).toMatch(/native cross-region replication/);
	});

	it('links each case to the wizard with a URL that reproduces its workload', () => {
		const c = caseSummary(load('b-sql-vm-app-tier'), 'b');
		const url = new URL(c.wizardHref, 'https://example.test');
		expect(url.pathname).toBe('/wizard/');
		const back = workloadFromSearchParams(url.searchParams);
		expect(back.workload).toEqual(c.workload);
	});

	it('fails with the file and the field when a case file is invalid', () => {
		expect(() => caseSummary({ tiers: [] }, 'examples/bad.json')).toThrow(
			/examples\/bad\.json is not a valid workload: tiers must be a list of 1 to 20 tiers/,
		);
	});

	it('refuses to explain a rejection the model does not make', () => {
		expect(() => caseSummary(load('b-sql-vm-app-tier'), 'b', ['paas-sql-geo'])).toThrow(
			/does not rule out paas-sql-geo/,
		);
	});
});
