/**
 * Rehype plugin: every ```mermaid code fence in Markdown/MDX becomes inline SVG at build time,
 * drawn by the shared renderer (renderMermaid.ts). Runs before Expressive Code, so the code
 * highlighter never sees the fence.
 *
 * 1. Finds `pre > code.language-mermaid`.
 * 2. Renders it (light and dark) with an id prefix unique to the file and the fence's position.
 * 3. Replaces the `pre` with the diagram figure: in MDX as `<Fragment set:html>` (MDX would
 *    otherwise turn the SVG's <style> into a literal attribute), in Markdown as raw HTML.
 * 4. On a syntax error or a missing accTitle/accDescr, fails the build with `file:line`.
 */
import { relative } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { diagramHtml } from './diagramHtml.ts';
import { DiagramError, renderDiagram } from './renderMermaid.ts';
import { shortHash } from './svgIds.ts';

interface VFileLike {
	path?: string;
}

function isMermaidPre(node: Element): Element | undefined {
	if (node.tagName !== 'pre') return undefined;
	const code = node.children.find(
		(child): child is Element => child.type === 'element' && child.tagName === 'code',
	);
	const classes = code?.properties['className'];
	const list = Array.isArray(classes) ? classes.map(String) : [];
	return list.includes('language-mermaid') ? code : undefined;
}

function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element') return node.children.map(textOf).join('');
	return '';
}

/** MDX's own way to emit a string of HTML untouched (see @astrojs/markdown-remark's rehype-optimize-static). */
function mdxHtml(html: string): object {
	return {
		type: 'mdxJsxFlowElement',
		name: 'Fragment',
		attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: html }],
		children: [],
	};
}

function replaceNode(target: Element, replacement: object): void {
	const node = target as unknown as Record<string, unknown>;
	for (const key of Object.keys(node)) delete node[key];
	Object.assign(node, replacement);
}

export function rehypeMermaid() {
	return async (tree: Root, file: VFileLike): Promise<void> => {
		const found: { pre: Element; code: string; line: number }[] = [];
		visit(tree, 'element', (node: Element) => {
			const code = isMermaidPre(node);
			if (code !== undefined) {
				found.push({ pre: node, code: textOf(code), line: node.position?.start.line ?? 1 });
			}
		});
		if (found.length === 0) return;
		const where = relative(process.cwd(), file.path ?? 'unknown file');
		let index = 0;
		for (const item of found) {
			index += 1;
			const idPrefix = `mmd-${shortHash(where)}-${index}`;
			try {
				const html = diagramHtml(await renderDiagram({ code: item.code, idPrefix }), idPrefix);
				replaceNode(
					item.pre,
					where.endsWith('.mdx') ? mdxHtml(html) : { type: 'raw', value: html },
				);
			} catch (error) {
				if (error instanceof DiagramError) {
					// The fence's first content line is one below the ``` line.
					const line = error.line !== undefined ? item.line + error.line : item.line;
					throw new Error(`${where}:${line}: ${error.message}`);
				}
				throw error;
			}
		}
	};
}
