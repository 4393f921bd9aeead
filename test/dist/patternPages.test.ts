/** Pattern pages against the model: one page per pattern, sourced facts, the what-changed table. */
import { describe, expect, it } from 'vitest';
import { factAnchor } from '~/lib/siteLinks.ts';
import { factsWithPrevious, patterns } from '~/model/index.ts';
import { distPages } from '../support/distPages.ts';

const pages = distPages();
const byPattern = new Map<string, string[]>();
for (const page of pages) {
	const card = page.document.querySelector('.summary-card[data-pattern]');
	const id = card?.getAttribute('data-pattern');
	if (id !== null && id !== undefined) byPattern.set(id, [...(byPattern.get(id) ?? []), page.path]);
}

describe('pattern pages', () => {
	it.each(patterns.map((p) => [p.id] as const))('%s has exactly one page', (id) => {
		expect(byPattern.get(id)?.length).toBe(1);
	});

	it('name only patterns that exist', () => {
		for (const id of byPattern.keys()) expect(patterns.map((p) => p.id)).toContain(id);
	});

	it.each([...byPattern.entries()].map(([id, paths]) => [id, paths[0] ?? ''] as const))('%s has the full structure', (_id, path) => {
		const page = pages.find((p) => p.path === path);
		const headings = [...(page?.document.querySelectorAll('h2') ?? [])].map((h) => h.textContent?.trim() ?? '');
		for (const h of ['When to use it', 'How it works', 'Failover runbook', 'Failback', 'Caveats and traps', 'Then and now', 'Estimate for your workload', 'Drills', 'Sources']) {
			expect(headings).toContain(h);
		}
		expect(page?.document.querySelectorAll('figure.diagram svg').length).toBeGreaterThan(0);
		expect(page?.document.querySelectorAll('[data-pagefind-filter]').length).toBeGreaterThan(3);
	});
});

describe('facts on pages', () => {
	const factsPage = pages.find((p) => p.path === '/reference/facts/');
	it('every fact link points at a row with a source link and dates', () => {
		let links = 0;
		for (const page of pages) {
			for (const a of page.document.querySelectorAll('a.fact')) {
				links++;
				const anchor = (a.getAttribute('href') ?? '').split('#')[1] ?? '';
				const row = factsPage?.document.getElementById(anchor);
				expect(row, anchor).not.toBeNull();
				expect(row?.querySelector('a[href^="https://"]')).not.toBeNull();
				expect(row?.querySelectorAll('time').length).toBeGreaterThanOrEqual(2);
			}
		}
		expect(links).toBeGreaterThan(50);
	});

	it('the what-changed table lists every fact with an old value', () => {
		const page = pages.find((p) => p.path === '/reference/what-changed/');
		const rows = [...(page?.document.querySelectorAll('table.what-changed tbody tr') ?? [])].map((r) => r.getAttribute('data-fact'));
		expect(rows.sort()).toEqual(factsWithPrevious().map((f) => f.id).sort());
		expect(factsPage?.document.getElementById(factAnchor('asr.max-retention'))).not.toBeNull();
	});
});
