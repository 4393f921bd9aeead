import { describe, expect, it } from 'vitest';
import { ladderRungs, rungFigures } from '~/components/concepts/standbyLadder.ts';
import { STANDBY_LEVELS, recommend, referenceWorkload } from '~/model/index.ts';

describe('ladderRungs', () => {
	const rungs = ladderRungs();

	it('has the five rungs, bottom first', () => {
		expect(rungs.map((r) => r.level)).toEqual([...STANDBY_LEVELS]);
	});

	it('places the scale-set variants on four different rungs for a stateless tier', () => {
		const levelsWithScaleSet = rungs
			.filter((r) => r.options.stateless.some((o) => o.patternId === 'scale-set-rebuild'))
			.map((r) => r.level);
		expect(levelsWithScaleSet).toEqual([
			'pilot-light',
			'warm-standby',
			'hot-standby',
			'active-active',
		]);
	});

	it('offers active/active only to stateless tiers', () => {
		const top = rungs.find((r) => r.level === 'active-active');
		expect(top?.options.stateless.length).toBeGreaterThan(0);
		expect(top?.options['stateful-vm']).toEqual([]);
		expect(top?.options.paas).toEqual([]);
	});

	it('leaves historical and retired patterns off the ladder', () => {
		const ids = rungs.flatMap((r) =>
			Object.values(r.options)
				.flat()
				.map((o) => o.patternId),
		);
		expect(ids).not.toContain('grs-vm-disks');
		expect(ids).not.toContain('site-recovery-2016');
	});
});

describe('rungFigures', () => {
	const rows = rungFigures(recommend(referenceWorkload));

	it('gives the reference web tier figures from the bottom rung to the top', () => {
		const web = rows.filter((r) => r.tier === 'web').map((r) => r.level);
		expect(web).toContain('backup-restore');
		expect(web).toContain('active-active');
	});

	it('shows that climbing the ladder shortens the stateless tier’s RTO and costs more', () => {
		const web = rows.filter((r) => r.tier === 'web');
		const bottom = web[0];
		const top = web.at(-1);
		expect(top?.rtoMinutes).toBeLessThan(bottom?.rtoMinutes ?? 0);
		expect(top?.monthlyUsd).toBeGreaterThan(bottom?.monthlyUsd ?? Infinity);
	});

	it('judges RPO on the worst case, never below the typical', () => {
		const plan = recommend(referenceWorkload);
		for (const r of rows) {
			const tier = plan.tiers.find((t) => t.tier === r.tier);
			const e = [tier?.recommended, ...(tier?.alternatives ?? []), ...(tier?.rejected ?? [])].find(
				(x) => x?.name === r.name,
			);
			expect(r.rpoWorstMinutes).toBeGreaterThanOrEqual(e?.rpo.minutes.typical ?? Infinity);
		}
	});
});
