/** The shared build-time renderer, in real headless Chromium: SVG out, errors with file and line. */
import { afterAll, describe, expect, it } from 'vitest';
import { closeDiagramRenderer, renderDiagram } from '../../src/build/mermaid/renderMermaid.ts';
import { rehypeMermaid } from '../../src/build/mermaid/rehypeMermaid.ts';
import { svgIds } from '../../src/build/mermaid/svgIds.ts';

afterAll(async () => {
	await closeDiagramRenderer();
});

const CODE = 'flowchart LR\n  A[Primary] -->|replicates| B[Secondary]\n';

describe('renderDiagram', () => {
	it('draws one SVG, titled, described, with every id prefixed and its colours themed by CSS', async () => {
		const svg = await renderDiagram({
			code: CODE,
			idPrefix: 'case-1',
			title: 'Replication',
			description: 'Primary replicates to secondary.',
		});
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toMatch(/<title[^>]*>Replication<\/title>/);
		expect(svg).toMatch(/<desc[^>]*>Primary replicates to secondary.<\/desc>/);
		expect(svgIds(svg).every((id) => id.startsWith('case-1'))).toBe(true);
		// Node fill, border and text follow the theme; neither scheme's node colour is baked in.
		expect(svg).toContain('var(--dg-node)');
		expect(svg).toContain('var(--dg-text)');
		expect(svg).not.toMatch(/#eef2ff|#1e1b4b/i);
		expect(svg).not.toContain('data-points');
		// Every marker an edge points at is still there.
		for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(svgIds(svg)).toContain(m[1]);
	});

	it('refuses a diagram without a title and description', async () => {
		await expect(renderDiagram({ code: CODE, idPrefix: 'case-2' })).rejects.toThrow(/accTitle/);
	});

	it('reports the line of a syntax error', async () => {
		await expect(
			renderDiagram({
				code: 'flowchart LR\n  A --> B\n  B -- C\n',
				idPrefix: 'case-3',
				title: 't',
				description: 'd',
			}),
		).rejects.toMatchObject({ name: 'DiagramError', line: 3 });
	});
});

describe('rehypeMermaid', () => {
	function fence(code: string, line: number) {
		return {
			type: 'root',
			children: [
				{
					type: 'element',
					tagName: 'pre',
					properties: {},
					position: { start: { line, column: 1 }, end: { line: line + 5, column: 1 } },
					children: [
						{
							type: 'element',
							tagName: 'code',
							properties: { className: ['language-mermaid'] },
							children: [{ type: 'text', value: code }],
						},
					],
				},
			],
		};
	}

	it('turns a fence into a diagram in MDX', async () => {
		const tree = fence('flowchart LR\n  accTitle: T\n  accDescr: D\n  A --> B\n', 10);
		await rehypeMermaid()(tree as never, { path: `${process.cwd()}/content/docs/x.mdx` });
		const node = tree.children[0] as unknown as { type: string; attributes: { value: string }[] };
		expect(node.type).toBe('mdxJsxFlowElement');
		expect(node.attributes[0]?.value).toMatch(/^<figure class="diagram/);
	});

	it('fails naming the file and the line of the error in the page source', async () => {
		// Fence opens on line 10; the bad Mermaid line is the fence's 4th line: 10 + 4.
		const tree = fence('flowchart LR\n  accTitle: T\n  accDescr: D\n  A -- B\n', 10);
		await expect(
			rehypeMermaid()(tree as never, { path: `${process.cwd()}/content/docs/broken.mdx` }),
		).rejects.toThrow(/^content\/docs\/broken\.mdx:14: Mermaid syntax error/);
	});
});
