/**
 * Which lists Starlight spaces as lists of blocks: those with an item holding an element other
 * than its inline ones. Such a list carries BLOCK_ITEMS_CLASS, which the build's rewrite of
 * Starlight's list rule targets instead of a `:has()` (src/build/css/listSpacing.ts explains why).
 * Components whose lists always hold blocks (timelines, runbooks, the finder) write the class in
 * their markup; Markdown lists get it from the build.
 */

/** The class on a list whose items hold blocks. */
export const BLOCK_ITEMS_CLASS = 'dr-block-items';

/** Children that do not count as blocks in Starlight's rule: what its `:not(…)` lists. */
export const INLINE_ITEM_CHILDREN: ReadonlySet<string> = new Set([
	'a',
	'strong',
	'em',
	'del',
	'span',
	'input',
	'code',
	'br',
	'script',
	'ol',
	'ul',
]);

/** Whether a list gets the class, from its items' child element tag names (one array per item). */
export function holdsBlocks(itemChildTags: readonly (readonly string[])[]): boolean {
	return itemChildTags.some((tags) => tags.some((t) => !INLINE_ITEM_CHILDREN.has(t)));
}
