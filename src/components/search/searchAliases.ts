import type { Synonym } from '~/model/index.ts';

/** One line of the other names a page answers to, for the search index. */
export function aliasText(aliases: readonly Synonym[]): string {
	return `Also known as: ${aliases.map((a) => `${a.term} (${a.meaning})`).join('; ')}.`;
}

export interface SynonymRow {
	term: string;
	meaning: string;
	href: string;
	pageTitle: string;
}

/**
 * The glossary's rows: each synonym with the URL and title of its page. Throws, naming the term,
 * when its pattern has no page or its page does not exist.
 */
export function synonymRows(
	list: readonly Synonym[],
	patternPages: ReadonlyMap<string, string>,
	pageTitles: ReadonlyMap<string, string>,
	patternName: (id: string) => string,
): SynonymRow[] {
	return list
		.map((s) => {
			const href = 'pattern' in s.target ? patternPages.get(s.target.pattern) : s.target.page;
			const pageTitle = href === undefined ? undefined : pageTitles.get(href);
			if (href === undefined || pageTitle === undefined) {
				throw new Error(
					`Synonym "${s.term}" (src/model/patterns/synonyms.ts) points to ${JSON.stringify(s.target)}, which has no page.`,
				);
			}
			return {
				term: s.term,
				meaning: s.meaning,
				href,
				pageTitle: 'pattern' in s.target ? patternName(s.target.pattern) : pageTitle,
			};
		})
		.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}
