/**
 * Mermaid writes coordinates as full doubles (`596.732816060384`, `1753.400146484375`, even
 * `1e-7`): a tenth of a diagram's bytes are digits no screen can show. This rounds every number in
 * the geometry of the markup to at most 2 decimals, so no point moves by more than 0.005 user
 * units (a diagram is never drawn larger than its own size, so that is under a hundredth of a CSS
 * pixel).
 *
 * Only geometry is touched: the attributes in GEOMETRY_ATTRIBUTES and, inside `style="…"`, the
 * declarations in GEOMETRY_STYLE_PROPERTIES (Mermaid's `stroke-dasharray` on edges and the root's
 * `max-width`). Text content, `<style>` elements, ids, class names, custom properties and every
 * other attribute stay as they are. Numbers with at most 2 decimals are left as written.
 */

/** SVG attributes whose value is made of lengths, coordinates or transform arguments. */
export const GEOMETRY_ATTRIBUTES: ReadonlySet<string> = new Set([
	'd',
	'points',
	'transform',
	'viewBox',
	'x',
	'y',
	'x1',
	'y1',
	'x2',
	'y2',
	'cx',
	'cy',
	'r',
	'rx',
	'ry',
	'dx',
	'dy',
	'width',
	'height',
	'refX',
	'refY',
	'markerWidth',
	'markerHeight',
	'stroke-width',
	'stroke-dasharray',
	'stroke-dashoffset',
]);

/** Declarations of a `style` attribute whose numbers are geometry. */
export const GEOMETRY_STYLE_PROPERTIES: ReadonlySet<string> = new Set([
	'width',
	'height',
	'max-width',
	'max-height',
	'stroke-width',
	'stroke-dasharray',
	'stroke-dashoffset',
]);

/** A number as SVG and CSS write it: sign, digits with an optional point, optional exponent. */
const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** The decimals kept. */
const DECIMALS = 2;

/** One number token, rounded to at most 2 decimals; tokens already that short are kept as written. */
export function roundNumberToken(token: string): string {
	const [mantissa = '', exponent] = token.split(/[eE]/);
	const decimals = mantissa.split('.')[1]?.length ?? 0;
	const value = Number(token);
	if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return token;
	const rounded = Number(value.toFixed(DECIMALS));
	if (exponent === undefined ? decimals <= DECIMALS : rounded === value) return token;
	// Number() drops trailing zeros; `+ 0` turns -0 (from -0.001, say) into 0.
	return String(rounded + 0);
}

/**
 * Every number in a geometric attribute value (a path, a point list, a transform), rounded. Path
 * data may run numbers together (`M0.5.5` is 0.5 and .5); where one of two such numbers changes, a
 * space keeps them apart, since `1.999.5` would otherwise become `2.5`.
 */
export function roundNumbers(value: string): string {
	let out = '';
	let last = 0;
	let previousChanged = false;
	for (const match of value.matchAll(NUMBER)) {
		const token = match[0];
		const rounded = roundNumberToken(token);
		const changed = rounded !== token;
		const adjacent = last > 0 && match.index === last;
		const separator = adjacent && (changed || previousChanged) && !/^[-+]/.test(rounded) ? ' ' : '';
		out += value.slice(last, match.index) + separator + rounded;
		last = match.index + token.length;
		previousChanged = changed;
	}
	return out + value.slice(last);
}

/** A style attribute's value with the numbers of its geometric declarations rounded. */
function roundStyle(style: string): string {
	return style.replace(
		/(^|;)(\s*)([a-zA-Z-]+)(\s*:)([^;]*)/g,
		(all, start: string, space: string, property: string, colon: string, value: string) =>
			GEOMETRY_STYLE_PROPERTIES.has(property.toLowerCase())
				? `${start}${space}${property}${colon}${roundNumbers(value)}`
				: all,
	);
}

/** One attribute (` name="value"`), rounded when it is geometry. */
function roundAttribute(attribute: string, name: string, value: string): string {
	if (GEOMETRY_ATTRIBUTES.has(name)) return ` ${name}="${roundNumbers(value)}"`;
	if (name === 'style') return ` ${name}="${roundStyle(value)}"`;
	return attribute;
}

/**
 * A start tag with its attributes. Quoted values may hold `>`; text between tags never matches,
 * since a `<` in text is always escaped.
 */
const START_TAG = /<[a-zA-Z][\w:-]*(?:\s+[^\s"'=<>/]+(?:\s*=\s*"[^"]*")?)*\s*\/?>/g;

const ATTRIBUTE = /\s+([^\s"'=<>/]+)\s*=\s*"([^"]*)"/g;

/** The SVG (or any markup holding SVGs) with the numbers in its geometry rounded to 2 decimals. */
export function roundSvgNumbers(svg: string): string {
	return svg.replace(START_TAG, (tag) =>
		tag.replace(ATTRIBUTE, (attribute, name: string, value: string) =>
			roundAttribute(attribute, name, value),
		),
	);
}
