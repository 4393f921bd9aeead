import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCandidate, intervalRpo, recommend } from '~/model/index.ts';
import { numbers, valid, workloadArb } from './arbitraries.ts';

const RUNS = 150;

describe('recommend, for any valid workload', () => {
	it('never yields NaN, Infinity or a negative figure', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const plan = recommend(valid(input));
				for (const [path, n] of numbers(plan)) {
					expect(Number.isFinite(n), path).toBe(true);
					// Shortfalls and margins are signed: a margin below zero is a target beyond reach.
					if (!/(byMinutes|[mM]arginMinutes|extraUsd)$/.test(path))
						expect(n, path).toBeGreaterThanOrEqual(0);
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it('always gives a plan, or says none meets and shows the nearest', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const plan = recommend(valid(input));
				expect(plan.tiers.length).toBe(input.tiers.length);
				for (const t of plan.tiers) expect(t.recommended.name).not.toBe('');
				if (plan.status === 'none-meets') {
					expect(plan.headline).toMatch(
						/^(No option meets|Each tier meets its targets on its own)/,
					);
					expect(
						plan.tiers.some(
							(t) =>
								(!t.meetsTargets && (t.nearest.length > 0 || t.rejected.length > 0)) ||
								!t.meetsInOrder,
						),
					).toBe(true);
				} else {
					expect(plan.tiers.every((t) => t.meetsTargets && t.meetsInOrder)).toBe(true);
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it('never gets dearer when a target is loosened', () => {
		fc.assert(
			fc.property(
				workloadArb,
				fc.double({ min: 1, max: 10, noNaN: true }),
				fc.boolean(),
				(input, factor, rto) => {
					const before = recommend(valid(input));
					if (before.status === 'none-meets') return;
					const looser = rto
						? { ...input, rtoMinutes: Math.min(43_200, input.rtoMinutes * factor) }
						: { ...input, rpoMinutes: Math.min(43_200, input.rpoMinutes * factor) };
					const after = recommend(valid(looser));
					expect(after.status).not.toBe('none-meets');
					expect(after.cost.monthlyUsd).toBeLessThanOrEqual(before.cost.monthlyUsd + 1e-6);
				},
			),
			{ numRuns: RUNS },
		);
	});

	it('is deterministic', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				expect(recommend(valid(input))).toEqual(recommend(valid(input)));
			}),
			{ numRuns: 50 },
		);
	});
});

describe('monotonic formulas', () => {
	it('more data never shortens a restore or copy', () => {
		fc.assert(
			fc.property(
				workloadArb,
				fc.double({ min: 1.01, max: 50, noNaN: true }),
				fc.constantFrom('azure-backup', 'app-backup-shipping'),
				(input, factor, patternId) => {
					const w = valid(input);
					const tier = w.tiers.find((t) => t.kind === 'stateful' && t.data !== 'paas');
					if (tier === undefined) return;
					const bigger = { ...tier, dataGiB: Math.min(2_097_152, tier.dataGiB * factor) };
					const step = (t: typeof tier) =>
						evaluateCandidate(w, t, { patternId }).rto.steps.find((s) => s.kind === 'restore')
							?.minutes.typical ?? 0;
					expect(step(bigger)).toBeGreaterThanOrEqual(step(tier));
				},
			),
			{ numRuns: RUNS },
		);
	});

	it('a longer backup interval never improves the RPO', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1, max: 1440, noNaN: true }),
				fc.double({ min: 0, max: 1440, noNaN: true }),
				fc.double({ min: 0, max: 10000, noNaN: true }),
				(interval, extra, change) => {
					expect(
						intervalRpo(interval + extra, change, 'ops.copy-throughput').typical,
					).toBeGreaterThanOrEqual(intervalRpo(interval, change, 'ops.copy-throughput').typical);
				},
			),
		);
	});
});
