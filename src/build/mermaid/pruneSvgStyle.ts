/**
 * Mermaid puts the stylesheet of every diagram kind inside each SVG it draws (about 6 KB): rules
 * for error icons, KaTeX, tooltips, the "neo" look, animations. This keeps, in each diagram's
 * `<style>`, only the selectors that match an element of that diagram, and the keyframes a kept
 * rule animates with. Selectors the matcher cannot read are kept.
 */
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import type { Root } from 'hast';

/** Splits `text` at top-level occurrences of `separator` (not inside (), [] or quotes). */
function splitTopLevel(text: string, separator: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let quote = '';
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quote !== '') {
			if (c === quote) quote = '';
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') depth--;
		else if (c === separator && depth === 0) {
			parts.push(text.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(text.slice(start));
	return parts;
}

/** Index of the `}` closing the block whose `{` is at `open`. */
function closingBrace(css: string, open: number): number {
	let depth = 0;
	for (let i = open; i < css.length; i++) {
		if (css[i] === '{') depth++;
		else if (css[i] === '}' && --depth === 0) return i;
	}
	return css.length - 1;
}

function matches(selector: string, rootId: string, tree: Root): boolean {
	const own = `#${rootId}`;
	const trimmed = selector.trim();
	if (trimmed === own) return true;
	if (!trimmed.startsWith(`${own} `)) return true;
	try {
		return select(trimmed.slice(own.length).trim(), tree, 'svg') !== undefined;
	} catch {
		return true;
	}
}

/** The stylesheet of the SVG with id `rootId`, keeping only what matches `tree`. */
export function pruneCss(css: string, rootId: string, tree: Root): string {
	const rules: string[] = [];
	const keyframes = new Map<string, string>();
	let i = 0;
	while (i < css.length) {
		const open = css.indexOf('{', i);
		if (open === -1) break;
		const close = closingBrace(css, open);
		const prelude = css.slice(i, open).trim();
		const block = css.slice(open, close + 1);
		i = close + 1;
		const frames = /^@keyframes\s+([\w-]+)$/.exec(prelude);
		if (frames !== null) {
			keyframes.set(frames[1] ?? '', `${prelude}${block}`);
			continue;
		}
		if (prelude.startsWith('@')) {
			rules.push(`${prelude}${block}`);
			continue;
		}
		const kept = splitTopLevel(prelude, ',').filter((s) => matches(s, rootId, tree));
		if (kept.length > 0) rules.push(`${kept.join(',')}${block}`);
	}
	const body = rules.join('');
	const animations = [...keyframes].filter(([name]) =>
		new RegExp(`animation(?:-name)?:[^;}]*\\b${name}\\b`).test(body),
	);
	return animations.map(([, text]) => text).join('') + body;
}

/** The SVG with the rules of its `<style>` elements pruned to what it draws. */
export function pruneSvgStyle(svg: string): string {
	const rootId = /^<svg\b[^>]*\sid="([^"]+)"/.exec(svg)?.[1];
	if (rootId === undefined) return svg;
	const tree = fromHtml(svg, { fragment: true });
	return svg.replace(
		/(<style>)([\s\S]*?)(<\/style>)/g,
		(_all, open: string, css: string, close: string) =>
			`${open}${pruneCss(css, rootId, tree)}${close}`,
	);
}
