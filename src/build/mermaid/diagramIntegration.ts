import type { AstroIntegration } from 'astro';
import { closeDiagramRenderer } from './renderMermaid.ts';

/** Closes the shared headless Chromium once Astro has rendered every page. */
export function diagramRendererIntegration(): AstroIntegration {
	return {
		name: 'dr-guides:diagram-renderer',
		hooks: {
			'astro:build:generated': async () => {
				await closeDiagramRenderer();
			},
			'astro:server:done': async () => {
				await closeDiagramRenderer();
			},
		},
	};
}
