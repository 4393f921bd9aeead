/**
 * Makes every id inside one SVG start with the diagram's prefix, rewriting the references to it
 * (url(#…), href="#…", aria-labelledby/-describedby), so several diagrams on one page never
 * share an arrowhead marker, gradient or title id.
 */
export function prefixSvgIds(svg: string, prefix: string): string {
	const ids = new Set<string>();
	for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
		const id = match[1];
		if (
			id !== undefined &&
			id !== prefix &&
			!id.startsWith(`${prefix}-`) &&
			!id.startsWith(`${prefix}_`)
		) {
			ids.add(id);
		}
	}
	if (ids.size === 0) return svg;
	const rename = (id: string): string => (ids.has(id) ? `${prefix}-${id}` : id);
	return svg
		.replace(
			/(\sid=")([^"]+)(")/g,
			(_m, a: string, id: string, b: string) => `${a}${rename(id)}${b}`,
		)
		.replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${rename(id)})`)
		.replace(
			/(href=")#([^"]+)(")/g,
			(_m, a: string, id: string, b: string) => `${a}#${rename(id)}${b}`,
		)
		.replace(
			/(aria-(?:labelledby|describedby)=")([^"]+)(")/g,
			(_m, a: string, list: string, b: string) =>
				`${a}${list.split(/\s+/).map(rename).join(' ')}${b}`,
		);
}

/** Every id an SVG declares, for tests and the dist checks. */
export function svgIds(svg: string): string[] {
	return [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** A short, stable, URL-safe hash (FNV-1a, 32 bit) for diagram id prefixes. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}
