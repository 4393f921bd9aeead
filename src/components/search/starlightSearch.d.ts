/**
 * Types for what the Search override (./Search.astro) imports from Starlight and Pagefind, which
 * ship none: Starlight's virtual modules and Pagefind's default UI (only the parts used here).
 */
declare module 'virtual:starlight/project-context' {
	const project: { trailingSlash: 'always' | 'never' | 'ignore' };
	export default project;
}

declare module 'virtual:starlight/pagefind-config' {
	/** Starlight's `pagefind` option from astro.config.mjs (here, the ranking weights). */
	export const pagefindUserConfig: Record<string, unknown>;
}

declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		triggerSearch(term: string): void;
	}
}
