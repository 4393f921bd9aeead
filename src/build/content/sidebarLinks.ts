/**
 * Sidebar links for a folder of content/docs. Starlight's `autogenerate` looks for pages under
 * src/content/docs and finds none in this site's top-level content/docs, so every group came out
 * empty; the config lists each folder's pages through this instead: their frontmatter title (or
 * sidebar.label), ordered by sidebar.order, then title, as autogenerate would.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../filesUnder.ts';

export interface SidebarPage {
	label: string;
	order: number | undefined;
	hidden: boolean;
}

function unquote(text: string): string {
	const t = text.trim();
	const quoted = /^(['"])(.*)\1$/.exec(t);
	return quoted !== null ? (quoted[2] ?? '').replace(/''/g, "'") : t;
}

/** The sidebar's view of one page, from its frontmatter (undefined without a title). */
export function sidebarPage(source: string): SidebarPage | undefined {
	const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
	if (front === undefined) return undefined;
	const title = /^title:(.*)$/m.exec(front)?.[1];
	if (title === undefined) return undefined;
	const sidebar = /^sidebar:\r?\n((?:[ \t]+.*(?:\r?\n|$))*)/m.exec(front)?.[1] ?? '';
	const label = /^[ \t]+label:(.*)$/m.exec(sidebar)?.[1];
	const order = /^[ \t]+order:\s*(-?\d+)\s*$/m.exec(sidebar)?.[1];
	return {
		label: unquote(label ?? title),
		order: order !== undefined ? Number(order) : undefined,
		hidden: /^[ \t]+hidden:\s*true\s*$/m.test(sidebar),
	};
}

/** Links to the pages directly in content/docs/<dir>, in sidebar order. */
export function sidebarLinks(
	dir: string,
	docsRoot = join(process.cwd(), 'content', 'docs'),
): { label: string; link: string }[] {
	const folder = join(docsRoot, dir);
	return filesUnder(folder, (name) => /^[^_].*\.mdx?$/.test(name))
		.filter((file) => !relative(folder, file).includes('/'))
		.flatMap((file) => {
			const page = sidebarPage(readFileSync(file, 'utf8'));
			if (page === undefined || page.hidden) return [];
			const slug = relative(docsRoot, file)
				.replace(/\.mdx?$/, '')
				.replace(/\/index$/, '');
			return [{ ...page, link: `/${slug}/` }];
		})
		.sort(
			(a, b) =>
				(a.order ?? Infinity) - (b.order ?? Infinity) || a.label.localeCompare(b.label, 'en'),
		)
		.map(({ label, link }) => ({ label, link }));
}
