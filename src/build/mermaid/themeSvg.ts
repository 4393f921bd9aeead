/**
 * One SVG for both colour schemes. Mermaid draws a diagram twice (light and dark theme variables,
 * same id seed), so the two SVGs are the same text except for their colours. Each colour that
 * differs becomes `var(--dg-…)`, named by DIAGRAM_COLOURS; src/styles/diagrams.css defines the
 * properties for each theme. Presentation attributes cannot hold var(), so such a colour moves
 * into the element's style attribute (hashed by the page's Content-Security-Policy).
 */
import type { DiagramColour } from './mermaidThemes.ts';

const COLOUR = /#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)/g;

export class ThemeMismatchError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ThemeMismatchError';
	}
}

/** Merges a light and a dark drawing of the same diagram into one SVG themed by custom properties. */
export function themeSvg(light: string, dark: string, colours: readonly DiagramColour[]): string {
	const byPair = new Map(colours.map((c) => [`${c.light}|${c.dark}`, c.property]));
	const lightParts = light.split(COLOUR);
	const darkParts = dark.split(COLOUR);
	const same =
		lightParts.length === darkParts.length && lightParts.every((p, i) => p === darkParts[i]);
	if (!same) {
		throw new ThemeMismatchError(
			'the light and dark drawings of a diagram differ in more than colour, so one SVG cannot serve both themes',
		);
	}
	const lightColours = [...light.matchAll(COLOUR)].map((m) => m[0]);
	const darkColours = [...dark.matchAll(COLOUR)].map((m) => m[0]);
	let out = lightParts[0] ?? '';
	lightColours.forEach((lc, i) => {
		const dc = darkColours[i] ?? lc;
		let value = lc;
		if (lc !== dc) {
			const property = byPair.get(`${lc}|${dc}`);
			if (property === undefined) {
				throw new ThemeMismatchError(
					`the diagram uses the colour pair light ${lc} / dark ${dc}, which has no custom property: add it to DIAGRAM_COLOURS (src/build/mermaid/mermaidThemes.ts) and src/styles/diagrams.css`,
				);
			}
			value = `var(--${property})`;
		}
		out += value + (lightParts[i + 1] ?? '');
	});
	return moveVarAttributesToStyle(out);
}

/** `stop-color="var(--x)"` is not valid SVG; `style="stop-color:var(--x)"` is. */
function moveVarAttributesToStyle(svg: string): string {
	return svg.replace(
		/<([a-zA-Z][\w:-]*)(\s[^>]*?)?(\/?)>/g,
		(tag: string, name: string, found: string | undefined, close: string) => {
			const attrs = found ?? '';
			if (!attrs.includes('="var(--')) return tag;
			const moved: string[] = [];
			let rest = attrs.replace(
				/\s([a-z-]+)="(var\(--[\w-]+\))"/g,
				(_m: string, attr: string, value: string) => {
					if (attr === 'style') return _m;
					moved.push(`${attr}:${value}`);
					return '';
				},
			);
			if (moved.length === 0) return tag;
			const existing = /\sstyle="([^"]*)"/.exec(rest);
			if (existing) {
				const base = (existing[1] ?? '').replace(/;?\s*$/, '');
				rest = rest.replace(
					existing[0],
					` style="${[base, ...moved].filter((s) => s !== '').join(';')}"`,
				);
			} else {
				rest += ` style="${moved.join(';')}"`;
			}
			return `<${name}${rest}${close}>`;
		},
	);
}

/**
 * Drops what the page never uses: Mermaid's data-* attributes (edge geometry in `data-points`,
 * ids and looks that only Mermaid's own scripts read) and the markers, filters and gradients no
 * element references. Ids that titles, descriptions and used markers need stay.
 */
export function stripUnusedSvg(svg: string): string {
	let out = svg.replace(/\sdata-(?:points|edge|et|id|look)="[^"]*"/g, '');
	const referenced = new Set(
		[...out.matchAll(/url\(#([^)]+)\)|href="#([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? ''),
	);
	out = out.replace(
		/<(marker|filter|linearGradient|radialGradient)\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/\1>/g,
		(element, _tag: string, id: string) => (referenced.has(id) ? element : ''),
	);
	return out.replace(/<defs><\/defs>/g, '');
}
