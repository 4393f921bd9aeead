/**
 * One meaning per data attribute, across the built site: an attribute that tests and scripts
 * read holds values of one kind only. Fact statuses stay in data-status, a target's verdict in
 * data-verdict / data-rto-status / data-rpo-status, a pattern's lifecycle in
 * data-pattern-status; the worst-case RPO is data-rpo-high wherever it stands, and
 * data-rpo-minutes is only ever the plan's typical RPO, beside its data-rpo-high.
 */
import { describe, expect, it } from 'vitest';
import type { FactStatus } from '../../src/model/facts/fact.ts';
import { TARGET_STATUSES } from '../../src/model/engine/targetStatus.ts';
import type { PatternStatus } from '../../src/model/patterns/pattern.ts';
import { distPages } from '../support/distPages.ts';

const FACT_STATUSES: readonly FactStatus[] = [
	'documented',
	'third-party',
	'estimate',
	'unconfirmed',
	'conflict',
];
const PATTERN_STATUSES: readonly PatternStatus[] = ['current', 'historical', 'retired'];

const VOCABULARIES: Record<string, readonly string[]> = {
	'data-status': FACT_STATUSES,
	'data-verdict': TARGET_STATUSES,
	'data-rto-status': TARGET_STATUSES,
	'data-rpo-status': TARGET_STATUSES,
	'data-pattern-status': PATTERN_STATUSES,
};

const pages = distPages();

describe('data attributes', () => {
	it.each(Object.entries(VOCABULARIES))('%s holds one kind of value', (name, allowed) => {
		const seen = new Set<string>();
		for (const page of pages)
			for (const el of page.document.querySelectorAll(`[${name}]`))
				seen.add(el.getAttribute(name) ?? '');
		expect(seen.size, name).toBeGreaterThan(0);
		expect([...seen].filter((v) => !allowed.includes(v)), name).toEqual([]);
	});

	it('data-rpo-minutes is the typical RPO, only ever beside its worst case', () => {
		let seen = 0;
		for (const page of pages)
			for (const el of page.document.querySelectorAll('[data-rpo-minutes]')) {
				seen++;
				const typical = Number(el.getAttribute('data-rpo-minutes'));
				const high = Number(el.getAttribute('data-rpo-high'));
				expect(el.hasAttribute('data-rpo-high'), page.path).toBe(true);
				expect(typical, page.path).toBeLessThanOrEqual(high);
			}
		expect(seen).toBeGreaterThan(0);
	});
});
