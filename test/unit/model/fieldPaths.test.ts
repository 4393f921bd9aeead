import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromPaths, toPaths, valueAtPath, type Json } from '~/model/schema/fieldPaths.ts';

describe('fromPaths', () => {
	it('nests objects and arrays', () => {
		expect(
			fromPaths([
				['tiers.0.name', 'web'],
				['tiers.0.vmCount', 2],
				['tiers.1.name', 'db'],
				['targets.rtoMinutes', 60],
			]),
		).toEqual({
			tiers: [{ name: 'web', vmCount: 2 }, { name: 'db' }],
			targets: { rtoMinutes: 60 },
		});
	});

	it('drops paths that could reach the prototype', () => {
		const out = fromPaths([
			['__proto__.polluted', 'yes'],
			['a.constructor.prototype.x', 1],
		]);
		expect(out).toEqual({});
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});

	it('round-trips through toPaths', () => {
		const leaf = fc.oneof(fc.integer(), fc.boolean(), fc.string({ maxLength: 5 }));
		const key = fc.stringMatching(/^[a-z]{1,4}$/);
		const tree = fc.dictionary(
			key,
			fc.oneof(
				leaf,
				fc.dictionary(key, leaf, { minKeys: 1 }),
				fc.array(fc.dictionary(key, leaf, { minKeys: 1 }), { minLength: 1, maxLength: 3 }),
			),
			{ minKeys: 1 },
		);
		fc.assert(
			fc.property(tree, (t) => {
				expect(fromPaths(toPaths(t as Json))).toEqual(t);
			}),
		);
	});
});

describe('valueAtPath', () => {
	it('follows dotted paths through objects and arrays, and stops where they lead nowhere', () => {
		const w = { routing: { ttlSeconds: 300 }, tiers: [{ name: 'web' }] };
		expect(valueAtPath(w, 'routing.ttlSeconds')).toBe(300);
		expect(valueAtPath(w, 'tiers.0.name')).toBe('web');
		expect(valueAtPath(w, 'tiers.1.name')).toBeUndefined();
		expect(valueAtPath(w, 'routing.ttlSeconds.x')).toBeUndefined();
	});
});
