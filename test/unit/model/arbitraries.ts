/** fast-check generators for valid workloads, built from the model's own ranges. */
import fc from 'fast-check';
import {
	DATA_SERVICES,
	parseWorkload,
	RANGES,
	referenceWorkloadInput,
	type Workload,
	type WorkloadInput,
} from '~/model/index.ts';

const num = (r: { min: number; max: number; integer: boolean }, max = r.max) =>
	r.integer
		? fc.integer({ min: r.min, max: Math.min(max, r.max) })
		: fc.double({ min: r.min, max: Math.min(max, r.max), noNaN: true, noDefaultInfinity: true });

export const tierArb = (i: number) =>
	fc.oneof(
		fc.record({
			name: fc.constant(`tier${i}`),
			kind: fc.constant('stateless' as const),
			vmCount: num(RANGES.vmCount, 50),
			vcpu: num(RANGES.vcpu, 64),
			disksPerVm: num(RANGES.disksPerVm),
			dataGiB: num(RANGES.dataGiB, 4096),
		}),
		fc.record({
			name: fc.constant(`tier${i}`),
			kind: fc.constant('stateful' as const),
			data: fc.constantFrom(...DATA_SERVICES.filter((d) => d !== 'none')),
			vmCount: num(RANGES.vmCount, 50),
			vcpu: num(RANGES.vcpu, 64),
			disksPerVm: num(RANGES.disksPerVm),
			dataGiB: num(RANGES.dataGiB, 65536),
			dailyChangeGiB: num(RANGES.dailyChangeGiB, 4096),
		}),
	);

/** What a real workload adds to a tier: its own targets, standby size and dependencies. */
const tierExtrasArb = (i: number) =>
	fc
		.record(
			{
				rtoMinutes: num(RANGES.rtoMinutes),
				rpoMinutes: num(RANGES.rpoMinutes),
				drCapacityPercent: num(RANGES.drCapacityPercent),
				// Only earlier tiers, so every generated graph is acyclic.
				dependsOn: fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, i - 1) }), {
					maxLength: i,
				}),
			},
			{ requiredKeys: [] },
		)
		.map((extras) => {
			const { dependsOn, ...rest } = extras;
			return i > 0 && dependsOn !== undefined && dependsOn.length > 0
				? { ...rest, dependsOn: dependsOn.map((d) => `tier${d}`) }
				: rest;
		});

const fullTierArb = (i: number) =>
	fc.tuple(tierArb(i), tierExtrasArb(i)).map(([tier, extras]) => ({ ...tier, ...extras }));

export const workloadArb: fc.Arbitrary<WorkloadInput> = fc
	.integer({ min: 1, max: 4 })
	.chain((n) =>
		fc.record({
			tiers: fc.tuple(...Array.from({ length: n }, (_, i) => fullTierArb(i))),
			configAsCode: fc.boolean(),
			rtoMinutes: num(RANGES.rtoMinutes),
			rpoMinutes: num(RANGES.rpoMinutes),
			appConsistency: fc.boolean(),
			corruptionProtection: fc.boolean(),
			sourceHasPair: fc.boolean(),
			drillsPerYear: num(RANGES.drillsPerYear),
			budgetUsd: fc.option(num(RANGES.budgetUsd, 100000), { nil: undefined }),
			operations: fc.record(
				{
					trigger: fc.constantFrom('people' as const, 'automation' as const),
					detectMinutes: num(RANGES.peopleMinutes),
					declareMinutes: num(RANGES.peopleMinutes),
					validateMinutes: num(RANGES.peopleMinutes),
				},
				{ requiredKeys: [] },
			),
		}),
	)
	.map((w) => {
		const out: Record<string, unknown> = { ...w, tiers: [...w.tiers] };
		if (w.budgetUsd === undefined) delete out['budgetUsd'];
		return out as unknown as WorkloadInput;
	});

/** Parses a generated workload; a generator that makes an invalid one is a bug in the test. */
export function valid(input: WorkloadInput): Workload {
	const r = parseWorkload(input);
	if (!r.ok) throw new Error(`generator made an invalid workload: ${JSON.stringify(r.issues)}`);
	return r.workload;
}

/** The reference workload with some fields replaced, parsed; the patch must make a valid one. */
export function referenceWith(patch: Record<string, unknown>): Workload {
	const r = parseWorkload({ ...referenceWorkloadInput, ...patch });
	if (!r.ok) throw new Error(`invalid reference patch: ${JSON.stringify(r.issues)}`);
	return r.workload;
}

/** The reference workload (web, database) with web waiting for the database. */
export function webAfterDatabase(
	webRto: number,
	databaseRto?: number,
	patch: Record<string, unknown> = {},
): Workload {
	return referenceWith({
		...patch,
		tiers: referenceWith({}).tiers.map((t) =>
			t.name === 'web'
				? { ...t, dependsOn: ['database'], rtoMinutes: webRto }
				: databaseRto === undefined
					? t
					: { ...t, rtoMinutes: databaseRto },
		),
	});
}

/** Every number in a result, with its path, to check none is NaN, infinite or negative. */
export function numbers(value: unknown, path = ''): [string, number][] {
	if (typeof value === 'number') return [[path, value]];
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
}

/** A small two-tier shop (stateless app, replicated SQL VMs) with the given targets. */
export function shopWorkload(rtoMinutes: number, rpoMinutes: number): WorkloadInput {
	return {
		name: 'Shop',
		tiers: [
			{ name: 'app', kind: 'stateless', vmCount: 3, vcpu: 4, disksPerVm: 1, dataGiB: 128 },
			{
				name: 'sql',
				kind: 'stateful',
				data: 'vm-replication',
				vmCount: 2,
				vcpu: 8,
				memoryGiB: 64,
				disksPerVm: 3,
				dataGiB: 1024,
				dailyChangeGiB: 40,
			},
		],
		rtoMinutes,
		rpoMinutes,
	};
}
