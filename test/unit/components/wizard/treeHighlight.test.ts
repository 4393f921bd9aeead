import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { highlightTree, listedPathNodes } from '~/components/wizard/treeHighlight.ts';

const page = () =>
	parseHTML(`<div class="wizard-tree">
		<svg><g class="node default dt-q-a"></g><g class="node default dt-q-b on-path"></g><g class="node dt-o-c"></g></svg>
		<svg><g class="node default dt-q-a"></g><g class="node default dt-q-b"></g><g class="node dt-o-c"></g></svg>
		<ul><li data-path-nodes="q-a o-c"></li><li data-path-nodes="q-a  "></li></ul>
	</div>`).document;

const onPath = (doc: Document) =>
	[...doc.querySelectorAll('.on-path')].map((e) => e.getAttribute('class'));

describe('decision tree highlight', () => {
	it('reads the listed path nodes, deduplicated', () => {
		expect([...listedPathNodes(page())]).toEqual(['q-a', 'o-c']);
	});

	it('marks exactly the nodes on the path, in every copy of the SVG', () => {
		const doc = page();
		expect(highlightTree(doc, new Set(['q-a', 'o-c']))).toBe(4);
		expect(onPath(doc)).toEqual([
			'node default dt-q-a on-path',
			'node dt-o-c on-path',
			'node default dt-q-a on-path',
			'node dt-o-c on-path',
		]);
		expect(highlightTree(doc, new Set(['q-b']))).toBe(2);
		expect(onPath(doc)).toEqual(['node default dt-q-b on-path', 'node default dt-q-b on-path']);
		expect(highlightTree(doc, new Set())).toBe(0);
		expect(onPath(doc)).toEqual([]);
	});
});
