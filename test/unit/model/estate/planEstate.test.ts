/**
 * The estate plan (issue 23): grouping, each workload planned by the same rules as the wizard,
 * the target regions' demand, the recovery order and its conflicts, and bad input that still
 * leaves the rest planned.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	estateMarkdown,
	noConflictText,
	planEstate,
	planEstateFile,
	targetLabel,
	planEstateSteps,
	readVmExport,
	type EstateReport,
} from '~/model/engine/estate/index.ts';
import { groupEstate, parseDurationTag, type AzVm } from '~/model/schema/import/index.ts';
import {
	overallStatus,
	parseWorkload,
	recommend,
	workloadFromSearchParams,
} from '~/model/index.ts';
import { regionByName } from '~/model/regions/lookup.ts';
import { syntheticEstate, syntheticVm } from '../../../support/syntheticEstate.ts';

const fixture = readFileSync(
	new URL('../../../fixtures/estate/contoso-az-vm-list.json', import.meta.url),
	'utf8',
);

function vmsOf(list: unknown[]): AzVm[] {
	const read = readVmExport(JSON.stringify(list));
	if (!read.ok) throw new Error(read.error);
	return read.vms;
}

function report(text = fixture): EstateReport {
	const planned = planEstateFile(text);
	if (!planned.ok) throw new Error(planned.error);
	return planned.report;
}

const byName = (r: EstateReport, name: string) => {
	const w = r.workloads.find((x) => x.name === name);
	if (w === undefined) throw new Error(`no workload ${name}`);
	return w;
};

describe('grouping VMs into workloads and tiers', () => {
	it('groups by the workload tag and lists VMs without it, never dropping one', () => {
		const r = report();
		expect(r.workloads.map((w) => w.name).sort()).toEqual(
			['crm', 'erp', 'intranet', 'payroll', 'reporting', 'shop'].sort(),
		);
		expect(r.ungrouped.map((u) => u.name)).toEqual(['jumpbox01', 'build-agent-07']);
		expect(byName(r, 'shop').tiers.map((t) => [t.name, t.vms])).toEqual([
			['web', 4],
			['app', 3],
			['db', 2],
		]);
	});

	it('forms tiers by name prefix when asked', () => {
		const vms = vmsOf([
			syntheticVm('pay-web-01', { workload: 'pay' }),
			syntheticVm('pay-web-02', { workload: 'pay' }),
			syntheticVm('pay-sql-01', { workload: 'pay', dataDisks: [128] }),
		]);
		const r = planEstate(vms, { tierBy: 'prefix' });
		expect(r.workloads[0]?.tiers.map((t) => t.name).sort()).toEqual(['pay-sql', 'pay-web']);
	});

	it('takes another workload tag, and names the tags seen when none has it', () => {
		const vms = vmsOf([
			syntheticVm('a-1', { tags: { app: 'alpha' } }),
			syntheticVm('b-1', { tags: { app: 'beta' } }),
		]);
		expect(planEstate(vms, { workloadTag: 'APP' }).workloads.map((w) => w.name)).toEqual([
			'alpha',
			'beta',
		]);
		const none = planEstate(vms);
		expect(none.workloads).toEqual([]);
		expect(none.ungrouped).toHaveLength(2);
		expect(none.problems[0]?.message).toMatch(/No VM has a "workload" tag.*app \(2 VMs\)/);
	});

	it('puts every VM in exactly one workload or in the ungrouped list', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						workload: fc.option(fc.constantFrom('a', 'A', 'b', ' c ', ''), { nil: undefined }),
						tier: fc.option(fc.constantFrom('web', 'db'), { nil: undefined }),
					}),
					{ minLength: 1, maxLength: 30 },
				),
				(specs) => {
					const vms = vmsOf(
						specs.map((s, i) =>
							syntheticVm(`vm-${i}`, {
								...(s.workload === undefined ? {} : { workload: s.workload }),
								...(s.tier === undefined ? {} : { tier: s.tier }),
							}),
						),
					);
					const groups = groupEstate(vms);
					const names = [
						...groups.workloads.flatMap((w) => w.vms.map((vm) => vm.name)),
						...groups.ungrouped.map((u) => u.name),
					].sort();
					expect(names).toEqual(vms.map((vm) => vm.name).sort());
				},
			),
		);
	});

	it('reads targets and priority from tags, and names a tag it cannot read', () => {
		expect(parseDurationTag('4h')).toBe(240);
		expect(parseDurationTag('30 min')).toBe(30);
		expect(parseDurationTag('1d')).toBe(1440);
		expect(parseDurationTag('90')).toBe(90);
		expect(parseDurationTag('soon')).toMatch(/not a duration/);
		const vms = vmsOf([
			syntheticVm('x-1', { workload: 'x', tags: { rto: '2h', rpo: 'often', priority: 'high' } }),
		]);
		const w = planEstate(vms).workloads[0];
		expect(w?.rtoTargetMinutes).toBe(120);
		expect(w?.problems.join(' ')).toMatch(/Tag "rpo" on x-1: "often" is not a duration/);
		expect(w?.problems.join(' ')).toMatch(/Tag "priority" on x-1: "high" must be a whole number/);
		expect(w?.questions.join(' ')).toMatch(/What is the RPO\? No "rpo" tag/);
		expect(w?.targetsFrom).toBe('tags and defaults');
	});
});

describe('each workload planned as the wizard plans it', () => {
	it('gives each workload the status, RTO, RPO and cost recommend() gives its workload file', () => {
		const r = report();
		for (const w of r.workloads.filter((x) => x.planned)) {
			const parsed = parseWorkload(w.input);
			expect(parsed.ok).toBe(true);
			if (!parsed.ok) continue;
			const plan = recommend(parsed.workload);
			expect(w.status).toBe(overallStatus(plan.targetStatus));
			expect(w.rto).toEqual(plan.rto.total);
			expect(w.monthlyUsd).toBe(plan.cost.monthlyUsd);
			expect(w.tiers.map((t) => t.patternId)).toEqual(
				plan.tiers.map((t) => t.recommended.patternId),
			);
		}
	});

	it('opens the wizard on the same workload through its share link', () => {
		const shop = byName(report(), 'shop');
		const query = shop.wizardHref?.split('?')[1] ?? '';
		const back = workloadFromSearchParams(new URLSearchParams(query));
		expect(back.workload).toMatchObject({ name: 'shop', rtoMinutes: 60, rpoMinutes: 15 });
	});

	it('opens the wizard on the very workload it planned: same patterns, cost and status for every row', () => {
		const r = report();
		const linked = r.workloads.filter((w) => w.planned);
		expect(linked.length).toBeGreaterThan(2);
		for (const w of linked) {
			const back = workloadFromSearchParams(new URLSearchParams(w.wizardHref?.split('?')[1] ?? ''));
			expect(back.notices, w.name).toEqual([]);
			const plan = recommend(back.workload);
			expect(
				plan.tiers.map((t) => t.recommended.patternId),
				w.name,
			).toEqual(w.tiers.map((t) => t.patternId));
			expect(plan.cost.monthlyUsd, w.name).toBe(w.monthlyUsd);
			expect(overallStatus(plan.targetStatus), w.name).toBe(w.status);
			// Fields the export leaves to the schema's defaults are the schema's, not the
			// reference workload's the link reader starts from.
			expect(back.workload.configAsCode, w.name).toBe(false);
		}
	});

	it('reads what the export says: sizes, Windows with Hybrid Benefit, SQL edition, Trusted Launch, zones', () => {
		const shop = byName(report(), 'shop');
		const db = shop.input?.tiers.find((t) => t.name === 'db');
		expect(db).toMatchObject({
			vmSize: 'Standard_E16s_v5',
			os: 'windows',
			hybridBenefit: true,
			sqlServer: 'enterprise',
			securityType: 'trusted-launch',
			diskType: 'premium-ssd',
			kind: 'stateful',
			disksPerVm: 4,
		});
		expect(shop.input).toMatchObject({
			sourceRegion: 'westeurope',
			rtoMinutes: 60,
			rpoMinutes: 15,
		});
		expect(shop.notices.join(' ')).toMatch(/zones? 1, 2, 3/);
		// SQL Server's own Hybrid Benefit is not in the listing: asked, not assumed silently.
		expect(shop.questions.join(' ')).toMatch(/SQL Server licences of db have Software Assurance/);
		// The Linux web tier: no licence, no Hybrid Benefit guessed.
		expect(shop.input?.tiers.find((t) => t.name === 'web')).toMatchObject({ os: 'linux' });
		expect(shop.input?.tiers.find((t) => t.name === 'web')?.hybridBenefit).toBeUndefined();
	});

	it('an architect’s reading of the fixture: databases replicated, RPO in minutes, loose targets cheap', () => {
		const r = report();
		const shop = byName(r, 'shop');
		expect(shop.tiers.find((t) => t.name === 'db')?.patternId).toBe('site-recovery-a2a');
		expect(shop.rpo?.high).toBeLessThanOrEqual(15);
		// A 1 h RTO with people detecting and declaring is not met: the plan says so, not "met".
		expect(shop.status).toBe('missed');
		expect(byName(r, 'intranet')).toMatchObject({ status: 'met' });
		expect(byName(r, 'intranet').monthlyUsd).toBeLessThan(50);
		expect(byName(r, 'reporting').rpo?.typical).toBeLessThanOrEqual(240);
	});
});

describe('the target regions’ demand', () => {
	it('sums each tier’s failover vCPUs per target region and family, and they add up', () => {
		const r = report();
		const belgium = r.demand.filter((d) => d.targetRegion === 'belgiumcentral');
		expect(belgium.find((d) => d.family === 'Esv5-series')).toMatchObject({
			// shop db 2 × 16, payroll db 1 × 8, reporting 1 × 32
			vcpus: 72,
			vms: 4,
			tiers: ['shop/db', 'payroll/db', 'reporting/warehouse'],
		});
		expect(belgium.find((d) => d.family === 'Dsv5-series')).toMatchObject({
			// shop web 4 × 4, shop app 3 × 8, payroll app 2 × 4
			vcpus: 48,
			vms: 9,
		});
		const tierVcpus = r.workloads
			.flatMap((w) => w.input?.tiers ?? [])
			.reduce((sum, t) => sum + t.vmCount * (t.vcpu ?? 0), 0);
		expect(r.demand.reduce((sum, d) => sum + d.vcpus, 0)).toBe(tierVcpus);
		expect(r.demandByRegion.find((x) => x.targetRegion === 'belgiumcentral')?.vcpus).toBe(124);
	});
});

describe('the demand of a tier whose VMs have different sizes', () => {
	it('sums each size under its own family, none under unknown', () => {
		const vms = vmsOf([
			syntheticVm('mix-app-01', { workload: 'mix', tier: 'app', size: 'Standard_D4s_v5' }),
			syntheticVm('mix-app-02', { workload: 'mix', tier: 'app', size: 'Standard_D4s_v5' }),
			syntheticVm('mix-app-03', { workload: 'mix', tier: 'app', size: 'Standard_E16s_v5' }),
			syntheticVm('mix-app-04', { workload: 'mix', tier: 'app', size: 'Standard_E8s_v5' }),
		]);
		const r = planEstate(vms);
		expect(r.workloads[0]?.planned).toBe(true);
		const family = (f: string) => r.demand.find((d) => d.family === f);
		expect(family('unknown')).toBeUndefined();
		// 2 × D4s_v5 (4 vCPUs); E16s_v5 and E8s_v5 share the Esv5 family: 16 + 8.
		expect(family('Dsv5-series')).toMatchObject({ vms: 2, vcpus: 8, tiers: ['mix/app'] });
		expect(family('Esv5-series')).toMatchObject({ vms: 2, vcpus: 24, tiers: ['mix/app'] });
		expect(r.demandByRegion[0]?.vcpus).toBe(32);
	});
});

describe('the demand of a workload whose target region is not known', () => {
	it('is counted under "target not known", naming the workload, after the known regions', () => {
		const vms = vmsOf([
			syntheticVm('we-app-01', { workload: 'shop', tier: 'app', size: 'Standard_D4s_v5' }),
			syntheticVm('mars-app-01', {
				workload: 'mars',
				tier: 'app',
				size: 'Standard_D2s_v5',
				location: 'marsnorth',
			}),
		]);
		const r = planEstate(vms);
		expect(r.workloads.every((w) => w.planned)).toBe(true);
		const unknown = r.demand.filter((d) => !d.targetKnown);
		expect(unknown).toMatchObject([
			{ family: 'Dsv5-series', vcpus: 2, vms: 1, tiers: ['mars/app'], workloads: ['mars'] },
		]);
		expect(r.demand.at(-1)?.targetKnown).toBe(false);
		expect(targetLabel(unknown[0] ?? r.demand[0]!)).toBe('target not known');
		const total = r.demandByRegion.at(-1);
		expect(total).toMatchObject({ targetKnown: false, vcpus: 2, workloads: ['mars'] });
		expect(total?.text).toMatch(/^Target not known: 2 vCPUs on 1 VM for mars, /);
		expect(total?.text).not.toMatch(/^unknown/);
		// The known region's total is its own, not mixed with the unknown one.
		expect(r.demandByRegion[0]).toMatchObject({ targetKnown: true, vcpus: 4, workloads: ['shop'] });
		expect(r.demandByRegion[0]?.text).toMatch(/: 4 vCPUs in total \(regional quota\) on 1 VM\.$/);
		// Every export reads the same words.
		expect(estateMarkdown(r)).toContain(`- ${total?.text ?? ''}`);
		expect(estateMarkdown(r)).toMatch(/\| target not known \| Dsv5-series \| 1 \| 2 \|/);
	});
});

describe('the recovery order and its conflicts, per source region', () => {
	const outage = (r: EstateReport, region: string) => {
		const o = r.outages.find((x) => x.sourceRegion === region);
		if (o === undefined) throw new Error(`no outage of ${region}`);
		return o;
	};

	it('one outage per source region, each ordered by priority tag, then by RTO target', () => {
		const r = report();
		expect(r.outages.map((o) => [o.sourceRegion, o.knownRegion])).toEqual([
			['northeurope', true],
			['westeurope', true],
			// erp's VMs are in a location the region table does not know: its own outage, last.
			['jioindiawest', false],
		]);
		expect(outage(r, 'westeurope').order.map((o) => [o.position, o.workload, o.by])).toEqual([
			[1, 'shop', 'priority'],
			[2, 'payroll', 'priority'],
			[3, 'intranet', 'rto'],
			[4, 'reporting', 'rto'],
		]);
		// crm (North Europe) is not in West Europe's queue: an outage there does not touch it.
		expect(outage(r, 'northeurope').order.map((o) => [o.position, o.workload])).toEqual([
			[1, 'crm'],
		]);
		expect(outage(r, 'jioindiawest').order.map((o) => o.workload)).toEqual(['erp']);
		for (const o of r.outages)
			for (const step of o.order) expect(step.sourceRegion).toBe(o.sourceRegion);
	});

	const sixWorkloads = (location: (i: number) => string) =>
		vmsOf(
			Array.from({ length: 6 }, (_, i) =>
				syntheticVm(`w${i}-web-01`, {
					workload: `w${i}`,
					tier: 'web',
					location: location(i),
					tags: { rto: '2h', rpo: '1d' },
				}),
			),
		);

	it('finds two workloads of one region that cannot both meet their RTO with one team', () => {
		// Six workloads in one region, each met alone within 2 h; one team validating them one
		// after another is not.
		const r = planEstate(sixWorkloads(() => 'westeurope'));
		const alone = r.workloads.map((w) => w.rto?.typical ?? Infinity);
		expect(Math.max(...alone)).toBeLessThanOrEqual(120);
		const west = outage(r, 'westeurope');
		expect(west.conflicts.length).toBeGreaterThan(0);
		const first = west.conflicts[0];
		expect(first?.sourceRegion).toBe('westeurope');
		expect(first?.backMinutes).toBeGreaterThan(120);
		const late = west.order.find((o) => o.workload === first?.late);
		expect(late?.late).toBe(true);
		expect(west.order[(late?.position ?? 1) - 2]?.workload).toBe(first?.ahead);
		// Back times grow by each workload's validation: the team's time is the rule's only cost.
		for (const [i, o] of west.order.entries())
			if (i > 0)
				expect(o.backMinutes).toBeGreaterThanOrEqual(
					(west.order[i - 1]?.backMinutes ?? 0) + o.teamMinutes,
				);
	});

	it('the same six workloads spread over three regions: no team queue crosses a region', () => {
		const regions = ['westeurope', 'northeurope', 'uksouth'];
		const r = planEstate(sixWorkloads((i) => regions[i % 3] ?? 'westeurope'));
		expect(r.outages.map((o) => o.sourceRegion).sort()).toEqual([...regions].sort());
		for (const o of r.outages) {
			expect(o.order.map((s) => s.position)).toEqual([1, 2]);
			expect(o.conflicts).toEqual([]);
		}
		const together = outage(planEstate(sixWorkloads(() => 'westeurope')), 'westeurope');
		const spread = r.outages.flatMap((o) => o.order);
		// The first two of each region are back no later than in one six-workload queue.
		expect(Math.max(...spread.map((s) => s.backMinutes))).toBeLessThan(
			Math.max(...together.order.map((s) => s.backMinutes)),
		);
	});
});

describe('what the export leaves unsaid is asked, never guessed silently (issue 23, point 1)', () => {
	const vm = (name: string, tier: string, extra: Record<string, unknown>) => {
		const base = syntheticVm(name, { workload: 'w', tier, windows: true });
		return { ...base, ...extra };
	};
	it('a Windows tier whose VMs disagree on Hybrid Benefit: asked, priced without it', () => {
		const r = planEstate(
			vmsOf([vm('web-1', 'web', {}), vm('web-2', 'web', { licenseType: null })]),
		);
		const w = r.workloads[0];
		expect(w?.input?.tiers[0]?.hybridBenefit).toBeUndefined();
		expect(w?.questions).toContainEqual(
			expect.stringMatching(
				/^Does web use Azure Hybrid Benefit\? 1 of its 2 Windows VMs has licenseType Windows_Server \(web-1\), web-2 does not: the tier is priced without it/,
			),
		);
		// Every VM with it, or none: nothing to ask.
		const all = planEstate(vmsOf([vm('web-1', 'web', {}), vm('web-2', 'web', {})]));
		expect(all.workloads[0]?.input?.tiers[0]?.hybridBenefit).toBe(true);
		expect(all.workloads[0]?.questions.some((q) => q.includes('Hybrid Benefit'))).toBe(false);
	});

	it('disks without a storage account type: asked, with the type priced', () => {
		const base = syntheticVm('db-1', { workload: 'w', tier: 'db', dataDisks: [100] });
		const storage = base['storageProfile'] as Record<string, unknown>;
		const bare = {
			...base,
			storageProfile: {
				...storage,
				osDisk: { osType: 'Linux', diskSizeGb: 64, managedDisk: {} },
				dataDisks: [{ lun: 0, diskSizeGb: 100, managedDisk: {} }],
			},
		};
		const r = planEstate(vmsOf([bare]));
		const w = r.workloads[0];
		expect(w?.planned).toBe(true);
		expect(w?.input?.tiers[0]?.diskType).toBeUndefined();
		expect(w?.questions).toContainEqual(
			expect.stringMatching(
				/^Which disk type do db's disks use\? The listing gives no managedDisk\.storageAccountType for disks of db-1: priced as Premium SSD/,
			),
		);
		const typed = planEstate(
			vmsOf([syntheticVm('db-1', { workload: 'w', tier: 'db', dataDisks: [100] })]),
		);
		expect(typed.workloads[0]?.questions.some((q) => q.startsWith('Which disk type'))).toBe(false);
	});
});

describe('an outage without conflicts', () => {
	const step = (workload: string, ready: number, team: number, target: number) => ({
		position: 1,
		workload,
		sourceRegion: 'westeurope',
		by: 'rto' as const,
		rtoTargetMinutes: target,
		readyMinutes: ready,
		teamMinutes: team,
		backMinutes: ready + team,
		late: false,
	});
	it('never says every workload is back within its RTO when one misses it on its own plan', () => {
		const text = noConflictText({
			order: [step('fast', 20, 10, 60), step('slow', 70, 15, 60)],
			conflicts: [],
		});
		expect(text).toMatch(/^No conflicts: /);
		expect(text).toContain('slow misses its RTO on its own plan, whatever the order.');
		expect(text).not.toMatch(/fast misses/);
		expect(noConflictText({ order: [step('fast', 20, 10, 60)], conflicts: [] })).not.toMatch(
			/misses/,
		);
	});
});

describe('bad input still plans the rest (issue 23, point 6)', () => {
	it('a VM in a region the model does not know: asked, planned without a target region', () => {
		const erp = byName(report(), 'erp');
		expect(erp.planned).toBe(true);
		expect(erp.questions[0]).toMatch(
			/^Which region is "jioindiawest" \(2 VMs; closest known names: [a-z0-9]+, [a-z0-9]+, [a-z0-9]+\)\?/,
		);
		for (const name of /closest known names: ([^)]+)\)/
			.exec(erp.questions[0] ?? '')?.[1]
			?.split(', ') ?? [])
			expect(regionByName(name)?.name).toBe(name);
		expect(erp.targetRegion).toBeUndefined();
	});

	it('every unknown location of a workload is asked, each with its VM count and close names', () => {
		const vms = vmsOf([
			syntheticVm('m-1', { workload: 'm', tier: 'app', location: 'westeurope' }),
			syntheticVm('m-2', { workload: 'm', tier: 'app', location: 'westeurope' }),
			syntheticVm('m-6', { workload: 'm', tier: 'app', location: 'westeurope' }),
			syntheticVm('m-3', { workload: 'm', tier: 'app', location: 'westeurop' }),
			syntheticVm('m-4', { workload: 'm', tier: 'app', location: 'marsnorth' }),
			syntheticVm('m-5', { workload: 'm', tier: 'app', location: 'marsnorth' }),
			syntheticVm('n-1', { workload: 'n', tier: 'app', location: 'plutosouth' }),
		]);
		const r = planEstate(vms);
		const m = r.workloads.find((w) => w.name === 'm');
		const asked = m?.questions.find((q) => q.startsWith('Which regions are')) ?? '';
		expect(asked).toMatch(/"marsnorth" \(2 VMs; closest known names: /);
		expect(asked).toMatch(/"westeurop" \(1 VM; closest known names: westeurope, /);
		// Most of m's VMs are in West Europe: planned from there, its target chosen.
		expect(asked).toContain('planned from westeurope');
		expect(m?.sourceRegion).toBe('westeurope');
		const n = r.workloads.find((w) => w.name === 'n');
		expect(n?.questions[0]).toMatch(/^Which region is "plutosouth" \(1 VM; closest known names: /);
		expect(n?.questions[0]).toContain('planned without a source region');
	});

	it('a size the table does not know: asked, that workload not planned, the others are', () => {
		const vms = vmsOf([
			syntheticVm('odd-1', { workload: 'odd', size: 'Standard_NV36ads_A10_v5' }),
			syntheticVm('fine-1', { workload: 'fine' }),
		]);
		const r = planEstate(vms);
		expect(r.workloads.find((w) => w.name === 'odd')).toMatchObject({ planned: false });
		expect(r.workloads.find((w) => w.name === 'odd')?.questions[0]).toMatch(
			/Standard_NV36ads_A10_v5/,
		);
		expect(r.workloads.find((w) => w.name === 'fine')).toMatchObject({ planned: true });
		const answered = planEstate(vms, {
			sizes: { Standard_NV36ads_A10_v5: { vcpu: 36, memoryGiB: 440 } },
		});
		expect(answered.totals.planned).toBe(2);
	});

	it('10,000 VMs: the first workloads up to the limit are planned, the rest listed with a message', () => {
		const vms = vmsOf(syntheticEstate(10_000, 400));
		// A lower limit than the default keeps the test quick; the rule is the same.
		const r = planEstate(vms, { maxVms: 100 });
		expect(r.totals.vms).toBe(10_000);
		expect(r.totals.planned).toBeGreaterThan(0);
		expect(r.workloads).toHaveLength(400);
		const skipped = r.workloads.filter((w) =>
			w.problems.some((p) => p.includes('the most one plan takes')),
		);
		expect(skipped.length).toBeGreaterThan(0);
		expect(r.problems.find((p) => p.scope === 'estate')?.message).toMatch(
			/10,000 VMs; one plan takes at most 100 VMs/,
		);
		// Said once for the estate, not once more per workload past the limit.
		expect(r.problems.filter((p) => p.message.includes('the most one plan takes')).length).toBe(0);
		expect(r.problems.filter((p) => p.message.includes('one plan takes at most'))).toHaveLength(1);
	});

	it('a workload with more tiers than a workload takes is named, the others plan', () => {
		const vms = vmsOf([
			...Array.from({ length: 21 }, (_, i) =>
				syntheticVm(`big-${i}`, { workload: 'big', tier: `t${i}` }),
			),
			syntheticVm('small-1', { workload: 'small' }),
		]);
		const r = planEstate(vms);
		expect(r.problems.find((p) => p.subject === 'big')?.message).toMatch(/21 groups/);
		expect(r.workloads.find((w) => w.name === 'small')?.planned).toBe(true);
	});
});

describe('planEstateSteps', () => {
	it('yields after each workload and returns the report planEstate returns', () => {
		const vms = vmsOf(syntheticEstate(60, 6));
		const steps = planEstateSteps(vms);
		const progress: [number, number][] = [];
		let result = steps.next();
		while (result.done !== true) {
			progress.push([result.value.done, result.value.total]);
			result = steps.next();
		}
		expect(progress).toEqual(Array.from({ length: 6 }, (_, i) => [i + 1, 6]));
		expect(result.value).toEqual(planEstate(vms));
	});

	it('is pure: planning twice gives the same report, and the VMs are not changed', () => {
		const vms = vmsOf(syntheticEstate(40, 5));
		const before = JSON.stringify(vms);
		expect(planEstate(vms)).toEqual(planEstate(vms));
		expect(JSON.stringify(vms)).toBe(before);
	});
});

describe('residency across the estate', () => {
	it('asks about every workload whose target leaves its source’s geography, and only those', () => {
		const r = report();
		const planned = r.workloads.filter(
			(w) => w.sourceRegion !== undefined && w.targetRegion !== undefined,
		);
		expect(planned.length).toBeGreaterThan(0);
		let leaving = 0;
		for (const w of planned) {
			const leaves =
				regionByName(w.sourceRegion ?? '')?.geography !==
				regionByName(w.targetRegion ?? '')?.geography;
			if (leaves) leaving += 1;
			expect(
				w.questions.some((q) => q.includes('outside the source’s geography')),
				`${w.name}: ${w.sourceRegion} → ${w.targetRegion}`,
			).toBe(leaves);
		}
		// West Europe's nearest region by latency, Belgium Central, is in another geography.
		expect(leaving).toBeGreaterThan(0);
	});
});
