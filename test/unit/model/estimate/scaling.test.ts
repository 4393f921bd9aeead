import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateTiers } from '~/model/engine/recommend.ts';
import { factSpread } from '~/model/facts/factRegistry.ts';
import type { Evaluation } from '~/model/engine/evaluate.ts';
import type { RtoStep } from '~/model/kit/types.ts';
import { RANGES } from '~/model/schema/workloadValues.ts';
import type { Workload, WorkloadInput } from '~/model/index.ts';
import { valid, workloadArb } from '../arbitraries.ts';

const EXAMPLES = [
	'a-web-chef-sql-paas.json',
	'b-sql-vm-app-tier.json',
	'c-multi-disk-db.json',
	'd-loose-targets-tight-budget.json',
	'e-rpo-seconds.json',
];
const example = (file: string): WorkloadInput =>
	JSON.parse(
		readFileSync(new URL(`../../../../examples/${file}`, import.meta.url), 'utf8'),
	) as WorkloadInput;

type Growth = 'vmCount' | 'disksPerVm' | 'dataGiB';

/** The workload with one tier grown in one way, within the field's accepted range. */
function grown(input: WorkloadInput, tier: number, what: Growth, by: number): WorkloadInput {
	const tiers = input.tiers.map((t, i) => {
		if (i !== tier) return t;
		const parsed = valid(input).tiers[i];
		if (parsed === undefined) return t;
		const now = parsed[what];
		const max = RANGES[what].max;
		const next = what === 'dataGiB' ? Math.min(max, now * (1 + by)) : Math.min(max, now + by);
		return { ...t, [what]: next };
	});
	return { ...input, tiers };
}

/** Each option of each tier by its key. */
function byKey(w: Workload): Map<string, Evaluation> {
	const out = new Map<string, Evaluation>();
	evaluateTiers(w).forEach((evs, i) => {
		for (const e of evs) out.set(`${i}:${e.key}`, e);
	});
	return out;
}

function neverShorter(before: WorkloadInput, after: WorkloadInput): void {
	const x = byKey(valid(before));
	const y = byKey(valid(after));
	for (const [key, e] of x) {
		const f = y.get(key);
		if (f === undefined) continue;
		for (const bound of ['low', 'typical', 'high'] as const)
			expect(f.rto.total[bound], `${key} ${bound}`).toBeGreaterThanOrEqual(
				e.rto.total[bound] - 1e-9,
			);
	}
}

const growthArb = fc.record({
	what: fc.constantFrom<Growth>('vmCount', 'disksPerVm', 'dataGiB'),
	by: fc.integer({ min: 1, max: 200 }),
	tier: fc.nat(),
});

describe('times that scale', () => {
	it('more VMs, disks or data on a tier never make an option’s RTO shorter (examples)', () => {
		for (const file of EXAMPLES) {
			const input = example(file);
			input.tiers.forEach((_, i) => {
				for (const what of ['vmCount', 'disksPerVm', 'dataGiB'] as const)
					for (const by of [1, 7, 39]) neverShorter(input, grown(input, i, what, by));
			});
		}
	});

	it('more VMs, disks or data on a tier never make an option’s RTO shorter (any workload)', () => {
		fc.assert(
			fc.property(workloadArb, growthArb, (input, g) => {
				const tier = g.tier % input.tiers.length;
				neverShorter(input, grown(input, tier, g.what, g.by));
			}),
			{ numRuns: 40 },
		);
	});
});

/** One tier's evaluations for a single-tier workload. */
function options(tier: Record<string, unknown>, extra: Record<string, unknown> = {}): Evaluation[] {
	const w = valid({
		name: 'scaling',
		rtoMinutes: 600,
		rpoMinutes: 1440,
		configAsCode: true,
		tiers: [{ name: 't', ...tier }],
		...extra,
	} as unknown as WorkloadInput);
	return [...(evaluateTiers(w)[0] ?? [])];
}
const stepOf = (evs: Evaluation[], key: string, kind: RtoStep['kind'], n = 0): RtoStep => {
	const e = evs.find((x) => x.key === key);
	const s = e?.rto.steps.filter((x) => x.kind === kind && x.tier === 't')[n];
	if (s === undefined) throw new Error(`no ${kind} step for ${key}`);
	return s;
};
const tail = (count: number) => factSpread('ops.parallel-tail').typical * Math.log2(count);

describe('how each step grows', () => {
	const db = { kind: 'stateful', data: 'vm-plain', disksPerVm: 2 };
	it('Site Recovery: one recovery-plan group in parallel, the job grows by the slowest disk only', () => {
		const one = stepOf(options({ ...db, vmCount: 1 }), 'site-recovery-a2a', 'restore');
		const forty = stepOf(options({ ...db, vmCount: 40 }), 'site-recovery-a2a', 'restore');
		expect(forty.minutes.typical - one.minutes.typical).toBeCloseTo(tail(80) - tail(2), 1);
		expect(forty.formula).toMatch(/40 VMs in 1 recovery-plan group, failed over in parallel/);
		expect(forty.formula).toMatch(/80 disks in parallel: \+\d+ min for the slowest/);
		const many = stepOf(options({ ...db, vmCount: 250 }), 'site-recovery-a2a', 'restore');
		expect(many.formula).toMatch(/250 VMs in 3 recovery plans of up to 100 VMs/);
		const boot = stepOf(options({ ...db, vmCount: 40 }), 'site-recovery-a2a', 'boot');
		expect(boot.minutes.typical).toBeCloseTo(factSpread('ops.boot').typical + tail(40), 1);
		expect(boot.formula).toMatch(/40 VMs in parallel/);
	});
	it('a replica’s promotion grows with what is written during the lag, not with the data', () => {
		const small = stepOf(
			options({ ...db, data: 'vm-replication', vmCount: 2, dataGiB: 20, dailyChangeGiB: 1 }),
			'app-replication/full',
			'restore',
		);
		const large = stepOf(
			options({ ...db, data: 'vm-replication', vmCount: 2, dataGiB: 2048, dailyChangeGiB: 1 }),
			'app-replication/full',
			'restore',
		);
		expect(large.minutes).toEqual(small.minutes);
		expect(large.formula).toMatch(/2,048 GiB of data is not replayed/);
		const busy = stepOf(
			options({ ...db, data: 'vm-replication', vmCount: 2, dataGiB: 2048, churnMBps: 40 }),
			'app-replication/full',
			'restore',
		);
		expect(busy.minutes.high).toBeGreaterThan(large.minutes.high + 10);
		expect(large.factIds).toContain('sql.ag-failover-time');
	});
	it('restores grow with each VM’s data; restore jobs run in parallel', () => {
		const evs = (dataGiB: number, vmCount: number) =>
			options({ ...db, data: 'vm-backup', vmCount, dataGiB }, { sourceRegion: 'westeurope' });
		const a = stepOf(evs(100, 2), 'azure-backup', 'restore');
		const b = stepOf(evs(1000, 2), 'azure-backup', 'restore');
		expect(b.minutes.typical - tail(2)).toBeCloseTo((a.minutes.typical - tail(2)) * 10, 1);
		const c = stepOf(evs(100, 32), 'azure-backup', 'restore');
		expect(c.minutes.typical - a.minutes.typical).toBeCloseTo(tail(32) - tail(2), 1);
		expect(c.formula).toMatch(/32 restore jobs in parallel/);
		const app = (dataGiB: number) =>
			stepOf(
				options({ kind: 'stateful', data: 'vm-backup', vmCount: 1, dataGiB }),
				'app-backup-shipping',
				'restore',
			);
		expect(app(1000).minutes.typical).toBeCloseTo(app(100).minutes.typical * 10, 1);
	});
	it('VMs made from an image come in waves of 20 per replica; disks from copies count each disk', () => {
		const web = (vmCount: number) =>
			stepOf(options({ kind: 'stateless', vmCount, disksPerVm: 1 }), 'captured-image', 'provision');
		expect(web(60).minutes.typical).toBeCloseTo(factSpread('ops.provision').typical + tail(60), 1);
		expect(web(61).minutes.typical).toBeCloseTo(
			2 * (factSpread('ops.provision').typical + tail(60)),
			1,
		);
		expect(web(61).formula).toMatch(/61 VMs take 2 waves of up to 60/);
		const copies = stepOf(
			options({ ...db, vmCount: 10, disksPerVm: 4 }, { rpoMinutes: 1440 }),
			'disk-copy-interval',
			'provision',
		);
		expect(copies.formula).toMatch(/40 disks in parallel/);
	});
	it('scale sets: the instances created and configured at failover set the tail', () => {
		const cold = (vmCount: number) =>
			options({ kind: 'stateless', vmCount }).find((e) => e.key === 'scale-set-rebuild/cold');
		const few = cold(2)?.rto.total.typical ?? 0;
		const many = cold(200)?.rto.total.typical ?? 0;
		expect(many - few).toBeCloseTo(2 * (tail(200) - tail(2)), 1);
	});
	it('switching traffic does not depend on the tier’s size, and says so', () => {
		const s = options({ kind: 'stateless', vmCount: 500 })[0]?.rto.steps.find(
			(x) => x.kind === 'traffic',
		);
		expect(s?.formula).toMatch(/The same for any number of VMs/);
	});
});
