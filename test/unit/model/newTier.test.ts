import { describe, expect, it } from 'vitest';
import { newTier, parseWorkload, referenceWorkload } from '~/model/index.ts';

describe('the tier a form adds', () => {
	it('starts from the reference tier of its kind under its own name, every default filled in', () => {
		const web = referenceWorkload.tiers.find((t) => t.kind === 'stateless');
		expect(newTier('tier 3')).toEqual({ ...web, name: 'tier 3' });
		const db = referenceWorkload.tiers.find((t) => t.kind === 'stateful');
		expect(newTier('cache', 'stateful')).toEqual({ ...db, name: 'cache' });
		expect(newTier('tier 3').data).toBe('none');
		expect(newTier('tier 3').dependsOn ?? []).toEqual([]);
	});

	it('is a valid tier beside the reference workload’s', () => {
		const r = parseWorkload({
			...referenceWorkload,
			tiers: [...referenceWorkload.tiers, newTier('tier 3'), newTier('tier 4', 'stateful')],
		});
		expect(r.ok).toBe(true);
	});
});
