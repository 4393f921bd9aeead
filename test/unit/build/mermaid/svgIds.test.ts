import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixSvgIds, shortHash, svgIds } from '~/build/mermaid/svgIds.ts';

const SVG = `<svg id="d1" aria-labelledby="t1 x" aria-describedby="desc"><title id="t1">T</title><desc id="desc">D</desc><defs><marker id="arrow"/><linearGradient id="d1-grad"/></defs><path marker-end="url(#arrow)"/><use href="#arrow"/><rect fill="url(#d1-grad)"/></svg>`;

describe('prefixSvgIds', () => {
	it('prefixes ids that lack the prefix and rewrites every reference to them', () => {
		const out = prefixSvgIds(SVG, 'd1');
		expect(svgIds(out).sort()).toEqual(['d1', 'd1-arrow', 'd1-desc', 'd1-grad', 'd1-t1']);
		expect(out).toContain('marker-end="url(#d1-arrow)"');
		expect(out).toContain('href="#d1-arrow"');
		expect(out).toContain('aria-labelledby="d1-t1 x"');
		expect(out).toContain('aria-describedby="d1-desc"');
		expect(out).toContain('fill="url(#d1-grad)"');
	});

	it('leaves an SVG whose ids all carry the prefix unchanged', () => {
		const svg = '<svg id="p"><marker id="p-a"/><path marker-end="url(#p-a)"/></svg>';
		expect(prefixSvgIds(svg, 'p')).toBe(svg);
	});

	it('keeps two diagrams of the same source apart', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), (id) => {
				const svg = `<svg id="root"><marker id="${id}"/></svg>`;
				const a = svgIds(prefixSvgIds(svg, 'one'));
				const b = svgIds(prefixSvgIds(svg, 'two'));
				return a.every((x) => !b.includes(x));
			}),
		);
	});
});

describe('shortHash', () => {
	it('is stable and URL-safe', () => {
		expect(shortHash('content/docs/index.mdx')).toBe(shortHash('content/docs/index.mdx'));
		expect(shortHash('a')).not.toBe(shortHash('b'));
		fc.assert(fc.property(fc.string(), (s) => /^[0-9a-z]+$/.test(shortHash(s))));
	});
});
