import { describe, expect, it } from 'vitest';
import {
	parseWorkload,
	rangeOf,
	rangeText,
	referenceWorkloadInput,
	wizardQuestions,
	type WizardQuestion,
} from '~/model/index.ts';
import { regions } from '~/model/regions/index.ts';

/** The reference workload with one field (of its first tier, for tier fields) set or removed. */
function withField(q: WizardQuestion, value: unknown): unknown {
	const input = structuredClone(referenceWorkloadInput) as unknown as Record<string, unknown>;
	const path = q.field.replace('tiers.*.', 'tiers.0.').split('.');
	let node = input;
	for (const key of path.slice(0, -1)) {
		node[key] ??= {};
		node = node[key] as Record<string, unknown>;
	}
	const last = path[path.length - 1] ?? '';
	if (value === undefined) delete node[last];
	else node[last] = value;
	return input;
}

describe('the wizard questions, read from the schema', () => {
	it('ask for a number in the range the schema enforces, and name it when rejected', () => {
		for (const q of wizardQuestions.filter((x) => x.input === 'number')) {
			const range = rangeOf(q);
			if (range === undefined) throw new Error(`${q.field} has no range`);
			const r = parseWorkload(withField(q, range.max + 1));
			expect(r.ok, q.field).toBe(false);
			if (!r.ok) expect(r.issues[0]?.message, q.field).toBe(`must be ${rangeText(range)}`);
		}
	});

	it('are optional exactly where the schema lets the answer out', () => {
		for (const q of wizardQuestions) {
			if (q.optional === true)
				expect(parseWorkload(withField(q, undefined)).ok, q.field).toBe(true);
		}
		const rto = wizardQuestions.find((q) => q.field === 'rtoMinutes');
		expect(rto?.optional).toBeUndefined();
		if (rto !== undefined) expect(parseWorkload(withField(rto, undefined)).ok).toBe(false);
	});

	it('offer every value the schema accepts for a choice, and only those', () => {
		const kind = wizardQuestions.find((q) => q.field === 'tiers.*.kind');
		expect(kind?.options?.map((o) => o.value)).toEqual(['stateless', 'stateful']);
		for (const q of wizardQuestions.filter((x) => x.input === 'select' || x.input === 'region')) {
			expect(parseWorkload(withField(q, 'no-such-choice')).ok, q.field).toBe(false);
		}
	});

	it('suggest every region for the region fields, and pair and any only for the target', () => {
		const target = wizardQuestions.find((q) => q.field === 'targetRegion');
		const source = wizardQuestions.find((q) => q.field === 'sourceRegion');
		expect(target?.input).toBe('region');
		expect(source?.input).toBe('region');
		const names = regions.map((r) => r.name).sort();
		expect(source?.options?.map((o) => o.value).sort()).toEqual(names);
		expect(target?.options?.map((o) => o.value).sort()).toEqual(['any', 'pair', ...names].sort());
		for (const q of [source, target]) {
			for (const o of q?.options ?? []) {
				if (q !== undefined) expect(parseWorkload(withField(q, o.value)).ok, o.value).toBe(true);
			}
		}
	});
});
