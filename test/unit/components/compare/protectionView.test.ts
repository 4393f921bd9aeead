import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { comparisonHtml } from '~/components/compare/compareView.ts';
import {
	COVERAGE_TEXT,
	protectionRows,
	protectionTableHtml,
	shortOptionName,
} from '~/components/compare/protectionView.ts';
import { factTextHtml } from '~/components/facts/factTextHtml.ts';
import { factHref } from '~/lib/siteLinks.ts';
import {
	comparePatterns,
	formatFact,
	getFact,
	referenceWorkload,
	renderFactText,
	THREAT_LABELS,
	THREATS,
} from '~/model/index.ts';

const render = (markup: string) =>
	parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;
const comparison = comparePatterns(referenceWorkload);
const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('protectionRows', () => {
	it('puts every option of a tier in exactly one row, with that option’s own coverage', () => {
		for (const t of comparison.tiers) {
			const rows = protectionRows(t);
			const keys = rows.flatMap((r) => r.options.map((o) => o.key));
			expect(keys.sort()).toEqual(t.options.map((o) => o.key).sort());
			for (const row of rows) for (const o of row.options) expect(o.protects).toEqual(row.protects);
			// Fewer rows than options: standby sizes and reservations of one pattern share a row.
			expect(rows.length).toBeLessThan(t.options.length);
		}
	});

	it('keeps a variant that protects differently apart from its pattern', () => {
		const web = comparison.tiers.find((t) => t.tier === 'web');
		if (web === undefined) throw new Error('no web tier');
		const rows = protectionRows(web);
		const rowOf = (key: string) => rows.find((r) => r.options.some((o) => o.key === key));
		expect(rowOf('site-recovery-a2a/zone-to-zone')).not.toBe(rowOf('site-recovery-a2a'));
		expect(rowOf('site-recovery-a2a+capacity-reservation')).toBe(rowOf('site-recovery-a2a'));
		expect(rowOf('scale-set-rebuild/hot')).toBe(rowOf('scale-set-rebuild/cold'));
	});

	it('names each option in a shared row by what sets it apart', () => {
		const web = comparison.tiers.find((t) => t.tier === 'web');
		const option = (key: string) => web?.options.find((o) => o.key === key);
		const plain = option('disk-copy');
		const reserved = option('disk-copy+capacity-reservation');
		if (plain === undefined || reserved === undefined) throw new Error('missing options');
		expect(shortOptionName(plain)).toBe('on its own');
		expect(shortOptionName(reserved)).toMatch(/^with capacity reservation$/);
	});
});

describe('protectionTableHtml', () => {
	const database = comparison.tiers.find((t) => t.tier === 'database');
	if (database === undefined) throw new Error('no database tier');
	const doc = render(protectionTableHtml(database, 'x').value);

	it('has a column per threat and says, per row and threat, the level and the model’s reason', () => {
		const heads = [...doc.querySelectorAll('thead th')].map((th) => norm(th.textContent));
		expect(heads.slice(1)).toEqual(THREATS.map((t) => THREAT_LABELS[t]));
		const rows = protectionRows(database);
		const trs = [...doc.querySelectorAll('tbody tr')];
		expect(trs).toHaveLength(rows.length);
		rows.forEach((row, i) => {
			const cells = [...(trs[i]?.querySelectorAll('td') ?? [])];
			row.protects.forEach((p, j) => {
				const cell = cells[j];
				expect(cell?.getAttribute('data-label')).toBe(THREAT_LABELS[p.threat]);
				expect(norm(cell?.textContent)).toContain(COVERAGE_TEXT[p.level]);
				expect(norm(cell?.textContent)).toContain(norm(renderFactText(p.note)));
			});
		});
	});

	it('says zone-to-zone Site Recovery does not cover a region outage', () => {
		const tr = doc.querySelector('tr[data-options~="site-recovery-a2a/zone-to-zone"]');
		const region = tr?.querySelector(`td[data-label="${THREAT_LABELS['region-outage']}"]`);
		expect(norm(region?.textContent)).toContain(COVERAGE_TEXT.no);
	});

	it('links each figure in a reason to its fact, a click from the source', () => {
		const links = [...doc.querySelectorAll('td a.fact')];
		expect(links.length).toBeGreaterThan(0);
		for (const a of links) expect(a.getAttribute('href')).toMatch(/^\/reference\/facts\/#/);
	});
});

describe('factTextHtml', () => {
	it('renders each {fact:id} as its formatted value linked to the fact, escaping the rest', () => {
		const doc = render(factTextHtml('Kept <b>{fact:backup.soft-delete}</b>.').value);
		const a = doc.querySelector('a.fact');
		expect(a?.getAttribute('href')).toBe(factHref('backup.soft-delete'));
		expect(norm(a?.textContent)).toContain(formatFact(getFact('backup.soft-delete')));
		expect(a?.getAttribute('title')).toContain('Source:');
		expect(doc.querySelector('b')).toBeNull();
	});
});

describe('comparisonHtml', () => {
	it('shows, for every tier, what its options protect against (the one view the page renders at build time and after edits)', () => {
		const doc = render(comparisonHtml(comparison, {}, 'cmp').value);
		const tables = [...doc.querySelectorAll('.cmp-tier')].map((s) =>
			s.querySelector('table.cmp-protects'),
		);
		expect(tables).toHaveLength(comparison.tiers.length);
		for (const table of tables)
			expect(table?.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
	});
});
