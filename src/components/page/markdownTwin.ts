/**
 * Where a page's Markdown twin lives: `/path/index.md` beside `/path/index.html`. The 404 page
 * (built from the route /404, served as /404.html) has none.
 */
export function markdownTwinPath(pathname: string): string | undefined {
	if (/^\/404(\/|\.html)?$/.test(pathname)) return undefined;
	return pathname.endsWith('/') ? `${pathname}index.md` : undefined;
}

/** Fetches the twin and copies it; returns what the status line says either way. */
export async function copyTwin(
	href: string,
	fetchText: (href: string) => Promise<string>,
	writeClipboard: (text: string) => Promise<void>,
): Promise<string> {
	try {
		await writeClipboard(await fetchText(href));
		return 'Copied the page as Markdown.';
	} catch {
		return 'Could not copy; open the Markdown link instead.';
	}
}
