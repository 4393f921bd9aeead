import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsDependencies, tierPhases } from '~/model/engine/dependencyWait.ts';
import { compositeRto, recoveredByOf } from '~/model/engine/planComposites.ts';
import { recommend } from '~/model/engine/recommend.ts';
import { parseWorkload } from '~/model/schema/workload.ts';
import type { RtoStep } from '~/model/kit/types.ts';
import { valid, workloadArb } from './arbitraries.ts';

const step = (kind: RtoStep['kind']): RtoStep => ({
	key: `t/${kind}`,
	kind,
	label: kind,
	minutes: { low: 1, typical: 2, high: 3 },
	formula: '',
	factIds: [],
	tier: 't',
});

/** Review workload 1: three IIS VMs that need a SQL Server availability group (R18). */
const sqlAndWeb = {
	name: 'SQL Server AG with an IIS web tier',
	sourceRegion: 'westeurope',
	targetRegion: 'pair',
	tiers: [
		{
			name: 'web',
			kind: 'stateless',
			vmCount: 3,
			vmSize: 'Standard_D4s_v5',
			os: 'windows',
			disksPerVm: 1,
			dataGiB: 128,
			dependsOn: ['sql'],
		},
		{
			name: 'sql',
			kind: 'stateful',
			data: 'vm-replication',
			vmCount: 2,
			vmSize: 'Standard_E16s_v5',
			os: 'windows',
			sqlServer: 'enterprise',
			hybridBenefit: true,
			dataSet: 'shared',
			disksPerVm: 4,
			dataGiB: 2048,
			dailyChangeGiB: 60,
		},
	],
	configAsCode: true,
	rtoMinutes: 60,
	rpoMinutes: 5,
	appConsistency: true,
	routing: {
		router: 'traffic-manager',
		ttlSeconds: 60,
		probeIntervalSeconds: 10,
		toleratedFailures: 3,
	},
	budgetUsd: 12000,
};

describe('a dependency holds back serving, not preparation', () => {
	it('lets preparing kinds run ahead unless the option says they wait', () => {
		const disks = { patternId: 'disk-copy' as const };
		expect(needsDependencies(step('provision'), disks)).toBe(false);
		expect(needsDependencies(step('boot'), disks)).toBe(false);
		expect(needsDependencies(step('restore'), { patternId: 'azure-backup' })).toBe(false);
		expect(needsDependencies(step('traffic'), disks)).toBe(true);
		expect(needsDependencies(step('validate'), disks)).toBe(true);
		// A replica is promoted to serving; resizing it is preparation.
		const replica = { patternId: 'app-replication' as const, variant: 'smaller-vms' };
		expect(needsDependencies(step('restore'), replica)).toBe(true);
		expect(needsDependencies(step('provision'), replica)).toBe(false);
		// A recovery plan's later group fails over and starts after the group before it.
		const asr = { patternId: 'site-recovery-a2a' as const };
		expect(needsDependencies(step('restore'), asr)).toBe(true);
		expect(needsDependencies(step('boot'), asr)).toBe(true);
		const phases = tierPhases([step('restore'), step('provision')], replica);
		expect(phases.prepare.map((s) => s.kind)).toEqual(['provision']);
		expect(phases.serve.map((s) => s.kind)).toEqual(['restore']);
	});

	it('starts a web standby pool while the database is promoted instead of buying active/active', () => {
		// One web VM: its start (boot, with no slower VM to wait for) ends before the promotion.
		const parsed = parseWorkload({
			...sqlAndWeb,
			tiers: sqlAndWeb.tiers.map((t) => (t.name === 'web' ? { ...t, vmCount: 1 } : t)),
		});
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
		const plan = recommend(parsed.workload);
		const web = plan.tiers.find((t) => t.tier === 'web');
		const sql = plan.tiers.find((t) => t.tier === 'sql');
		expect(web?.recommended.key).toBe('scale-set-rebuild/standby-pool');
		expect(web?.upgradedFor).toBeUndefined();
		// It is back when the database is: its VMs were started meanwhile.
		expect(web?.recoveredBy.typical).toBe(sql?.recoveredBy.typical);
		const slot = plan.rto.schedule.find((s) => s.tier === 'web');
		expect(slot?.start.typical).toBeLessThan(slot?.serveFrom.typical ?? 0);
		expect(slot).toMatchObject({ waitsFor: 'sql', heldBack: true });
		expect(plan.rto.criticalPath[0]).toBe('sql');
	});

	it('for any workload and choice: a dependency never makes the plan or a tier finish earlier', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const w = valid(input);
				const plan = recommend(w);
				const tiers = plan.tiers.map((t) => ({ tier: t.tier, recommended: t.recommended }));
				const free = { ...w, tiers: w.tiers.map(({ dependsOn: _, ...t }) => t) };
				const without = compositeRto(free, tiers);
				expect(plan.rto.total.low).toBeGreaterThanOrEqual(without.total.low - 1e-9);
				expect(plan.rto.total.typical).toBeGreaterThanOrEqual(without.total.typical - 1e-9);
				expect(plan.rto.total.high).toBeGreaterThanOrEqual(without.total.high - 1e-9);
				const back = recoveredByOf(free, tiers, without);
				plan.tiers.forEach((t, i) => {
					expect(t.recoveredBy.typical).toBeGreaterThanOrEqual((back[i]?.typical ?? 0) - 1e-9);
				});
				// The critical path's steps add up to the end-to-end time.
				const sum = plan.rto.steps.reduce((s, x) => s + x.minutes.typical, 0);
				expect(Math.abs(sum - plan.rto.total.typical)).toBeLessThan(0.02);
			}),
			{ numRuns: 40 },
		);
	});
});
