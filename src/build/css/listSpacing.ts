/**
 * Starlight spaces the items of a list that holds blocks (a paragraph, a figure) with one rule,
 * in its markdown.css:
 *
 *   .sl-markdown-content :is(ol, ul):has(> li > :not(a, strong, em, del, span, input, code, br,
 *   script, ol, ul)) > li > :is(:last-child…) { margin-bottom: 1.25rem }
 *
 * That `:has()` makes Chromium restyle the whole page content on any DOM insertion inside it:
 * measured on the wizard with a 10-tier plan, writing the plan took 43 ms of style recalculation
 * with the rule and 13.5 ms without it (medians of three page loads on an idle machine, each the
 * median of nine restyles; a `:has()` whose argument matches nearly any element cannot be
 * invalidated narrowly). So the build rewrites the selector to a class, `dr-block-items`, and
 * puts the class on exactly the lists the `:has()` matched (src/components/page/blockItems.ts):
 * Markdown lists by the rehype plugin below, component lists in their own markup (a dist test
 * checks both ways on every page).
 * The rewritten selector keeps the original's specificity, so the cascade is unchanged.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import {
	BLOCK_ITEMS_CLASS,
	holdsBlocks,
	INLINE_ITEM_CHILDREN,
} from '../../components/page/blockItems.ts';

/**
 * Starlight 0.42's selector part, as written in its markdown.css, from the one list of inline
 * children (blockItems.ts): if Starlight changes that list, the rewrite below fails loudly.
 */
export const STARLIGHT_LIST_HAS = `:is(ol, ul):has(> li > :not(${[...INLINE_ITEM_CHILDREN].join(', ')}))`;

/**
 * The replacement: the class, with the specificity of `:has(> li > :not(…))` (two type
 * selectors) kept by repeating `:is(ol, ul)`, which any list matches.
 */
export const LIST_WITH_CLASS = `:is(ol, ul):where(.${BLOCK_ITEMS_CLASS}):is(ol, ul):is(ol, ul)`;

/** Starlight's markdown.css with the rule's `:has()` replaced; fails loudly if it moved. */
export function rewriteStarlightListRule(css: string): string {
	if (!css.includes(STARLIGHT_LIST_HAS))
		throw new Error(
			`Starlight's list-spacing rule changed: "${STARLIGHT_LIST_HAS}" is no longer in its markdown.css. Update src/build/css/listSpacing.ts to the new rule (see its header).`,
		);
	return css.replaceAll(STARLIGHT_LIST_HAS, LIST_WITH_CLASS);
}

/** The Vite plugin that applies the rewrite to Starlight's markdown.css as it is bundled. */
export function starlightListRuleWithoutHas() {
	return {
		name: 'dr-guides:starlight-list-rule-without-has',
		enforce: 'pre' as const,
		transform(code: string, id: string): string | undefined {
			return /[\\/]@astrojs[\\/]starlight[\\/].*[\\/]style[\\/]markdown\.css(\?|$)/.test(id)
				? rewriteStarlightListRule(code)
				: undefined;
		},
	};
}

const childTags = (item: Element): string[] =>
	item.children.flatMap((c) => (c.type === 'element' ? [c.tagName] : []));

/** Rehype plugin: Markdown lists whose items hold blocks get the class. */
export function rehypeBlockItemLists() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'ul' && node.tagName !== 'ol') return;
			const items = node.children.filter(
				(c): c is Element => c.type === 'element' && c.tagName === 'li',
			);
			if (!holdsBlocks(items.map(childTags))) return;
			const classes = node.properties['className'];
			const list = Array.isArray(classes) ? classes.map(String) : [];
			node.properties['className'] = [...list, BLOCK_ITEMS_CLASS];
		});
	};
}
