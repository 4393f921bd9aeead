/** What a catalogue card says about a pattern: one option's figures and protection, and a sentence. */
import { describe, expect, it } from 'vitest';
import {
	featuredOption,
	firstSentence,
	patternFacets,
} from '~/components/catalogue/patternFacets.ts';
import { optionProtection, patterns, renderFactText, THREAT_LABELS } from '~/model/index.ts';

const withOptions = patterns
	.map((pattern) => ({ pattern, facets: patternFacets(pattern) }))
	.filter(({ facets }) => facets.evaluations.length > 0);

describe('a card features one option', () => {
	it('shows RTO, RPO, cost and protection that all belong to the option it names', () => {
		expect(withOptions.length).toBeGreaterThan(5);
		for (const { facets } of withOptions) {
			const f = facets.featured!;
			const e = facets.evaluations.find((x) => x.name === f.name)!;
			expect(e, facets.id).toBeDefined();
			expect(f.rtoMinutes).toBe(e.rto.total.typical);
			expect(f.rpoMinutes).toBe(e.rpo.minutes.typical);
			expect(f.monthlyUsd).toBe(e.cost.monthlyUsd);
			const own = optionProtection(e);
			expect(f.protects).toEqual(
				own.filter((p) => p.level === 'yes').map((p) => THREAT_LABELS[p.threat]),
			);
			expect(f.optionCount).toBe(facets.evaluations.length);
		}
	});

	it('prefers an option that covers a region outage, the cheapest of them', () => {
		for (const { facets } of withOptions) {
			const covering = facets.evaluations.filter((e) =>
				optionProtection(e).some((p) => p.threat === 'region-outage' && p.level === 'yes'),
			);
			if (covering.length === 0) continue;
			expect(facets.featured!.protects, facets.id).toContain(THREAT_LABELS['region-outage']);
			expect(facets.featured!.monthlyUsd).toBe(Math.min(...covering.map((e) => e.cost.monthlyUsd)));
		}
	});

	it('never pairs one variant’s RTO with another’s cost (scale sets rebuilt from a recipe)', () => {
		const scaleSet = withOptions.find(({ pattern }) => pattern.id === 'scale-set-rebuild');
		expect(scaleSet).toBeDefined();
		const f = scaleSet!.facets.featured!;
		const e = scaleSet!.facets.evaluations.find((x) => x.name === f.name)!;
		expect([f.rtoMinutes, f.monthlyUsd]).toEqual([e.rto.total.typical, e.cost.monthlyUsd]);
	});

	it('features nothing without options', () => {
		expect(featuredOption([])).toBeUndefined();
	});
});

describe('a card summary', () => {
	it('is a whole sentence, never cut at a colon', () => {
		expect(firstSentence('Keep the recipe, not the VMs: rebuild them. Then more.')).toBe(
			'Keep the recipe, not the VMs: rebuild them.',
		);
		for (const pattern of patterns) {
			const s = firstSentence(renderFactText(pattern.summary));
			expect(s, pattern.id).toMatch(/[.!?]$/);
		}
	});
});
