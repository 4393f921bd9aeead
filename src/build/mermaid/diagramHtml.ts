import type { RenderedDiagram } from './renderMermaid.ts';

/**
 * The markup of one diagram: a figure holding its one inline SVG. The SVG's colours are CSS
 * custom properties that src/styles/diagrams.css sets for Starlight's light and dark themes.
 */
export function diagramHtml(rendered: RenderedDiagram, idPrefix: string): string {
	return `<figure class="diagram not-content" data-diagram="${idPrefix}">${rendered}</figure>`;
}
