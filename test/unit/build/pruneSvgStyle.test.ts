import { describe, expect, it } from 'vitest';
import { pruneSvgStyle } from '../../../src/build/mermaid/pruneSvgStyle.ts';

const svg = (css: string) =>
	`<svg id="d1" xmlns="http://www.w3.org/2000/svg"><style>${css}</style><g class="root"><g class="nodes"><g class="node"><rect></rect></g></g><path class="flowchart-link edge-animation-fast"></path></g></svg>`;
const style = (out: string) => /<style>([\s\S]*)<\/style>/.exec(out)?.[1] ?? '';

describe('pruneSvgStyle', () => {
	it('keeps the root rule and the selectors that match an element of the diagram', () => {
		const out = style(
			pruneSvgStyle(
				svg(
					'#d1{font-size:16px;}#d1 .node rect,#d1 .node circle{fill:var(--dg-node);}#d1 .error-icon{fill:red;}#d1 .flowchart-link{stroke:var(--dg-line);}',
				),
			),
		);
		expect(out).toBe(
			'#d1{font-size:16px;}#d1 .node rect{fill:var(--dg-node);}#d1 .flowchart-link{stroke:var(--dg-line);}',
		);
	});

	it('keeps the keyframes a kept rule animates with, and drops the others', () => {
		const out = style(
			pruneSvgStyle(
				svg(
					'@keyframes dash{to{stroke-dashoffset:0;}}@keyframes spin{to{rotate:1turn;}}#d1 .edge-animation-fast{animation:dash 20s linear infinite;}#d1 .spinner{animation:spin 1s;}',
				),
			),
		);
		expect(out).toContain('@keyframes dash{to{stroke-dashoffset:0;}}');
		expect(out).not.toContain('spin');
		expect(out).toContain('#d1 .edge-animation-fast{animation:dash');
	});

	it('keeps selectors it cannot read, and everything outside the diagram’s own id', () => {
		const css = '#d1 .node:frobnicate(x){fill:red;}.global{fill:blue;}';
		expect(style(pruneSvgStyle(svg(css)))).toBe(css);
	});

	it('leaves an SVG without an id as it was', () => {
		const plain = '<svg><style>.a{fill:red;}</style></svg>';
		expect(pruneSvgStyle(plain)).toBe(plain);
	});
});
