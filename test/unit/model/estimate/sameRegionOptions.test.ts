import { describe, expect, it } from 'vitest';
import { recommend, type Evaluation, type Workload } from '~/model/index.ts';
import { referenceWith } from '../arbitraries.ts';

const SAME_REGION = ['site-recovery-a2a/zone-to-zone', 'azure-backup/disk-backup'];

function sameRegionOptions(w: Workload): Evaluation[][] {
	const plan = recommend(w);
	return plan.tiers.map((t) => {
		expect(SAME_REGION).not.toContain(t.recommended.key);
		for (const a of t.alternatives) expect(SAME_REGION).not.toContain(a.key);
		return SAME_REGION.map((key) => {
			const found = t.rejected.find((e) => e.key === key);
			if (found === undefined) throw new Error(`${key} not evaluated for ${t.tier}`);
			return found;
		});
	});
}

describe('options whose copy stays in the source region', () => {
	it('are evaluated for every VM tier and always ruled out, naming the source region', () => {
		for (const evaluations of sameRegionOptions(referenceWith({ sourceRegion: 'italynorth' }))) {
			for (const e of evaluations) {
				expect(e.viable).toBe(false);
				const hard = e.rejections.filter((r) => r.kind === 'not-applicable');
				expect(hard).toHaveLength(1);
				expect(hard[0]?.reason).toContain('italynorth');
				expect(e.cost.monthlyUsd).toBeGreaterThan(0);
			}
		}
	});

	it('stay ruled out with loose targets and no named region', () => {
		const loose = referenceWith({ rtoMinutes: 7 * 24 * 60, rpoMinutes: 7 * 24 * 60 });
		for (const evaluations of sameRegionOptions(loose)) {
			for (const e of evaluations) {
				expect(e.meetsRto && e.meetsRpo).toBe(true);
				expect(e.viable).toBe(false);
				expect(e.rejections.map((r) => r.reason).join(' ')).toContain('the source region');
			}
		}
	});

	it('zone-to-zone costs what region-to-region does without the transfer between regions', () => {
		const plan = recommend(referenceWith({ sourceRegion: 'italynorth' }));
		const db = plan.tiers.find((t) => t.tier === 'database');
		const all = [db?.recommended, ...(db?.alternatives ?? []), ...(db?.rejected ?? [])];
		const r2r = all.find((e) => e?.key === 'site-recovery-a2a');
		const z2z = all.find((e) => e?.key === 'site-recovery-a2a/zone-to-zone');
		const transfer = r2r?.cost.lines.find((l) => l.kind === 'transfer')?.monthlyUsd ?? 0;
		expect(transfer).toBeGreaterThan(0);
		expect(z2z?.cost.lines.some((l) => l.kind === 'transfer')).toBe(false);
		expect(z2z?.cost.monthlyUsd).toBeCloseTo((r2r?.cost.monthlyUsd ?? 0) - transfer, 1);
	});
});
