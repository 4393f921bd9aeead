import { COLOUR_SCHEMES } from './mermaidThemes.ts';
import type { RenderedDiagram } from './renderMermaid.ts';

/**
 * The markup of one diagram: a figure holding one inline SVG per colour scheme. CSS in
 * src/styles/diagrams.css shows the one matching Starlight's theme; the hidden one is
 * display:none, so assistive technology meets the title and description once.
 */
export function diagramHtml(rendered: RenderedDiagram, idPrefix: string): string {
	const variants = COLOUR_SCHEMES.map(
		(scheme) => `<div class="diagram-variant diagram-${scheme}">${rendered[scheme]}</div>`,
	).join('');
	return `<figure class="diagram not-content" data-diagram="${idPrefix}">${variants}</figure>`;
}
