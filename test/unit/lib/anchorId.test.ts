import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorId, fileStem } from '~/lib/anchorId.ts';
import { factAnchor } from '~/lib/siteLinks.ts';

describe('anchorId: one rule for every id made from free text', () => {
	it('joins lowercased parts with hyphens, one hyphen for each run of other characters', () => {
		expect(anchorId('plan', 'tier', 'Web app')).toBe('plan-tier-web-app');
		expect(anchorId('wz', 'tiers.0.vmCount')).toBe('wz-tiers-0-vmcount');
		expect(anchorId('cmp-t1', 'site-recovery-a2a/zone-to-zone')).toBe(
			'cmp-t1-site-recovery-a2a-zone-to-zone',
		);
		expect(anchorId('calc', ' --odd!! ', '')).toBe('calc-odd');
		expect(factAnchor('asr.rpo-typical')).toBe('fact-asr-rpo-typical');
	});

	it('always gives a valid, stable fragment: a–z, 0–9 and single inner hyphens', () => {
		fc.assert(
			fc.property(fc.array(fc.string(), { maxLength: 4 }), (parts) => {
				const id = anchorId(...parts);
				expect(id).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
				expect(anchorId(...parts)).toBe(id);
			}),
			{ seed: 17 },
		);
	});

	it('names a file after the workload, or "workload" when nothing is left', () => {
		expect(fileStem('Reference: web tier and SQL Server VM')).toBe(
			'reference-web-tier-and-sql-server-vm',
		);
		expect(fileStem('???')).toBe('workload');
	});
});
