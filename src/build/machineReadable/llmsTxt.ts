/** llms.txt (https://llmstxt.org/): the site's pages, one line each, and llms-full.txt. */

export interface TwinPage {
	/** Site path of the page, e.g. /wizard/. */
	path: string;
	title: string;
	description: string;
	markdown: string;
}

/** Group pages under a heading by their first path segment. */
function section(path: string): string {
	const first = path.split('/').filter(Boolean)[0] ?? '';
	if (first === 'patterns') return 'Patterns';
	if (first === 'concepts') return 'Concepts';
	if (first === 'reference') return 'Reference';
	return 'Start here';
}

const ORDER = ['Start here', 'Concepts', 'Patterns', 'Reference'];

export function llmsTxt(
	site: { title: string; description: string; url: string },
	pages: readonly TwinPage[],
	api: readonly { path: string; title: string }[],
): string {
	const lines = [`# ${site.title}`, '', `> ${site.description}`, ''];
	lines.push(
		'Every page below has a Markdown twin (the page address followed by index.md) with its figures resolved from the model and its diagrams as text. llms-full.txt holds all of them in one file.',
		'',
	);
	for (const name of ORDER) {
		const inSection = pages.filter((p) => section(p.path) === name);
		if (inSection.length === 0) continue;
		lines.push(`## ${name}`, '');
		for (const p of inSection) {
			lines.push(
				`- [${p.title}](${new URL(`${p.path}index.md`, site.url).href}): ${p.description}`,
			);
		}
		lines.push('');
	}
	lines.push('## Data', '');
	for (const a of api) lines.push(`- [${a.title}](${new URL(a.path, site.url).href})`);
	return `${lines.join('\n')}\n`;
}

export function llmsFullTxt(pages: readonly TwinPage[], siteUrl: string): string {
	return pages
		.map((p) => `${p.markdown.trim()}\n\nPage: ${new URL(p.path, siteUrl).href}\n`)
		.join('\n---\n\n');
}
