import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	checkboxId,
	filterAndSort,
	finderCss,
	matches,
	ranks,
	type FinderItem,
} from '~/components/catalogue/finderFilter.ts';

const item = (id: string, facets: Record<string, string[]>, rto = 1, cost = 1): FinderItem => ({
	id,
	facets,
	rank: { rto, cost, name: 0 },
});

const a = item('a', { state: ['stateless'], protects: ['region-outage'] }, 2, 1);
const b = item(
	'b',
	{ state: ['stateful'], protects: ['region-outage', 'corruption-ransomware'] },
	1,
	3,
);
const c = item('c', { state: ['stateful'], protects: ['zone-outage'] }, 3, 2);

describe('matches', () => {
	it('treats an empty selection as everything', () => {
		expect([a, b, c].filter((i) => matches(i, {}))).toEqual([a, b, c]);
	});

	it('ORs values within a group', () => {
		expect(
			[a, b, c].filter((i) => matches(i, { protects: ['zone-outage', 'corruption-ransomware'] })),
		).toEqual([b, c]);
	});

	it('ANDs groups', () => {
		expect(
			[a, b, c].filter((i) => matches(i, { state: ['stateful'], protects: ['region-outage'] })),
		).toEqual([b]);
	});

	it('never grows when a group gains a constraint', () => {
		const values = fc.constantFrom(
			'stateless',
			'stateful',
			'region-outage',
			'zone-outage',
			'corruption-ransomware',
		);
		fc.assert(
			fc.property(fc.array(values), fc.array(values), (state, protects) => {
				const loose = [a, b, c].filter((i) => matches(i, { state }));
				const tight = [a, b, c].filter((i) =>
					matches(i, { state, protects: protects.length > 0 ? protects : ['none'] }),
				);
				return tight.every((i) => loose.includes(i));
			}),
		);
	});
});

describe('filterAndSort', () => {
	it('sorts by the chosen rank', () => {
		expect(filterAndSort([a, b, c], {}, 'rto').map((i) => i.id)).toEqual(['b', 'a', 'c']);
		expect(filterAndSort([a, b, c], {}, 'cost').map((i) => i.id)).toEqual(['a', 'c', 'b']);
	});
});

describe('ranks', () => {
	it('ranks 1..n with ties broken by name', () => {
		const r = ranks(
			['b', 'a', 'c'],
			(x) => (x === 'c' ? 0 : 1),
			(x) => x,
		);
		expect([r.get('c'), r.get('a'), r.get('b')]).toEqual([1, 2, 3]);
	});
});

describe('finderCss', () => {
	it('writes one hiding rule per group naming each value, and one order rule per sort key', () => {
		const css = finderCss(
			[
				{
					key: 'state',
					label: 'State',
					values: [
						{ value: 'stateless', label: 'Stateless' },
						{ value: 'stateful', label: 'Stateful' },
					],
				},
			],
			'.finder',
			'.card',
		);
		expect(css).toContain(
			`#${checkboxId('state', 'stateful')}:checked) .card[data-state~="stateful"]`,
		);
		expect(css).toContain('.finder:has([data-group="state"] input:checked) .card:not(');
		expect(css).toContain(
			'.finder:has(#finder-sort-cost:checked) .card { order: var(--rank-cost); }',
		);
	});
});
