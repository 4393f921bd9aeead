/**
 * Pagefind's ranking weights for the site's search, in one place: astro.config.mjs passes them to
 * Starlight's `pagefind.ranking`, and test/browser/searchQuality.test.ts searches with them.
 * Starlight's defaults, kept for now.
 */
export const SEARCH_RANKING = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
} as const;
