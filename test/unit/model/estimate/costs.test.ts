/**
 * Issue 18: costs a customer can defend. VM sizes and families, operating system and licences,
 * disk types, one data set, average against peak change, routing, transfer by zone, and the
 * meter every cost line names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	candidatesFor,
	evaluateCandidate,
	factNumber,
	parseWorkload,
	recommend,
	type CostLine,
	type Plan,
	type Workload,
	type WorkloadInput,
} from '~/model/index.ts';
import { terraformForWorkload } from '~/model/engine/terraform.ts';
import { valid, workloadArb } from '../arbitraries.ts';

const EXAMPLES = join(import.meta.dirname, '../../../../examples');

function parse(input: unknown): Workload {
	const r = parseWorkload(input);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.workload;
}

const oneTier = (tier: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	parse({
		rtoMinutes: 240,
		rpoMinutes: 60,
		...extra,
		tiers: [{ name: 'db', kind: 'stateful', data: 'vm-plain', vmCount: 2, ...tier }],
	});

const asr = (w: Workload) => {
	const tier = w.tiers[0];
	if (tier === undefined) throw new Error('no tier');
	return evaluateCandidate(w, tier, { patternId: 'site-recovery-a2a' });
};
const lineOf = (lines: readonly CostLine[], label: string) => {
	const l = lines.find((x) => x.label.startsWith(label));
	if (l === undefined) throw new Error(`no line ${label}: ${lines.map((x) => x.label).join('; ')}`);
	return l;
};

/** Every cost line a plan shows: the chosen options', the alternatives' and the rejected ones'. */
function allLines(plan: Plan): CostLine[] {
	return [
		...plan.cost.lines,
		...plan.cost.failedOverDayLines,
		...plan.tiers.flatMap((t) =>
			[t.recommended, ...t.alternatives, ...t.rejected].flatMap((e) => e.cost.lines),
		),
	];
}

function expectMeter(l: CostLine): void {
	const m = l.meter;
	const where = `${l.tier ?? 'plan'}: ${l.label}`;
	expect(m.service, where).not.toBe('');
	expect(m.sku, where).not.toBe('');
	expect(m.unit, where).not.toBe('');
	expect(m.region, where).not.toBe('');
	expect(Number.isFinite(m.quantity) && m.quantity >= 0, where).toBe(true);
	expect(Number.isFinite(m.unitPriceUsd) && m.unitPriceUsd >= 0, where).toBe(true);
	// Re-entered in the pricing calculator, the meter gives the line's cost (to the cent).
	expect(Math.abs(m.quantity * m.unitPriceUsd - l.monthlyUsd), where).toBeLessThan(0.006);
}

describe('every cost line names its meter', () => {
	const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
	it.each(files)('in %s', (file) => {
		const plan = recommend(parse(JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8'))));
		const lines = allLines(plan);
		expect(lines.length).toBeGreaterThan(0);
		for (const l of lines) expectMeter(l);
	});
	it('with the prices’ source and date beside the cost', () => {
		const plan = recommend(parse(JSON.parse(readFileSync(join(EXAMPLES, files[0] ?? ''), 'utf8'))));
		expect(plan.cost.pricesAsOf).toMatchObject({ source: 'estimates', date: '2026-12-07' });
		expect(plan.cost.pricesAsOf.text).toMatch(/estimates .* eastus, made 2026-12-07/);
	});
	it('in the region its words name: a line kept in the source region is metered there', () => {
		const tiers = [
			{ name: 'files', kind: 'stateful', data: 'vm-plain', vmCount: 1, dataGiB: 512 },
			{ name: 'db', kind: 'stateful', data: 'vm-backup', vmCount: 2, dataGiB: 256 },
		];
		const plan = recommend(
			parse({ rtoMinutes: 240, rpoMinutes: 240, sourceRegion: 'uksouth', tiers }),
		);
		const inSource = allLines(plan).filter((l) =>
			`${l.label} ${l.formula}`.includes('in the source region'),
		);
		// Disk copies' base snapshots, Disk Backup's snapshots, Site Recovery's cache account.
		expect(inSource.length).toBeGreaterThanOrEqual(3);
		for (const l of inSource) expect(l.meter.region, l.label).toBe('uksouth');
	});
	it('in generated workloads', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				for (const l of allLines(recommend(valid(input)))) expectMeter(l);
			}),
			{ numRuns: 15 },
		);
	});
});

describe('VM size and family', () => {
	it('takes vCPUs, memory and the family rate from the size table', () => {
		const w = oneTier({ vmSize: 'standard_e8s_v5' });
		expect(w.tiers[0]).toMatchObject({ vmSize: 'Standard_E8s_v5', vcpu: 8, memoryGiB: 64 });
		const drills = lineOf(asr(w).cost.lines, 'Test failovers');
		expect(drills.meter.sku).toContain('Standard_E8s_v5');
		expect(drills.meter.unitPriceUsd).toBeCloseTo(8 * factNumber('vm.family-memory'), 6);
	});
	it('without a size, picks the family by memory per vCPU, labelled as an estimate', () => {
		const compute = asr(oneTier({ vcpu: 8, memoryGiB: 16 }));
		const memory = asr(oneTier({ vcpu: 8, memoryGiB: 64 }));
		const c = lineOf(compute.cost.lines, 'Test failovers');
		const m = lineOf(memory.cost.lines, 'Test failovers');
		expect(c.meter.unitPriceUsd).toBeCloseTo(8 * factNumber('vm.family-compute'), 6);
		expect(m.meter.unitPriceUsd).toBeCloseTo(8 * factNumber('vm.family-memory'), 6);
		expect(m.formula).toContain('estimate');
		expect(m.factIds).toContain('vm.family-memory-ratio');
	});
	it('rejects an unknown size and says how to give vcpu, memoryGiB or hourlyPriceUsd', () => {
		const r = parseWorkload({
			rtoMinutes: 60,
			rpoMinutes: 60,
			tiers: [{ name: 'a', kind: 'stateless', vmCount: 1, vmSize: 'Standard_Z9_v9' }],
		});
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues[0]?.field).toBe('tiers.0.vmSize');
		expect(r.issues[0]?.message).toMatch(/vcpu and memoryGiB.*hourlyPriceUsd/);
	});
	it('keeps the reader’s own hourly price whole', () => {
		const w = oneTier({ vmSize: 'Standard_E8s_v5', os: 'windows', hourlyPriceUsd: 2 });
		expect(lineOf(asr(w).cost.lines, 'Test failovers').meter.unitPriceUsd).toBe(2);
	});
});

describe('a day failed over', () => {
	const fileServer = (dataGiB: number) =>
		parse({
			rtoMinutes: 480,
			rpoMinutes: 240,
			tiers: [
				{
					name: 'files',
					kind: 'stateful',
					data: 'vm-plain',
					vmCount: 1,
					vmSize: 'Standard_D8s_v5',
					os: 'windows',
					diskType: 'standard-ssd',
					dataGiB,
				},
			],
		});
	const day = (w: Workload, patternId: 'disk-copy-interval' | 'site-recovery-a2a') => {
		const tier = w.tiers[0];
		if (tier === undefined) throw new Error('no tier');
		return evaluateCandidate(w, tier, { patternId }).cost;
	};

	it('counts the disks created at failover, at the tier’s disk type, for a day', () => {
		const small = day(fileServer(1), 'disk-copy-interval');
		const large = day(fileServer(20_480), 'disk-copy-interval');
		const perDay = factNumber('disks.standard-ssd-price') / (factNumber('vm.hours-per-month') / 24);
		// One data disk a VM, billed at its size tier: 1 GiB as E1 (4 GiB), 20 TiB as E80.
		expect(large.failedOverDayUsd - small.failedOverDayUsd).toBeCloseTo((32_767 - 4) * perDay, 1);
		expect(large.failedOverDayFormula).toMatch(
			/1 data disk\(s\) E80 \(32,767 GiB\) Standard SSD LRS/,
		);
		expect(small.failedOverDayFormula).toMatch(/1 OS disk\(s\) E10 \(128 GiB\) Standard SSD LRS/);
	});

	it('counts only what Site Recovery’s replica disks did not already cost', () => {
		const w = fileServer(20_480);
		const asrDay = day(w, 'site-recovery-a2a');
		const copyDay = day(w, 'disk-copy-interval');
		// Standard HDD replicas become Standard SSD disks: the difference, not the whole price.
		expect(asrDay.failedOverDayUsd).toBeGreaterThan(
			day(fileServer(1), 'site-recovery-a2a').failedOverDayUsd,
		);
		expect(asrDay.failedOverDayUsd).toBeLessThan(copyDay.failedOverDayUsd);
		expect(asrDay.failedOverDayFormula).toContain('already paid for the replica');
	});

	it('never costs less with more data, for any option of any workload', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const w = valid(input);
				const doubled = { ...w, tiers: w.tiers.map((t) => ({ ...t, dataGiB: t.dataGiB * 2 })) };
				w.tiers.forEach((tier, i) => {
					const big = doubled.tiers[i];
					if (big === undefined) return;
					for (const c of candidatesFor(tier)) {
						const before = evaluateCandidate(w, tier, c).cost.failedOverDayUsd;
						const after = evaluateCandidate(doubled, big, c).cost.failedOverDayUsd;
						expect(after, `${tier.name}: ${c.patternId}`).toBeGreaterThanOrEqual(before - 1e-9);
					}
				});
			}),
			{ numRuns: 10 },
		);
	});
});

describe('drills of a scale set', () => {
	it('start only what does not already run in the secondary', () => {
		const w = parse({
			rtoMinutes: 60,
			rpoMinutes: 60,
			configAsCode: true,
			tiers: [{ name: 'web', kind: 'stateless', vmCount: 40, vmSize: 'Standard_D2s_v5' }],
		});
		const tier = w.tiers[0];
		if (tier === undefined) throw new Error('no tier');
		const drills = (variant: string) =>
			lineOf(
				evaluateCandidate(w, tier, { patternId: 'scale-set-rebuild', variant }).cost.lines,
				'Test failovers',
			).monthlyUsd;
		// Hot runs the whole capacity needed, as active/active does: a drill adds nothing.
		expect(drills('active-active')).toBe(0);
		expect(drills('hot')).toBe(0);
		expect(drills('cold')).toBeGreaterThan(0);
		expect(drills('warm')).toBeGreaterThan(0);
		expect(drills('warm')).toBeLessThan(drills('cold'));
	});
});

describe('operating system and licences', () => {
	const hourly = (tier: Record<string, unknown>) =>
		lineOf(asr(oneTier({ vcpu: 8, memoryGiB: 64, ...tier })).cost.lines, 'Test failovers').meter
			.unitPriceUsd;
	const linux = 8 * factNumber('vm.family-memory');
	const windows = 8 * factNumber('vm.windows-licence-vcpu-hour');
	it('adds the Windows licence, unless Azure Hybrid Benefit brings it', () => {
		expect(hourly({ os: 'windows' })).toBeCloseTo(linux + windows, 6);
		expect(hourly({ os: 'windows', hybridBenefit: true })).toBeCloseTo(linux, 6);
	});
	it('adds the SQL Server licence per vCPU, at least four', () => {
		expect(hourly({ sqlServer: 'enterprise' })).toBeCloseTo(
			linux + 8 * factNumber('vm.sql-enterprise-vcpu-hour'),
			6,
		);
		const small = lineOf(
			asr(oneTier({ vcpu: 2, memoryGiB: 8, sqlServer: 'standard' })).cost.lines,
			'Test failovers',
		);
		expect(small.meter.unitPriceUsd).toBeCloseTo(
			2 * factNumber('vm.family-general') + 4 * factNumber('vm.sql-standard-vcpu-hour'),
			6,
		);
	});
	it('needs no SQL Server licence for a drill with Software Assurance', () => {
		const w = oneTier({ vcpu: 8, memoryGiB: 64, sqlServer: 'enterprise', hybridBenefit: true });
		const drills = lineOf(asr(w).cost.lines, 'Test failovers');
		expect(drills.meter.unitPriceUsd).toBeCloseTo(linux, 6);
		expect(drills.formula).toMatch(/DR testing under Software Assurance/);
		expect(drills.factIds).toContain('licensing.sql-passive-dr-replica');
	});
	it('needs no SQL Server licence for a passive replica, pay-as-you-go or not (all in Azure)', () => {
		for (const hybridBenefit of [false, true]) {
			const w = parse({
				rtoMinutes: 60,
				rpoMinutes: 5,
				tiers: [
					{
						name: 'sql',
						kind: 'stateful',
						data: 'vm-replication',
						vmCount: 2,
						vcpu: 8,
						memoryGiB: 64,
						sqlServer: 'enterprise',
						hybridBenefit,
					},
				],
			});
			const tier = w.tiers[0];
			if (tier === undefined) throw new Error('no tier');
			const e = evaluateCandidate(w, tier, { patternId: 'app-replication' });
			const replica = e.cost.lines.find((l) => l.kind === 'compute');
			expect(replica?.meter.unitPriceUsd, String(hybridBenefit)).toBeCloseTo(linux, 6);
			expect(replica?.formula).toMatch(/passive DR replica, HA\/DR licence type/);
			expect(replica?.factIds).toContain('licensing.sql-passive-dr-replica');
		}
	});
	it('carries the licence into the failed-over day', () => {
		const payg = asr(oneTier({ vcpu: 8, memoryGiB: 64, sqlServer: 'enterprise' }));
		const own = asr(oneTier({ vcpu: 8, memoryGiB: 64 }));
		expect(payg.cost.failedOverDayUsd).toBeCloseTo(
			own.cost.failedOverDayUsd + 2 * 24 * 8 * factNumber('vm.sql-enterprise-vcpu-hour'),
			6,
		);
	});
	it('prices an Azure SQL geo-secondary as a licence-free standby replica', () => {
		const w = parse({
			rtoMinutes: 60,
			rpoMinutes: 5,
			tiers: [{ name: 'db', kind: 'stateful', data: 'paas', vmCount: 1, vcpu: 4 }],
		});
		const tier = w.tiers[0];
		if (tier === undefined) throw new Error('no tier');
		const e = evaluateCandidate(w, tier, { patternId: 'paas-sql-geo', variant: 'failover-group' });
		const l = lineOf(e.cost.lines, 'Geo-secondary');
		expect(l.factIds).toContain('licensing.sql-db-standby-replica');
		expect(l.monthlyUsd).toBeCloseTo(
			4 *
				factNumber('sql.vcore-hour-price') *
				factNumber('sql.standby-compute-share') *
				factNumber('vm.hours-per-month'),
			1,
		);
	});
});

describe('disk types', () => {
	it('prices Site Recovery replicas as Standard HDD by default, as the Terraform creates them', () => {
		const e = asr(oneTier({ dataGiB: 1000 }));
		const l = lineOf(e.cost.lines, 'Replica managed disks (data)');
		// One 1,000 GiB data disk a VM, billed as the 1 TiB tier.
		expect(l.meter.sku).toBe('S30 (1 TiB) Standard HDD LRS');
		expect(l.meter.quantity).toBe(2);
		expect(l.monthlyUsd).toBeCloseTo(2 * 1024 * factNumber('disks.standard-hdd-price'), 2);
		expect(lineOf(e.cost.lines, 'Replica managed disks (OS)').meter.sku).toBe(
			'S4 (32 GiB) Standard HDD LRS',
		);
		expect(e.assumptions.join(' ')).toMatch(/Standard HDD .* until failover .*default/);
	});
	it('uses the replica disk type the tier names', () => {
		const l = lineOf(
			asr(oneTier({ dataGiB: 1000, replicaDiskType: 'premium-ssd' })).cost.lines,
			'Replica managed disks (data)',
		);
		expect(l.meter.sku).toBe('P30 (1 TiB) Premium SSD LRS');
		expect(l.monthlyUsd).toBeCloseTo(2 * 1024 * factNumber('disks.premium-price'), 2);
	});
	it('writes the same replica type into the Terraform', () => {
		const hcl = (extra: Record<string, unknown>) => {
			const r = terraformForWorkload(
				parse({
					rtoMinutes: 120,
					rpoMinutes: 15,
					tiers: [{ name: 'db', kind: 'stateful', data: 'vm-plain', vmCount: 1, ...extra }],
				}),
			);
			return r.ok ? r.hcl : r.message;
		};
		expect(hcl({})).toMatch(/target_replica_disk_type\s*=\s*"Standard_LRS"/);
		expect(hcl({ replicaDiskType: 'premium-ssd' })).toMatch(
			/target_replica_disk_type\s*=\s*"Premium_LRS"/,
		);
	});
	it('rejects an unknown disk type with the accepted values', () => {
		const r = parseWorkload({
			rtoMinutes: 60,
			rpoMinutes: 60,
			tiers: [{ name: 'a', kind: 'stateless', vmCount: 1, diskType: 'premium' }],
		});
		expect(r.ok ? [] : r.issues).toEqual([
			{
				field: 'tiers.0.diskType',
				message: 'must be one of: standard-hdd, standard-ssd, premium-ssd, premium-ssd-v2, ultra',
			},
		]);
	});
});

describe('disks by the size tier they are billed as (review R14)', () => {
	it('drills count their VMs’ OS and data disks for the drills’ hours, as an estimate', () => {
		const w = oneTier({ disksPerVm: 3, dataGiB: 1024 }, { drillsPerYear: 12 });
		const lines = asr(w).cost.lines;
		const data = lineOf(lines, 'Test failover disks (data)');
		const hours = factNumber('ops.drill-hours');
		// 2 VMs × 2 data disks of 512 GiB, billed as P20, for one drill's hours a month.
		expect(data.meter).toMatchObject({ sku: 'P20 (512 GiB) Premium SSD LRS', unit: 'disk-hour' });
		expect(data.meter.quantity).toBeCloseTo(4 * hours, 6);
		expect(data.monthlyUsd).toBeCloseTo(
			(4 * hours * 512 * factNumber('disks.premium-price')) / factNumber('vm.hours-per-month'),
			2,
		);
		expect(data.formula).toContain('estimate: a disk kept part of a month');
		expect(lineOf(lines, 'Test failover disks (OS)').meter.sku).toBe('P4 (32 GiB) Premium SSD LRS');
		const none = asr(oneTier({ disksPerVm: 3, dataGiB: 1024 }, { drillsPerYear: 0 })).cost.lines;
		expect(none.some((l) => l.label.startsWith('Test failover disks'))).toBe(false);
	});
	it('an application replica runs with its OS disk, on a line of its own', () => {
		const w = oneTier({ data: 'vm-replication', os: 'windows', disksPerVm: 2, dataGiB: 600 });
		const tier = w.tiers[0];
		if (tier === undefined) throw new Error('no tier');
		const lines = evaluateCandidate(w, tier, { patternId: 'app-replication' }).cost.lines;
		expect(lineOf(lines, 'Replica VM disks (OS)').meter).toMatchObject({
			sku: 'P10 (128 GiB) Premium SSD LRS',
			quantity: 2,
		});
		expect(lineOf(lines, 'Replica VM disks (OS)').factIds).toContain('disks.os-disk-windows');
		expect(lineOf(lines, 'Replica VM disks (data)').meter).toMatchObject({
			sku: 'P30 (1 TiB) Premium SSD LRS',
			quantity: 2,
		});
	});
});

describe('one data set', () => {
	const transfer = (dataSet: string, patternId: 'app-replication' | 'site-recovery-a2a') => {
		const w = oneTier({ data: 'vm-replication', dataSet, dailyChangeGiB: 100 });
		const tier = w.tiers[0];
		if (tier === undefined) throw new Error('no tier');
		const e = evaluateCandidate(w, tier, { patternId });
		return e.cost.lines.filter((l) => l.kind === 'transfer').reduce((s, l) => s + l.monthlyUsd, 0);
	};
	it('moves a shared data set once with application replication', () => {
		expect(transfer('shared', 'app-replication')).toBeCloseTo(
			transfer('per-vm', 'app-replication') / 2,
			1,
		);
	});
	it('still replicates every VM’s disks with Site Recovery', () => {
		expect(transfer('shared', 'site-recovery-a2a')).toBe(transfer('per-vm', 'site-recovery-a2a'));
	});
});

describe('average against peak', () => {
	it('estimates the daily change from the peak with a duty factor, never peak × 24 h', () => {
		const e = asr(oneTier({ churnMBps: 10 }));
		const l = lineOf(e.cost.lines, 'Replicated changes');
		// 10 MB/s is 10^7 bytes a second: 864 GB a day held all day, so 864 GB × the duty factor,
		// billed per GB (a megabyte is 10^6 bytes, not a MiB: cost review C7).
		const gbAllDay = (10 * 86_400) / 1000;
		const gb = (gbAllDay * factNumber('network.churn-duty-factor')) / 100;
		expect(l.formula).toContain('peak of 10 MB/s');
		expect(l.factIds).toContain('network.churn-duty-factor');
		expect(l.meter.quantity).toBeCloseTo(gb * 2 * (730 / 24), 3);
	});
});

describe('routing and transfer zones', () => {
	const input = (extra: Partial<WorkloadInput>): WorkloadInput => ({
		rtoMinutes: 240,
		rpoMinutes: 60,
		tiers: [{ name: 'web', kind: 'stateless', vmCount: 2 }],
		...extra,
	});
	it('prices Traffic Manager health checks and the queries given', () => {
		const plan = recommend(parse(input({ routing: { requestsMillionsPerMonth: 100 } })));
		const routing = plan.cost.lines.filter((l) => l.kind === 'routing');
		expect(routing.map((l) => l.label)).toEqual([
			'Traffic Manager health checks',
			'Traffic Manager DNS queries',
		]);
		expect(plan.cost.byKind.routing).toBeCloseTo(
			2 * factNumber('traffic.tm-health-check-price') +
				100 * factNumber('traffic.tm-queries-price'),
			2,
		);
	});
	it('prices a Front Door profile', () => {
		const plan = recommend(parse(input({ routing: { router: 'front-door' } })));
		expect(plan.cost.byKind.routing).toBe(factNumber('traffic.fd-base-fee'));
	});
	it('counts routing against the budget', () => {
		const free = recommend(parse(input({})));
		const tight = recommend(parse(input({ budgetUsd: free.cost.monthlyUsd - 0.5 })));
		expect(tight.status).toBe('over-budget');
	});
	it('prices transfer out of the Middle East at its own zone’s rate', () => {
		const w = oneTier(
			{ dailyChangeGiB: 10 },
			{ sourceRegion: 'qatarcentral', targetRegion: 'uaenorth' },
		);
		const l = lineOf(asr(w).cost.lines, 'Replicated changes');
		expect(l.meter.unitPriceUsd).toBe(factNumber('network.transfer-price-asia'));
		expect(l.meter.region).toBe('qatarcentral to uaenorth');
	});
});
