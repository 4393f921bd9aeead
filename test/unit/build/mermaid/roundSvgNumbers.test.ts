import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	roundNumbers,
	roundNumberToken,
	roundSvgNumbers,
} from '../../../../src/build/mermaid/roundSvgNumbers.ts';

/** The numbers an SVG reader finds in an attribute value (SVG's number grammar). */
const numbersIn = (value: string): number[] =>
	[...value.matchAll(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g)].map((m) => Number(m[0]));

/** Number tokens with more than 2 decimals: written so, or (with an exponent) of such a value. */
const overPrecise = (value: string): string[] =>
	[...value.matchAll(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g)]
		.map((m) => m[0])
		.filter((t) =>
			/[eE]/.test(t) ? Number(Number(t).toFixed(2)) !== Number(t) : /\.\d{3,}/.test(t),
		);

describe('roundNumberToken', () => {
	it('rounds to at most 2 decimals and drops trailing zeros', () => {
		expect(roundNumberToken('596.732816060384')).toBe('596.73');
		expect(roundNumberToken('1753.400146484375')).toBe('1753.4');
		expect(roundNumberToken('102.0999984741211')).toBe('102.1');
		expect(roundNumberToken('114.99999')).toBe('115');
		expect(roundNumberToken('1.5000')).toBe('1.5');
	});

	it('rounds negative numbers, and never writes -0', () => {
		expect(roundNumberToken('-101.5999984741211')).toBe('-101.6');
		expect(roundNumberToken('-27.099998474121094')).toBe('-27.1');
		expect(roundNumberToken('-0.0001')).toBe('0');
		expect(roundNumberToken('-0.004999')).toBe('0');
	});

	it('rounds numbers written with an exponent', () => {
		expect(roundNumberToken('1e-7')).toBe('0');
		expect(roundNumberToken('-3.2e-7')).toBe('0');
		expect(roundNumberToken('1.23456e2')).toBe('123.46');
		// Already exact to 2 decimals: kept as written.
		expect(roundNumberToken('1.5e3')).toBe('1.5e3');
	});

	it('keeps integers and numbers with up to 2 decimals as written', () => {
		for (const token of ['0', '-0', '7', '-12', '100', '0.5', '.5', '-3.25', '1.10', '4.'])
			expect(roundNumberToken(token)).toBe(token);
	});
});

describe('roundNumbers', () => {
	it('rounds a path whose numbers are separated by commas, spaces and commands', () => {
		expect(
			roundNumbers(
				'M596.732816060384,185.49996879682294L596.732816060384,216.1999969482422Q596.732816060384,236.1999969482422 603.8038838722496,236.1999969482422',
			),
		).toBe('M596.73,185.5L596.73,216.2Q596.73,236.2 603.8,236.2');
	});

	it('rounds negative numbers and exponents in a path', () => {
		expect(roundNumbers('M-1e-7,-5.55555l-0.001-2.123456z')).toBe('M0,-5.56l0-2.12z');
	});

	it('keeps numbers that a path runs together apart when one of them changes', () => {
		// 0.999 and .5: written "1.5" the two would read as one number.
		expect(numbersIn(roundNumbers('M0.999.5'))).toEqual([1, 0.5]);
		expect(numbersIn(roundNumbers('M1.23456.996'))).toEqual([1.23, 1]);
		// -1e-7 rounds to 0, which loses the sign that separated it from the 0 before.
		expect(numbersIn(roundNumbers('M0-1e-7'))).toEqual([0, 0]);
		// Unchanged neighbours stay as written.
		expect(roundNumbers('M0.5.5')).toBe('M0.5.5');
	});

	it('rounds the arguments of transforms', () => {
		expect(roundNumbers('translate(566.0328165690103, 114.0999984741211)')).toBe(
			'translate(566.03, 114.1)',
		);
		expect(
			roundNumbers(
				'matrix(0.7071067811865476,0.7071067811865475,-0.7071067811865475,0.7071067811865476,12.5,-3.333333)',
			),
		).toBe('matrix(0.71,0.71,-0.71,0.71,12.5,-3.33)');
		expect(roundNumbers('translate(0.5, -10.5) rotate(45)')).toBe(
			'translate(0.5, -10.5) rotate(45)',
		);
	});

	it('rounds point lists and keeps units', () => {
		expect(
			roundNumbers('102.0999984741211,0 204.1999969482422,-102.0999984741211 0,-102.0999984741211'),
		).toBe('102.1,0 204.2,-102.1 0,-102.1');
		expect(roundNumbers('-0.1em')).toBe('-0.1em');
		expect(roundNumbers('12.3456px')).toBe('12.35px');
		expect(roundNumbers('100%')).toBe('100%');
	});
});

describe('roundSvgNumbers', () => {
	it('rounds geometric attributes, and the geometric declarations of style attributes', () => {
		const svg =
			'<svg id="d" width="100%" style="max-width: 1097.6484375px;" viewBox="4 4 1097.6484375 1753.400146484375">' +
			'<marker refX="11.5" refY="7.123456" markerWidth="10.5"></marker>' +
			'<g class="node" id="d-flowchart-q_paas-0" transform="translate(566.0328165690103, 114.0999984741211)">' +
			'<rect class="background" x="-15.9140625" y="-1" width="30.828125" height="23"></rect></g>' +
			'<path d="M1.23456,2L3,4" style="stroke-dasharray: 0 0 194.32177734375 4; stroke-dashoffset: 0;;"></path></svg>';
		expect(roundSvgNumbers(svg)).toBe(
			'<svg id="d" width="100%" style="max-width: 1097.65px;" viewBox="4 4 1097.65 1753.4">' +
				'<marker refX="11.5" refY="7.12" markerWidth="10.5"></marker>' +
				'<g class="node" id="d-flowchart-q_paas-0" transform="translate(566.03, 114.1)">' +
				'<rect class="background" x="-15.91" y="-1" width="30.83" height="23"></rect></g>' +
				'<path d="M1.23,2L3,4" style="stroke-dasharray: 0 0 194.32 4; stroke-dashoffset: 0;;"></path></svg>',
		);
	});

	it('leaves text, ids, classes, custom properties, <style> and other attributes alone', () => {
		const svg =
			'<svg id="d-1.23456" class="v1.23456"><title id="t">RPO 0.123456 h, x="1.23456"</title>' +
			'<style>#d .a{stroke-width:1.23456px;}</style>' +
			'<rect data-x="1.23456" aria-label="1.23456" style="--dg-size: 1.23456px; opacity: 0.123456"></rect>' +
			'<text x="1.23456">at 3.14159 and x="2.71828"</text></svg>';
		expect(roundSvgNumbers(svg)).toBe(svg.replace('<text x="1.23456">', '<text x="1.23">'));
	});

	it('reads quoted values that hold ">" without losing its place', () => {
		const svg = '<g aria-label="a > b" transform="translate(1.23456, 2)"><path d="M0.004,1"/></g>';
		expect(roundSvgNumbers(svg)).toBe(
			'<g aria-label="a > b" transform="translate(1.23, 2)"><path d="M0,1"/></g>',
		);
	});
});

describe('roundNumbers, for any path data', () => {
	const written = fc.oneof(
		fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
		fc
			.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 12 }))
			.map(([x, digits]) => x.toFixed(digits)),
		fc
			.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 12 }))
			.map(([x, digits]) => x.toExponential(digits)),
		fc.integer({ min: -5000, max: 5000 }).map(String),
		fc.double({ min: -1, max: 1, noNaN: true }).map((x) => String(x).replace(/^(-?)0\./, '$1.')),
	);
	const separator = fc.constantFrom('', ' ', ',', ', ', 'L', ' L ', 'Q', 'z M');
	// Valid path data: numbers may run together, except after an exponent (`1e5` then `5` would
	// read as `1e55`, and `e` alone is not a path command).
	const pathData = fc
		.array(fc.tuple(separator, written), { maxLength: 20 })
		.map((parts) =>
			parts.reduce((d, [s, n]) => d + (s === '' && /[eE][-+]?\d+$/.test(d) ? ' ' : s) + n, 'M'),
		);

	it('moves no number by more than 0.005 and keeps them all', () => {
		fc.assert(
			fc.property(pathData, (d) => {
				const before = numbersIn(d);
				const after = numbersIn(roundNumbers(d));
				expect(after).toHaveLength(before.length);
				// 0.005 exactly, plus the error of writing the result back as a double.
				before.forEach((x, i) =>
					expect(Math.abs((after[i] ?? NaN) - x)).toBeLessThanOrEqual(0.005 + 1e-8),
				);
			}),
		);
	});

	it('leaves no number with more than 2 decimals, and is idempotent', () => {
		fc.assert(
			fc.property(pathData, (d) => {
				const once = roundNumbers(d);
				expect(overPrecise(once)).toEqual([]);
				expect(roundNumbers(once)).toBe(once);
			}),
		);
	});
});

describe('roundSvgNumbers, for any markup', () => {
	const geometry = ['d', 'points', 'transform', 'x', 'y', 'width', 'height', 'viewBox', 'refX'];
	const other = ['id', 'class', 'data-x', 'aria-label', 'font-size', 'opacity', 'xx', 'dd'];
	const numberish = fc.stringMatching(/^[-0-9.eE ,a-z()%]{0,30}$/);
	const attribute = fc.tuple(fc.constantFrom(...geometry, ...other), numberish);
	const element = fc.tuple(
		fc.constantFrom('g', 'path', 'rect', 'text', 'tspan'),
		fc.array(attribute, { maxLength: 4 }),
		numberish,
	);
	const markup = fc
		.array(element, { maxLength: 8 })
		.map((els) =>
			els
				.map(
					([tag, attrs, text]) =>
						`<${tag}${attrs.map(([n, v]) => ` ${n}="${v}"`).join('')}>${text}</${tag}>`,
				)
				.join(''),
		);
	/** The markup with the values of geometric attributes blanked out. */
	const withoutGeometry = (svg: string) =>
		svg.replace(/ (d|points|transform|x|y|width|height|viewBox|refX)="[^"]*"/g, ' $1=""');

	it('changes nothing but the values of geometric attributes, and is idempotent', () => {
		fc.assert(
			fc.property(markup, (svg) => {
				const once = roundSvgNumbers(svg);
				expect(withoutGeometry(once)).toBe(withoutGeometry(svg));
				expect(roundSvgNumbers(once)).toBe(once);
			}),
		);
	});
});
