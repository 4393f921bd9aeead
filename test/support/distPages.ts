/** Reads the built site: every HTML page in dist/ with its URL path, parsed. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { filesUnder } from '../../src/build/filesUnder.ts';

export const DIST = join(process.cwd(), 'dist');

export interface DistPage {
	file: string;
	/** URL path, e.g. /concepts/rto-and-rpo/ */
	path: string;
	html: string;
	document: Document;
}

export function urlPathOf(file: string): string {
	const rel = relative(DIST, file).split(sep).join('/');
	if (rel === 'index.html') return '/';
	if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
	return `/${rel}`;
}

export function assertBuilt(): void {
	if (!existsSync(join(DIST, 'index.html'))) {
		throw new Error(
			'dist/ has no index.html: run `npm run build` before these tests (npm test does).',
		);
	}
}

export function distPages(): DistPage[] {
	assertBuilt();
	return filesUnder(DIST, (name) => name.endsWith('.html')).map((file) => {
		const html = readFileSync(file, 'utf8');
		return { file, path: urlPathOf(file), html, document: parseHTML(html).document };
	});
}

/** Page URL paths listed in the sitemap. */
export function sitemapPaths(): string[] {
	assertBuilt();
	return filesUnder(DIST, (name) => /sitemap-\d+\.xml$/.test(name))
		.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
		.map((m) => new URL(m[1] ?? '/').pathname)
		.sort();
}
