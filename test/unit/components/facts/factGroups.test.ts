import { describe, expect, it } from 'vitest';
import { factGroups, groupSummary } from '~/components/facts/factGroups.ts';
import { facts, formatFact } from '~/model/index.ts';

describe('a folded fact group’s summary line', () => {
	const groups = factGroups(facts);

	it('counts every fact of its group, by status', () => {
		for (const g of groups) {
			const { count } = groupSummary(g, formatFact);
			expect(count.startsWith(`${String(g.facts.length)} fact`)).toBe(true);
			const counted = [...count.matchAll(/(\d+) [a-z]/g)].slice(1).map((m) => Number(m[1]));
			expect(counted.reduce((a, b) => a + b, 0)).toBe(g.facts.length);
		}
	});

	it('names up to three of its numeric figures, each with its formatted value', () => {
		for (const g of groups) {
			const { figures } = groupSummary(g, formatFact);
			const numeric = g.facts.filter((f) => typeof f.value === 'number');
			expect(figures.length).toBe(Math.min(3, numeric.length));
			for (const line of figures) {
				expect(numeric.some((f) => line === `${f.label}: ${formatFact(f)}`)).toBe(true);
			}
		}
	});
});
