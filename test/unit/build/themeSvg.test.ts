/** One SVG for both themes: colours that differ become custom properties defined in diagrams.css. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_COLOURS } from '../../../src/build/mermaid/mermaidThemes.ts';
import { stripUnusedSvg, themeSvg } from '../../../src/build/mermaid/themeSvg.ts';

const COLOURS = [
	{ property: 'dg-node', light: '#eef2ff', dark: '#1e1b4b' },
	{ property: 'dg-text', light: '#111827', dark: '#f3f4f6' },
];

describe('themeSvg', () => {
	it('replaces colours that differ by their custom property and keeps shared ones', () => {
		const light =
			'<svg><style>#a .node rect{fill:#eef2ff;stroke:#000;}</style><text fill="#111827">x</text></svg>';
		const dark =
			'<svg><style>#a .node rect{fill:#1e1b4b;stroke:#000;}</style><text fill="#f3f4f6">x</text></svg>';
		expect(themeSvg(light, dark, COLOURS)).toBe(
			'<svg><style>#a .node rect{fill:var(--dg-node);stroke:#000;}</style><text style="fill:var(--dg-text)">x</text></svg>',
		);
	});

	it('merges a moved attribute into an existing style attribute', () => {
		const light = '<stop offset="0%" stop-color="#eef2ff" style="stop-opacity: 1;"></stop>';
		const dark = '<stop offset="0%" stop-color="#1e1b4b" style="stop-opacity: 1;"></stop>';
		expect(themeSvg(light, dark, COLOURS)).toBe(
			'<stop offset="0%" style="stop-opacity: 1;stop-color:var(--dg-node)"></stop>',
		);
	});

	it('names a colour pair that has no property', () => {
		expect(() => themeSvg('<p fill="#123456">', '<p fill="#654321">', COLOURS)).toThrow(
			/light #123456 \/ dark #654321.*DIAGRAM_COLOURS/,
		);
	});

	it('refuses drawings that differ in more than colour', () => {
		expect(() => themeSvg('<g><rect/></g>', '<g><circle/></g>', COLOURS)).toThrow(
			/more than colour/,
		);
	});
});

describe('stripUnusedSvg', () => {
	it('drops Mermaid data attributes and unreferenced markers, keeps referenced ones', () => {
		const svg =
			'<svg><marker id="m-used"><path/></marker><marker id="m-unused"><path/></marker>' +
			'<path data-points="W3sieCI6MX1d" data-look="neo" marker-end="url(#m-used)"/></svg>';
		expect(stripUnusedSvg(svg)).toBe(
			'<svg><marker id="m-used"><path/></marker><path marker-end="url(#m-used)"/></svg>',
		);
	});
});

describe('src/styles/diagrams.css', () => {
	const css = readFileSync(new URL('../../../src/styles/diagrams.css', import.meta.url), 'utf8');
	const block = (selector: string) => {
		const start = css.indexOf(`${selector} {`);
		expect(start, selector).toBeGreaterThanOrEqual(0);
		return css.slice(start, css.indexOf('}', start));
	};
	it('defines every diagram colour for the dark default, the light theme and print', () => {
		const dark = block('.diagram');
		const light = block(":root[data-theme='light'] .diagram");
		const print = block('@media print {\n\t.diagram');
		for (const c of DIAGRAM_COLOURS) {
			expect(dark).toContain(`--${c.property}: ${c.dark};`);
			expect(light).toContain(`--${c.property}: ${c.light};`);
			expect(print).toContain(`--${c.property}: ${c.light};`);
		}
	});
});
