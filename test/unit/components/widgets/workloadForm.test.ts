import { describe, expect, it } from 'vitest';
import { RANGES, rangeText, referenceWorkloadInput } from '~/model/index.ts';
import { fieldTextOf, readWorkloadForm } from '~/components/widgets/workloadForm.ts';

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
		expect(fieldTextOf(['database', 'cache'])).toBe('database, cache');
		expect(fieldTextOf(42)).toBe('42');
		expect(fieldTextOf(undefined)).toBe('');
		const read = readWorkloadForm(
			[
				['tiers.0.dependsOn', fieldTextOf(['database'])],
				['tiers.0.name', 'web'],
				['tiers.1.name', 'database'],
			],
			referenceWorkloadInput,
		);
		expect(read.ok ? read.workload.tiers[0]?.dependsOn : read.issues).toEqual(['database']);
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
