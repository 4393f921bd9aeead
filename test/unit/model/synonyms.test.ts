import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasPattern, synonyms, synonymsFor } from '~/model/index.ts';
import { sourceFileHint } from '~/lib/siteLinks.ts';
import { aliasText, synonymRows } from '~/components/search/searchAliases.ts';

describe('the synonym table', () => {
	it('points every term at a pattern of the model or at a page that exists', () => {
		for (const s of synonyms) {
			if ('pattern' in s.target) expect(hasPattern(s.target.pattern), s.term).toBe(true);
			else expect(existsSync(sourceFileHint(s.target.page)), s.term).toBe(true);
		}
	});

	it('holds the names readers use for the main subjects, each once', () => {
		const terms = synonyms.map((s) => s.term);
		for (const name of ['ASR', 'A2A', 'AG', 'GRS', 'RA-GRS', 'golden image', 'VMSS', 'pilot light'])
			expect(terms).toContain(name);
		expect(new Set(terms).size).toBe(terms.length);
	});

	it('gives a page the terms of its pattern, or of its own path', () => {
		const asr = synonymsFor({ pattern: 'site-recovery-a2a', path: '/x/' }).map((s) => s.term);
		expect(asr).toContain('ASR');
		expect(asr).not.toContain('GRS');
		const ladder = synonymsFor({ path: '/concepts/rto-and-rpo/' }).map((s) => s.term);
		expect(ladder).toContain('pilot light');
		expect(synonymsFor({ path: '/reference/facts/' })).toEqual([]);
	});

	it('writes each term with its meaning for the search index', () => {
		const text = aliasText(synonymsFor({ pattern: 'grs-vm-disks', path: '/' }));
		expect(text).toContain('RA-GRS (read-access geo-redundant storage)');
	});

	it('names the term whose page is missing when the glossary rows are built', () => {
		const pages = new Map([['captured-image', '/patterns/stateless/captured-image/']]);
		const titles = new Map([['/patterns/stateless/captured-image/', 'Captured images']]);
		const golden = synonyms.filter((s) => s.term === 'golden image');
		expect(synonymRows(golden, pages, titles, () => 'Captured image')[0]?.href).toBe(
			'/patterns/stateless/captured-image/',
		);
		const vmss = synonyms.filter((s) => s.term === 'VMSS');
		expect(() => synonymRows(vmss, pages, titles, () => '')).toThrow(/VMSS/);
	});
});
