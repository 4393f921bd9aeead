import { describe, expect, it } from 'vitest';
import {
	chooseInterval,
	copyMinutes,
	copyRange,
	dailyChangeGiB,
	evaluateCandidate,
	formatFact,
	formatMinutes,
	formatMinutesApart,
	formatUsd,
	hourlyPrice,
	intervalRpo,
	parseWorkload,
	recommend,
	referenceWorkload,
	referenceWorkloadInput,
	renderFactText,
	resolvePrices,
	routingArithmetic,
	type Workload,
} from '~/model/index.ts';
import { evaluateTiers, planFromEvaluations } from '~/model/engine/recommend.ts';
import { referenceWith } from '../arbitraries.ts';

describe('formatting', () => {
	it('formats durations for people', () => {
		expect(formatMinutes(0)).toBe('0 min');
		expect(formatMinutes(0.5)).toBe('30 s');
		expect(formatMinutes(45)).toBe('45 min');
		expect(formatMinutes(90)).toBe('1 h 30 min');
		expect(formatMinutes(120)).toBe('2 h');
		expect(formatMinutes(2 * 24 * 60)).toBe('2 d');
		expect(formatMinutes(36 * 60)).toBe('36 h');
	});
	it('formats a near miss to the second, so the two durations never read the same', () => {
		expect(formatMinutesApart(15 + 4 / 60, 15)).toEqual(['15 min 4 s', '15 min 0 s']);
		expect(formatMinutesApart(90, 15)).toEqual(['1 h 30 min', '15 min']);
		const reasons = recommend(referenceWith({ rpoMinutes: 15 }))
			.tiers.flatMap((t) => t.rejected)
			.flatMap((e) => e.rejections.map((r) => r.reason));
		expect(reasons.length).toBeGreaterThan(0);
		for (const reason of reasons) {
			const m = /of (.+?) misses your (.+?) target/.exec(reason);
			if (m !== null) expect(m[1]).not.toBe(m[2]);
		}
	});
	it('formats money', () => {
		expect(formatUsd(25)).toBe('US$25.00');
		expect(formatUsd(1234.5)).toBe('US$1,235');
	});
	it('formats facts with ranges and renders fact references', () => {
		expect(formatFact({ value: 10, unit: 'min', range: { low: 5, high: 30 } })).toBe(
			'10 min (range 5 min to 30 min)',
		);
		expect(renderFactText('every {fact:asr.crash-point-interval}')).toBe('every 5 min');
	});
});

describe('copy and interval formulas', () => {
	it('copies 100 GiB at 100 MB/s in 1024/60 minutes', () => {
		expect(copyMinutes(100, 100)).toBeCloseTo((100 * 1024) / 100 / 60, 10);
		expect(copyMinutes(0, 100)).toBe(0);
	});
	it('uses the fastest throughput for the lowest time', () => {
		const r = copyRange(100, 'ops.copy-throughput');
		expect(r.low).toBeCloseTo(copyMinutes(100, 200));
		expect(r.typical).toBeCloseTo(copyMinutes(100, 100));
		expect(r.high).toBeCloseTo(copyMinutes(100, 50));
	});
	it('adds the copy of an interval’s changes to the interval', () => {
		// 144 GiB a day over 60 min = 6 GiB; at 100 MB/s = 6*1024/100/60 min.
		expect(intervalRpo(60, 144, 'ops.copy-throughput').typical).toBeCloseTo(
			60 + (6 * 1024) / 100 / 60,
		);
	});
	it('chooses the longest interval whose RPO fits the target', () => {
		expect(chooseInterval(60, [15, 30, 60, 120], 0)).toBe(60);
		expect(chooseInterval(60, [15, 30, 60, 120], 144)).toBe(30);
		expect(chooseInterval(1, [15, 30], 0)).toBe(15);
	});
});

describe('routing arithmetic', () => {
	it('follows Traffic Manager: interval × (failures + 1), then up to one TTL', () => {
		const a = routingArithmetic({
			router: 'traffic-manager',
			probeIntervalSeconds: 30,
			toleratedFailures: 3,
			ttlSeconds: 300,
		});
		expect(a.detectionSeconds).toBe(120);
		expect(a.range).toEqual({ low: 2, typical: 4.5, high: 7 });
	});
	it('ignores client TTL for Front Door', () => {
		const a = routingArithmetic({
			router: 'front-door',
			probeIntervalSeconds: 30,
			toleratedFailures: 3,
			ttlSeconds: 300,
		});
		expect(a.range.typical).toBe(2.5);
		expect(a.cacheSeconds).toBe(0);
	});
});

describe('prices', () => {
	it('defaults to the facts and takes overrides', () => {
		expect(resolvePrices(referenceWorkload).asrInstance).toMatchObject({
			usd: 25,
			factId: 'asr.instance-price',
		});
		const own = resolvePrices(referenceWith({ prices: { asrInstanceUsd: 30 } })).asrInstance;
		expect(own.usd).toBe(30);
		expect(own.factId).toBeUndefined();
	});
	it('prices a VM by vCPU at its family’s rate unless an hourly price is given', () => {
		const tier = referenceWorkload.tiers[1]!;
		// 8 vCPUs with 64 GiB: 8 GiB per vCPU, the memory-optimised rate.
		expect(hourlyPrice(tier, resolvePrices(referenceWorkload)).usd).toBeCloseTo(8 * 0.063);
		expect(
			hourlyPrice({ ...tier, hourlyPriceUsd: 1.5 }, resolvePrices(referenceWorkload)).usd,
		).toBe(1.5);
	});
	it('assumes 5% daily change for a stateful tier without one', () => {
		const tier = { ...referenceWorkload.tiers[1]! };
		delete tier.dailyChangeGiB;
		expect(dailyChangeGiB(tier).gib).toBeCloseTo(tier.dataGiB * 0.05);
		expect(dailyChangeGiB(referenceWorkload.tiers[0]!).gib).toBe(0);
	});
});

describe('an evaluation', () => {
	const db = referenceWorkload.tiers[1]!;
	const e = evaluateCandidate(referenceWorkload, db, { patternId: 'site-recovery-a2a' });
	it('sums its cost lines and its steps', () => {
		expect(e.cost.monthlyUsd).toBeCloseTo(
			e.cost.lines.reduce((s, l) => s + l.monthlyUsd, 0),
			1,
		);
		expect(e.rto.total.typical).toBeCloseTo(
			e.rto.steps.reduce((s, x) => s + x.minutes.typical, 0),
			1,
		);
	});
	it('marks the step with the largest typical time as dominant', () => {
		const max = Math.max(...e.rto.steps.map((s) => s.minutes.typical));
		expect(e.rto.steps[e.rto.dominant]?.minutes.typical).toBe(max);
	});
	it('charges the Site Recovery fee per protected instance', () => {
		const licence = e.cost.lines.find((l) => l.kind === 'licence');
		expect(licence?.monthlyUsd).toBe(db.vmCount * 25);
	});
	it('gives Site Recovery the 5-minute crash-consistent RPO', () => {
		expect(e.rpo.minutes.typical).toBe(5);
	});
});

describe("the team's own times for the people steps", () => {
	const base = referenceWith({});
	// The same options as the base plan, so only the people steps differ: with more slack the
	// engine may take a cheaper option of the same status (scheduleChoice.ts).
	const sameOptions = (w: Workload) => {
		const chosen = recommend(base).tiers.map((t) => t.recommended.key);
		return planFromEvaluations(
			w,
			evaluateTiers(w).map((list, i) => list.filter((e) => e.key === chosen[i])),
			{ upgradeForOrder: false },
		).rto.total.typical;
	};
	const planOf = (operations: Record<string, number>) => sameOptions(referenceWith({ operations }));

	it('replace the estimates minute for minute on the critical path', () => {
		const before = sameOptions(base);
		expect(planOf({ declareMinutes: 0 })).toBeCloseTo(before - 30, 5);
		expect(planOf({ detectMinutes: 10, declareMinutes: 30, validateMinutes: 15 })).toBeCloseTo(
			before,
			5,
		);
	});

	it('say in the step that the time is the team’s, not ours', () => {
		const steps = recommend(referenceWith({ operations: { declareMinutes: 5 } })).rto.steps;
		const declare = steps.find((s) => s.kind === 'declare');
		expect(declare?.minutes.typical).toBe(5);
		expect(declare?.formula).toMatch(/Your time: 5 min, in place of our estimate of 30 min/);
	});

	it('flag a trap when the people steps alone use up the RTO target, and not otherwise', () => {
		const tight = recommend(referenceWith({ rtoMinutes: 30 }));
		expect(tight.traps.map((t) => t.id)).toContain('people-steps');
		expect(tight.traps.find((t) => t.id === 'people-steps')?.text).toMatch(/about 55 min/);
		const fast = recommend(
			referenceWith({
				rtoMinutes: 30,
				operations: { detectMinutes: 2, declareMinutes: 0, validateMinutes: 5 },
			}),
		);
		expect(fast.traps.map((t) => t.id)).not.toContain('people-steps');
		expect(fast.status).toBe('meets');
	});

	it('reject a negative time, naming the field and the range', () => {
		const r = parseWorkload({ ...referenceWorkloadInput, operations: { declareMinutes: -1 } });
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.issues).toEqual([
				{
					field: 'operations.declareMinutes',
					message: 'must be a number from 0 to 1,440 (minutes)',
				},
			]);
		}
	});
});

describe('regular disk copies of a VM with several disks', () => {
	const copies = (disksPerVm: number) => {
		const w = referenceWith({
			rpoMinutes: 15,
			tiers: [
				{
					name: 'db',
					kind: 'stateful',
					data: 'vm-plain',
					vmCount: 1,
					disksPerVm,
					dataGiB: 256,
					dailyChangeGiB: 10,
				},
			],
		});
		const tier = w.tiers[0];
		if (tier === undefined) throw new Error('no tier');
		return evaluateCandidate(w, tier, { patternId: 'disk-copy-interval' });
	};

	it('are taken no more often than restore points allow, since only they keep the disks together', () => {
		const multi = copies(3);
		expect(multi.rpo.minutes.typical).toBeGreaterThanOrEqual(60);
		expect(multi.rpo.factIds).toContain('disks.restore-point-crash-interval');
		expect(multi.assumptions.join(' ')).toMatch(
			/restore points, so all its disks share one moment/,
		);
	});

	it('may run every quarter hour on a single-disk VM', () => {
		const single = copies(1);
		expect(single.rpo.minutes.typical).toBeLessThan(20);
		expect(single.rpo.factIds).not.toContain('disks.restore-point-crash-interval');
	});
});
