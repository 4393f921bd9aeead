import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_SERVICES, parseWorkload, referenceWorkloadInput, TIER_KINDS } from '~/model/index.ts';
import { coupleTierAnswers, STATEFUL_DEFAULT_DATA } from '~/components/widgets/tierKind.ts';

describe('coupling a tier’s kind and data answers', () => {
	it('clears the data of a tier made stateless, and gives a stateful tier somewhere for it', () => {
		expect(coupleTierAnswers('kind', 'stateless', 'vm-replication')).toEqual({
			kind: 'stateless',
			data: 'none',
		});
		expect(coupleTierAnswers('kind', 'stateful', 'none')).toEqual({
			kind: 'stateful',
			data: 'vm-plain',
		});
		expect(coupleTierAnswers('kind', 'stateful', 'paas')).toEqual({
			kind: 'stateful',
			data: 'paas',
		});
	});

	it('covers exactly the model’s kinds and data services', () => {
		expect(DATA_SERVICES).toContain(STATEFUL_DEFAULT_DATA);
		expect(DATA_SERVICES).toContain('none');
		expect([...TIER_KINDS].sort()).toEqual(['stateful', 'stateless']);
	});

	it('follows the data answer with the kind', () => {
		expect(coupleTierAnswers('data', 'stateless', 'paas')).toEqual({
			kind: 'stateful',
			data: 'paas',
		});
		expect(coupleTierAnswers('data', 'stateful', 'none')).toEqual({
			kind: 'stateless',
			data: 'none',
		});
	});

	it('always yields a pair the schema accepts, and keeps the answer just given', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('kind' as const, 'data' as const),
				fc.constantFrom(...TIER_KINDS),
				fc.constantFrom(...DATA_SERVICES),
				(changed, kind, data) => {
					const next = coupleTierAnswers(changed, kind, data);
					if (changed === 'kind') expect(next.kind).toBe(kind);
					else expect(next.data).toBe(data);
					const tier = { ...referenceWorkloadInput.tiers[0]!, ...next };
					const parsed = parseWorkload({ ...referenceWorkloadInput, tiers: [tier] });
					expect(parsed.ok).toBe(true);
				},
			),
		);
	});
});
