/**
 * Where things live on the site. Pure: the pattern-to-page map is built from the docs
 * collection's entries (their `pattern` frontmatter), passed in by the caller.
 */
import { anchorId } from './anchorId.ts';

export const FACTS_PAGE = '/reference/facts/';

/** The HTML id of a fact's row on the facts page. */
export function factAnchor(factId: string): string {
	return anchorId('fact', factId);
}

export function factHref(factId: string): string {
	return `${FACTS_PAGE}#${factAnchor(factId)}`;
}

export interface PageEntry {
	id: string;
	data: { pattern?: string | undefined };
}

/** URL path of a docs entry (Starlight slugs: `index` is the root). */
export function entryHref(entryId: string): string {
	const slug = entryId.replace(/(^|\/)index$/, '');
	return slug === '' ? '/' : `/${slug}/`;
}

/** pattern id -> page URL; throws when two pages claim one pattern. */
export function patternPageMap(entries: readonly PageEntry[]): Map<string, string> {
	const map = new Map<string, string>();
	for (const entry of entries) {
		const pattern = entry.data.pattern;
		if (pattern === undefined) continue;
		const existing = map.get(pattern);
		if (existing !== undefined) {
			throw new Error(
				`Two pages claim pattern "${pattern}": ${existing} and ${entryHref(entry.id)}. Keep \`pattern: ${pattern}\` in one page's frontmatter only.`,
			);
		}
		map.set(pattern, entryHref(entry.id));
	}
	return map;
}

/** The source file of the page at a URL path, for error hints. */
export function sourceFileHint(pathname: string): string {
	const slug = pathname.replace(/^\/|\/$/g, '');
	return `content/docs/${slug === '' ? 'index' : slug}.mdx`;
}
