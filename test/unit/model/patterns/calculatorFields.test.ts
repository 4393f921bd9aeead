import { describe, expect, it } from 'vitest';
import { readWorkloadForm } from '~/components/widgets/workloadForm.ts';
import {
	calculatorFields,
	patternReference,
	patterns,
	RANGES,
	rangeText,
	sizedByCapacity,
	type Workload,
} from '~/model/index.ts';

const withStandby = (w: Workload, drCapacityPercent: number): Workload => {
	const [first, ...rest] = w.tiers;
	if (first === undefined) throw new Error('no tier');
	return { ...w, tiers: [{ ...first, vmCount: 4, drCapacityPercent }, ...rest] };
};

const calculators = patterns.flatMap((p) => {
	const reference = patternReference(p.id);
	return reference === undefined ? [] : [[p.id, reference] as const];
});

describe('the standby size in the pattern calculators', () => {
	it.each(calculators)('%s offers it exactly when its estimate depends on it', (id, reference) => {
		const tier = reference.workload.tiers[0];
		if (tier === undefined) throw new Error('no tier');
		const full = patternReference(id, withStandby(reference.workload, 100))?.evaluations;
		const half = patternReference(id, withStandby(reference.workload, 50))?.evaluations;
		const depends = JSON.stringify(full) !== JSON.stringify(half);
		expect(calculatorFields(id, tier.kind).tier.includes('drCapacityPercent')).toBe(depends);
		expect(sizedByCapacity(id)).toBe(depends);
	});

	it('is read from the calculator’s form with the wizard’s range and message', () => {
		const reference = patternReference('scale-set-rebuild');
		if (reference === undefined) throw new Error('no calculator');
		const read = (value: string) =>
			readWorkloadForm(
				[
					['tiers.0.vmCount', '4'],
					['tiers.0.drCapacityPercent', value],
				],
				reference.workload,
			);
		for (const bad of ['0', '101', '50.5']) {
			const r = read(bad);
			expect(r.ok).toBe(false);
			if (r.ok) continue;
			expect(r.issues).toEqual([
				{
					field: 'tiers.0.drCapacityPercent',
					message: `must be ${rangeText(RANGES.drCapacityPercent)}`,
				},
			]);
		}
		const good = read('50');
		expect(good.ok).toBe(true);
		if (!good.ok) return;
		expect(good.workload.tiers[0]?.drCapacityPercent).toBe(50);
		const hot = patternReference('scale-set-rebuild', good.workload)?.evaluations.find(
			(e) => e.variant === 'hot',
		);
		const fullHot = patternReference(
			'scale-set-rebuild',
			withStandby(reference.workload, 100),
		)?.evaluations.find((e) => e.variant === 'hot');
		expect(hot?.cost.monthlyUsd).toBeLessThan(fullHot?.cost.monthlyUsd ?? 0);
		expect(Number.isFinite(hot?.cost.monthlyUsd)).toBe(true);
	});
});
