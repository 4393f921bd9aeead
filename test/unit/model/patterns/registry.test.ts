import { describe, expect, it } from 'vitest';
import {
	candidateKey,
	candidatesFor,
	decisionTree,
	getPattern,
	hasEstimator,
	PATTERN_IDS,
	patterns,
	referenceWorkload,
} from '~/model/index.ts';
import { findOption, optionsFor, patternModule } from '~/model/patterns/index.ts';

describe('the pattern registry', () => {
	it('has one module per id, whose definition carries that id', () => {
		expect(patterns.map((p) => p.id)).toEqual([...PATTERN_IDS]);
		for (const id of PATTERN_IDS) expect(patternModule(id).definition.id).toBe(id);
	});

	it('offers only options whose pattern has an estimator and declares the variant', () => {
		for (const id of PATTERN_IDS) {
			const { options = [], definition } = patternModule(id);
			if (options.length > 0) expect(hasEstimator(id), id).toBe(true);
			for (const o of options) {
				if (o.variant !== undefined)
					expect(
						definition.variants?.map((v) => v.id),
						id,
					).toContain(o.variant);
				expect(findOption(id, o.variant)?.patternId).toBe(id);
			}
		}
	});

	it('gives every kind of tier candidates, without duplicates', () => {
		const stateless = referenceWorkload.tiers.find((t) => t.kind === 'stateless');
		if (stateless === undefined) throw new Error('reference workload has no stateless tier');
		for (const tier of [
			stateless,
			{ ...stateless, kind: 'stateful' as const, data: 'vm-plain' as const },
			{ ...stateless, kind: 'stateful' as const, data: 'paas' as const },
		]) {
			const candidates = candidatesFor(tier);
			const keys = candidates.map((c) => candidateKey(c));
			expect(keys.length).toBeGreaterThan(0);
			expect(new Set(keys).size).toBe(keys.length);
			// Each option once, and once more with a capacity reservation if its VMs are created at failover.
			const options = optionsFor(tier);
			expect(candidates.filter((c) => c.reserveCapacity !== true).length).toBe(options.length);
			expect(candidates.filter((c) => c.reserveCapacity === true).length).toBe(
				options.filter((o) => o.createdAtFailover).length,
			);
		}
	});

	it('leads the decision tree to each outcome a module declares', () => {
		const targets = new Set(
			decisionTree.nodes.flatMap((n) => (n.kind === 'question' ? [n.yes, n.no] : [])),
		);
		for (const n of decisionTree.nodes) {
			if (n.kind !== 'outcome') continue;
			expect(targets.has(n.id), n.id).toBe(true);
			expect(getPattern(n.patternId).id).toBe(n.patternId);
		}
	});
});
