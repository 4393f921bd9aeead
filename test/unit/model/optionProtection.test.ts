import { describe, expect, it } from 'vitest';
import {
	comparePatterns,
	getPattern,
	optionProtection,
	protectionFor,
	referenceWorkload,
	THREATS,
	type ComparedOption,
	type Threat,
} from '~/model/index.ts';

const comparison = comparePatterns(referenceWorkload);
const web = comparison.tiers.find((t) => t.tier === 'web');
const database = comparison.tiers.find((t) => t.tier === 'database');
const option = (options: readonly ComparedOption[] | undefined, key: string) => {
	const o = options?.find((x) => x.key === key);
	if (o === undefined) throw new Error(`no option ${key}`);
	return o;
};
const level = (o: ComparedOption, threat: Threat) =>
	o.protects.find((p) => p.threat === threat)?.level;

describe('what each compared option protects against', () => {
	it('gives every option one entry per threat, in order', () => {
		for (const t of comparison.tiers)
			for (const o of t.options) expect(o.protects.map((p) => p.threat)).toEqual(THREATS);
	});

	it('takes the pattern’s coverage for an option without a layer or variant of its own', () => {
		const backup = option(web?.options, 'azure-backup');
		expect(backup.evaluation.layers).toEqual([]);
		expect(backup.protects).toEqual(
			THREATS.map((t) => protectionFor(getPattern('azure-backup'), t)),
		);
	});

	it('does not credit zone-to-zone Site Recovery or Disk Backup with a region outage', () => {
		for (const tier of [web, database]) {
			expect(level(option(tier?.options, 'site-recovery-a2a/zone-to-zone'), 'region-outage')).toBe(
				'no',
			);
			expect(level(option(tier?.options, 'site-recovery-a2a/zone-to-zone'), 'zone-outage')).toBe(
				'yes',
			);
			expect(level(option(tier?.options, 'azure-backup/disk-backup'), 'region-outage')).toBe('no');
		}
		// The region-to-region option of the same pattern still covers one.
		expect(level(option(web?.options, 'site-recovery-a2a'), 'region-outage')).toBe('yes');
	});

	it('credits the corruption layer for corruption and deletion, never for a region or a zone', () => {
		const grs = option(database?.options, 'grs-vm-disks');
		expect(grs.evaluation.layers.map((l) => l.purpose)).toEqual(['corruption']);
		const bare = getPattern('grs-vm-disks');
		expect(protectionFor(bare, 'corruption').level).toBe('no');
		expect(level(grs, 'corruption')).toBe('yes');
		expect(level(grs, 'deletion')).toBe('yes');
		expect(grs.protects.find((p) => p.threat === 'corruption')?.note).toMatch(
			/corruption layer, Azure Backup/,
		);
		expect(level(grs, 'region-outage')).toBe(protectionFor(bare, 'region-outage').level);
		expect(level(grs, 'zone-outage')).toBe(protectionFor(bare, 'zone-outage').level);
	});

	it('leaves coverage as the pattern’s when the workload asks for no corruption layer', () => {
		const plain = comparePatterns({ ...referenceWorkload, corruptionProtection: false });
		const grs = option(plain.tiers.find((t) => t.tier === 'database')?.options, 'grs-vm-disks');
		expect(grs.evaluation.layers).toEqual([]);
		expect(level(grs, 'corruption')).toBe('no');
		expect(optionProtection(grs.evaluation)).toEqual(grs.protects);
	});
});
