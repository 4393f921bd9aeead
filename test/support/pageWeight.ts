/**
 * What a page makes the browser download up front, measured on dist/ without a browser:
 * the HTML, its stylesheets, its module scripts with their static imports, and inline scripts,
 * each raw and gzipped. Dynamic imports (Pagefind's search UI, loaded when the dialog opens)
 * are not counted: they are not part of loading the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DistPage } from './distPages.ts';
import { DIST } from './distPages.ts';

export interface Asset {
	key: string;
	kind: 'html' | 'css' | 'js' | 'svg';
	bytes: number;
	gzip: number;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function jsWithStaticImports(path: string, seen: Set<string>): string[] {
	if (seen.has(path)) return [];
	seen.add(path);
	const file = join(DIST, path);
	if (!existsSync(file)) return [path];
	const source = readFileSync(file, 'utf8');
	const imports = [
		...source.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g),
	]
		.map((m) => m[1] ?? '')
		.filter((spec) => spec.startsWith('./') || spec.startsWith('/'))
		.map((spec) => (spec.startsWith('/') ? spec : new URL(spec, `http://x${path}`).pathname));
	return [path, ...imports.flatMap((p) => jsWithStaticImports(p, seen))];
}

export function pageAssets(page: DistPage): Asset[] {
	const doc = page.document;
	const assets: Asset[] = [
		{
			key: `${page.path} (html)`,
			kind: 'html',
			bytes: Buffer.byteLength(page.html),
			gzip: gz(page.html),
		},
	];
	const seen = new Set<string>();
	for (const script of doc.querySelectorAll('script[type="module"][src]')) {
		for (const path of jsWithStaticImports(script.getAttribute('src') ?? '', seen)) {
			const file = join(DIST, path);
			const body = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
			assets.push({ key: path, kind: 'js', bytes: body.length, gzip: gz(body) });
		}
	}
	doc.querySelectorAll('script:not([src])').forEach((script, i) => {
		const type = script.getAttribute('type');
		if (type !== null && type !== 'module' && type !== 'text/javascript') return;
		const body = script.textContent ?? '';
		assets.push({
			key: `inline:${gz(body)}:${body.slice(0, 40)}#${i}`,
			kind: 'js',
			bytes: Buffer.byteLength(body),
			gzip: gz(body),
		});
	});
	for (const link of doc.querySelectorAll('link[rel="stylesheet"][href]')) {
		const path = link.getAttribute('href') ?? '';
		const file = join(DIST, path);
		const body = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
		assets.push({ key: path, kind: 'css', bytes: body.length, gzip: gz(body) });
	}
	const svg = [...doc.querySelectorAll('svg')]
		.filter((s) => s.parentElement?.closest('svg') === null)
		.map((s) => s.outerHTML)
		.join('');
	if (svg !== '')
		assets.push({
			key: `${page.path} (inline svg)`,
			kind: 'svg',
			bytes: Buffer.byteLength(svg),
			gzip: gz(svg),
		});
	return assets;
}

export function sumGzip(assets: readonly Asset[], kind: Asset['kind']): number {
	return assets.filter((a) => a.kind === kind).reduce((sum, a) => sum + a.gzip, 0);
}

/** JS a page loads that the baseline page (plain Starlight) does not: the page's own JS. */
export function ownJs(page: readonly Asset[], baseline: readonly Asset[]): Asset[] {
	const base = new Set(
		baseline
			.filter((a) => a.kind === 'js')
			.map((a) => (a.key.startsWith('inline:') ? a.key.replace(/#\d+$/, '') : a.key)),
	);
	return page.filter(
		(a) =>
			a.kind === 'js' &&
			!base.has(a.key.startsWith('inline:') ? a.key.replace(/#\d+$/, '') : a.key),
	);
}
