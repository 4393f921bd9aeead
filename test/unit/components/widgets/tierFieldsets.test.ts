import { describe, expect, it } from 'vitest';
import {
	renumberTierAttr,
	tierLegend,
	uniqueTierName,
} from '~/components/widgets/tierFieldsets.ts';

describe('tier fieldsets', () => {
	it('renumber names, ids and references, whatever the current index', () => {
		expect(renumberTierAttr('tiers.0.vmCount', 3)).toBe('tiers.3.vmCount');
		expect(renumberTierAttr('tiers.12.name', 4)).toBe('tiers.4.name');
		expect(renumberTierAttr('wz-tiers-2-dataGiB-hint wz-tiers-2-dataGiB-error', 1)).toBe(
			'wz-tiers-1-dataGiB-hint wz-tiers-1-dataGiB-error',
		);
		expect(renumberTierAttr('rtoMinutes', 5)).toBe('rtoMinutes');
	});

	it('name a new tier uniquely', () => {
		expect(uniqueTierName(['web', 'database'])).toBe('tier 3');
		expect(uniqueTierName(['web', 'tier 3', 'db'])).toBe('tier 4');
		expect(uniqueTierName(['tier 2', ' tier 3 '])).toBe('tier 4');
	});

	it('give each tier a legend, even before it has a name', () => {
		expect(tierLegend(0, 'web')).toBe('Tier 1: web');
		expect(tierLegend(2, '  ')).toBe('Tier 3: (no name yet)');
	});
});
