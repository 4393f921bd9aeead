/**
 * Diagram geometry is shipped with at most 2 decimals (src/build/mermaid/roundSvgNumbers.ts):
 * Mermaid writes full doubles, which no screen can show and which weighed about a tenth of each
 * diagram.
 */
import { describe, expect, it } from 'vitest';
import {
	GEOMETRY_ATTRIBUTES,
	GEOMETRY_STYLE_PROPERTIES,
} from '../../src/build/mermaid/roundSvgNumbers.ts';
import { distPages } from '../support/distPages.ts';

/** The build's geometry attributes, lower case as the HTML parser gives them. */
const GEOMETRY = new Set([...GEOMETRY_ATTRIBUTES].map((name) => name.toLowerCase()));

/** Declarations of a style attribute whose numbers are lengths (the build's list). */
const STYLE_GEOMETRY = new RegExp(
	`(?:^|;)\\s*(?:${[...GEOMETRY_STYLE_PROPERTIES].join('|')})\\s*:([^;]*)`,
	'gi',
);

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** Numbers with more than 2 decimals: written so, or written with an exponent and of such a value. */
function overPrecise(value: string): string[] {
	return [...value.matchAll(NUMBER)]
		.map((m) => m[0])
		.filter((t) => (/[eE]/.test(t) ? Number(Number(t).toFixed(2)) !== Number(t) : /\.\d{3,}/.test(t)));
}

const diagrams = distPages().flatMap((page) =>
	[...page.document.querySelectorAll('figure.diagram svg')].map((svg) => ({ page: page.path, svg })),
);

describe('diagram geometry in dist', () => {
	it('finds the diagrams', () => {
		expect(diagrams.length).toBeGreaterThan(10);
		expect(diagrams.some((d) => d.page === '/wizard/')).toBe(true);
	});

	it('writes no coordinate or length with more than 2 decimals', () => {
		const found: string[] = [];
		let checked = 0;
		for (const { page, svg } of diagrams) {
			for (const el of [svg, ...svg.querySelectorAll('*')]) {
				for (const name of el.getAttributeNames()) {
					const value = el.getAttribute(name) ?? '';
					const geometry = GEOMETRY.has(name.toLowerCase())
						? [value]
						: name === 'style'
							? [...value.matchAll(STYLE_GEOMETRY)].map((m) => m[1] ?? '')
							: [];
					for (const part of geometry) {
						checked += [...part.matchAll(NUMBER)].length;
						for (const number of overPrecise(part)) found.push(`${page} <${el.localName} ${name}>: ${number}`);
					}
				}
			}
		}
		// Mermaid's paths, transforms and boxes: thousands of numbers across the site.
		expect(checked).toBeGreaterThan(1000);
		expect(found.slice(0, 20), `${found.length} numbers with more than 2 decimals`).toEqual([]);
	});
});
