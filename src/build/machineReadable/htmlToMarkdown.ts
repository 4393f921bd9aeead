/**
 * A built page's HTML to the Markdown of its content, for the page's Markdown twin
 * (`/path/index.md`) and llms-full.txt. Works on the built page, so every figure is already
 * resolved from the model. Kept: headings, paragraphs, lists, tables, links, code, asides, the
 * plan and results the page renders. Dropped: Starlight's chrome (navigation, heading anchors),
 * form controls and status lines that only act with JavaScript, scripts and styles. A diagram
 * becomes its title and description (its text equivalent, when it has one, follows it as content).
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { toMdast } from 'hast-util-to-mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

export interface PageMarkdown {
	title: string;
	description: string;
	/** The page's content as Markdown, starting with its title as a level-1 heading. */
	markdown: string;
}

/** What is not content: controls, chrome, and what only a script shows. */
const DROP = [
	'script',
	'style',
	'template',
	'noscript',
	'form',
	'button',
	'input',
	'select',
	'textarea',
	'[hidden]',
	'[role="status"]',
	'[role="group"][data-pagefind-ignore]',
	'.sl-anchor-link',
	'.copy-markdown',
].join(', ');

function remove(tree: Root | Element, doomed: ReadonlySet<Element>): void {
	tree.children = tree.children.filter((child) => !(child.type === 'element' && doomed.has(child)));
	for (const child of tree.children) if (child.type === 'element') remove(child, doomed);
}

function paragraph(text: string): Element {
	return {
		type: 'element',
		tagName: 'p',
		properties: {},
		children: [{ type: 'text', value: text }],
	};
}

/**
 * A diagram figure becomes one paragraph: "Diagram: title. description". A table's caption,
 * which Markdown tables cannot hold, becomes a paragraph before it.
 */
function diagramsToText(tree: Root | Element): void {
	tree.children = tree.children.flatMap((child): RootContent[] => {
		if (child.type !== 'element') return [child];
		if (child.tagName === 'table') {
			const caption = child.children.find(
				(c): c is Element => c.type === 'element' && c.tagName === 'caption',
			);
			if (caption === undefined) return [child];
			child.children = child.children.filter((c) => c !== caption);
			return [paragraph(toText(caption).trim().replace(/\s+/g, ' ')), child];
		}
		const classes = child.properties['className'];
		if (child.tagName === 'figure' && Array.isArray(classes) && classes.includes('diagram')) {
			const svg = select('svg', child);
			const title = svg ? toText(select('title', svg) ?? svg).trim() : '';
			const desc = svg ? toText(select('desc', svg) ?? { type: 'root', children: [] }).trim() : '';
			const sentence = (s: string) => (s === '' || /[.!?]$/.test(s) ? s : `${s}.`);
			return [paragraph(`Diagram: ${[sentence(title), sentence(desc)].filter(Boolean).join(' ')}`)];
		}
		diagramsToText(child);
		return [child];
	});
}

export function htmlToMarkdown(html: string): PageMarkdown {
	const page = fromHtml(html);
	const title = toText(select('main h1', page) ?? select('title', page) ?? page).trim();
	const description = String(
		select('meta[name="description"]', page)?.properties['content'] ?? '',
	).trim();
	const content = select('main .sl-markdown-content', page) ?? select('main', page);
	if (content === undefined) return { title, description, markdown: `# ${title}\n` };
	const root: Root = { type: 'root', children: structuredClone(content.children) };
	remove(root, new Set(selectAll(DROP, root)));
	diagramsToText(root);
	// Fact links carry their source in a title attribute; the facts page lists the sources.
	for (const link of selectAll('a[title]', root)) delete link.properties['title'];
	const body = toMarkdown(toMdast(root), {
		extensions: [gfmToMarkdown({ tablePipeAlign: false })],
		bullet: '-',
		emphasis: '_',
		rule: '-',
	})
		// A bold label ending in a space ("Trap: ") comes out as character references.
		.replace(
			/&#x20;\*\*&#x([0-9a-f]+);/gi,
			(_m, hex: string) => `** ${String.fromCodePoint(parseInt(hex, 16))}`,
		)
		.trim();
	const head = [`# ${title}`, description === '' ? '' : `> ${description}`]
		.filter(Boolean)
		.join('\n\n');
	return { title, description, markdown: `${head}\n\n${body}\n` };
}
