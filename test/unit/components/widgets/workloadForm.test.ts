import { describe, expect, it } from 'vitest';
import { RANGES, rangeText, referenceWorkloadInput, textFromValue } from '~/model/index.ts';
import { notRecalculatedText, readWorkloadForm } from '~/components/widgets/workloadForm.ts';

describe('reading a workload form', () => {
	it('reports unreadable and out-of-range fields together, each against its field', () => {
		const read = readWorkloadForm(
			[
				['rtoMinutes', ''],
				['tiers.0.vmCount', '-3'],
			],
			referenceWorkloadInput,
			[],
			['rtoMinutes'],
		);
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.issues.map((i) => i.field)).toEqual(['rtoMinutes', 'tiers.0.vmCount']);
		expect(read.issues[0]?.message).toMatch(/not a number/);
		expect(read.issues[1]?.message).toBe(`must be ${rangeText(RANGES.vmCount)}`);
	});
});

describe('writing a workload into a form', () => {
	it('shows a list of tier names comma-separated, and reads it back as the same list', () => {
		expect(textFromValue('tiers.0.dependsOn', ['database', 'cache'])).toBe('database, cache');
		expect(textFromValue('tiers.0.vmCount', 42)).toBe('42');
		expect(textFromValue('tiers.0.dailyChangeGiB', undefined)).toBeUndefined();
		const read = readWorkloadForm(
			[
				['tiers.0.dependsOn', textFromValue('tiers.0.dependsOn', ['database']) ?? ''],
				['tiers.0.name', 'web'],
				['tiers.1.name', 'database'],
			],
			referenceWorkloadInput,
		);
		expect(read.ok ? read.workload.tiers[0]?.dependsOn : read.issues).toEqual(['database']);
	});
});

describe('the status line while a field is invalid', () => {
	it('counts the fields and says which figures are old, in one sentence for every page', () => {
		expect(notRecalculatedText(1, 'plan')).toBe(
			'Not recalculated: 1 field needs a valid value (see the messages by the fields). The plan below is for the last valid inputs.',
		);
		expect(notRecalculatedText(2, 'results')).toMatch(
			/^Not recalculated: 2 fields need a valid value .* The results below are for the last valid inputs\.$/,
		);
	});
});

describe('a bad dependsOn', () => {
	const read = (dependsOn: string, dbDependsOn = '') =>
		readWorkloadForm(
			[
				['tiers.0.name', 'web'],
				['tiers.0.dependsOn', dependsOn],
				['tiers.1.name', 'database'],
				['tiers.1.dependsOn', dbDependsOn],
			],
			referenceWorkloadInput,
		);

	it('an unknown name is an issue on that tier’s dependsOn field, naming the tiers there are', () => {
		const r = read('databse');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map((i) => i.field)).toEqual(['tiers.0.dependsOn']);
		expect(r.issues[0]?.message).toMatch(/"databse".*"database"/);
	});

	it('a cycle is an issue on a dependsOn field, naming the cycle', () => {
		const r = read('database', 'web');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues[0]?.field).toMatch(/^tiers\.[01]\.dependsOn$/);
		expect(r.issues[0]?.message).toMatch(/cycle/);
	});
});
