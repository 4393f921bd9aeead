import { describe, expect, it } from 'vitest';
import { regionGroups } from '~/components/regions/regionRows.ts';
import { regions } from '~/model/regions/index.ts';

describe('the region table on the concepts page', () => {
	const groups = regionGroups();
	const rows = groups.flatMap((g) => g.rows);

	it('shows every region once', () => {
		expect(rows.map((r) => r.name).sort()).toEqual(regions.map((r) => r.name).sort());
	});

	it('names pairs by display name, and says when there is none', () => {
		const byName = new Map(rows.map((r) => [r.name, r]));
		expect(byName.get('westeurope')?.pair).toBe('North Europe');
		expect(byName.get('italynorth')?.pair).toBe('None');
		expect(byName.get('swedensouth')?.zones).toBe('Not stated');
		expect(byName.get('francesouth')?.note).toContain('Access on request');
	});

	it('lists no empty continent', () => {
		for (const g of groups) expect(g.rows.length).toBeGreaterThan(0);
	});
});
