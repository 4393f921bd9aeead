import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	parseWorkload,
	recommend,
	referenceWorkload,
	referenceWorkloadInput,
	sensitivity,
	sensitivityText,
	type WorkloadInput,
} from '~/model/index.ts';
import { evaluateTiers, planFromEvaluations } from '~/model/engine/recommend.ts';
import { workloadArb } from './arbitraries.ts';

describe('sensitivity', () => {
	const rows = sensitivity(referenceWorkload);

	it('lists the inputs that move the reference plan, the largest mover first', () => {
		expect(rows.length).toBeGreaterThan(3);
		const weights = rows.map((r) => r.weight);
		expect(weights).toEqual([...weights].sort((a, b) => b - a));
	});

	it('halving the time to declare takes exactly that off the end-to-end RTO', () => {
		const declare = rows.find((r) => r.field === 'operations.declareMinutes');
		expect(declare).toMatchObject({ from: 30, to: 15, rtoMinutes: -15, monthlyUsd: 0 });
	});

	it('says when a tighter target makes a tier switch pattern, and to what', () => {
		const rto = rows.find((r) => r.field === 'rtoMinutes');
		const tighter = recommend({
			...referenceWorkload,
			rtoMinutes: referenceWorkload.rtoMinutes / 2,
		});
		const base = recommend(referenceWorkload);
		const changed = tighter.tiers.filter(
			(t) => t.recommended.key !== base.tiers.find((b) => b.tier === t.tier)?.recommended.key,
		);
		// No row when halving the target moves nothing: then no tier may switch either.
		expect(rto?.switches.map((s) => s.tier) ?? []).toEqual(changed.map((t) => t.tier));
	});

	it('leaves out inputs that move nothing', () => {
		for (const r of rows) {
			expect(r.weight > 0 || r.switches.length > 0).toBe(true);
		}
	});

	it('for any valid workload: finite figures, a real change in each input, the same answer twice', () => {
		fc.assert(
			fc.property(workloadArb, (input: WorkloadInput) => {
				const parsed = parseWorkload(input);
				if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
				const first = sensitivity(parsed.workload);
				for (const r of first) {
					for (const n of [r.from, r.to, r.rtoMinutes, r.rpoMinutes, r.monthlyUsd, r.weight]) {
						expect(Number.isFinite(n)).toBe(true);
					}
					expect(r.to).not.toBe(r.from);
				}
				expect(sensitivity(parsed.workload)).toEqual(first);
			}),
			{ numRuns: 40 },
		);
	});

	it('re-planning only the probed tier gives exactly the plan a full recommend() gives', () => {
		// What makes the sensitivity fast: a tier's options never read another tier, so a probe
		// of one tier reuses the other tiers' evaluations. Any tier, any change of it.
		fc.assert(
			fc.property(
				workloadArb,
				fc.nat(),
				fc.record({
					vmCount: fc.integer({ min: 1, max: 200 }),
					dataGiB: fc.integer({ min: 1, max: 16_384 }),
				}),
				(input: WorkloadInput, pick, change) => {
					const parsed = parseWorkload(input);
					if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
					const w = parsed.workload;
					const at = pick % w.tiers.length;
					const probed = {
						...w,
						tiers: w.tiers.map((t, i) => (i === at ? { ...t, ...change } : t)),
					};
					const reused = evaluateTiers(probed, { from: evaluateTiers(w), except: at });
					expect(planFromEvaluations(probed, reused)).toEqual(recommend(probed));
				},
			),
			{ numRuns: 40 },
		);
	});

	it('doubling data or daily change never shortens the RTO or the RPO', () => {
		const heavy = parseWorkload({
			...referenceWorkloadInput,
			tiers: referenceWorkloadInput.tiers.map((t) => ({ ...t, dataGiB: 4096 })),
		});
		if (!heavy.ok) throw new Error('invalid');
		for (const r of sensitivity(heavy.workload).filter((r) =>
			/dataGiB|dailyChange/.test(r.field),
		)) {
			if (r.switches.length === 0) {
				expect(r.rtoMinutes).toBeGreaterThanOrEqual(0);
				expect(r.rpoMinutes).toBeGreaterThanOrEqual(0);
			}
		}
	});
});

describe('sensitivityText', () => {
	it('reads as a sentence with signed changes and the new choice', () => {
		expect(
			sensitivityText({
				field: 'rtoMinutes',
				label: 'RTO target, halved',
				from: 240,
				to: 120,
				unit: 'minutes',
				rtoMinutes: -51.25,
				rpoMinutes: 0,
				monthlyUsd: 19.56,
				switches: [{ tier: 'database', from: 'A', to: 'Regular disk copies' }],
				weight: 0.7,
			}),
		).toBe(
			'RTO target, halved (240 → 120 minutes): RTO −51 min; cost +US$19.56 a month; database switches to Regular disk copies',
		);
	});
});
