/**
 * A small static file server over dist/ for browser tests and benchmarks: the site exactly as a
 * static host would serve it (directory index.html, 404.html for missing paths, the host's route
 * headers), on loopback.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

export interface RunningServer {
	url: string;
	close: () => Promise<void>;
}

export function resolveFile(root: string, urlPath: string): string | undefined {
	const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(
		/^(\.\.[/\\])+/,
		'',
	);
	const candidate = join(root, clean);
	if (!resolve(candidate).startsWith(resolve(root))) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = join(candidate, 'index.html');
	if (existsSync(index)) return index;
	return undefined;
}

interface HostRoute {
	route: string;
	headers?: Record<string, string>;
}

/**
 * The headers the host's route rules add to a path (public/staticwebapp.config.json, first
 * matching route, a trailing `*` matching any rest), but its caching: tests never cache. A
 * worker's Content-Security-Policy comes from its script's response, so the tests need it.
 */
export function routeHeaders(root: string, urlPath: string): Record<string, string> {
	const config = join(root, 'staticwebapp.config.json');
	if (!existsSync(config)) return {};
	const { routes = [] } = JSON.parse(readFileSync(config, 'utf8')) as { routes?: HostRoute[] };
	const path = urlPath.split('?')[0] ?? '/';
	const match = routes.find((r) =>
		r.route.endsWith('*') ? path.startsWith(r.route.slice(0, -1)) : path === r.route,
	);
	return Object.fromEntries(
		Object.entries(match?.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'cache-control'),
	);
}

export async function serveStatic(root: string, port = 0): Promise<RunningServer> {
	const server: Server = createServer((req, res) => {
		const file = resolveFile(root, req.url ?? '/');
		const status = file === undefined ? 404 : 200;
		const path = file ?? join(root, '404.html');
		const type = TYPES[extname(path)] ?? 'application/octet-stream';
		// Compress text as any static host does, so measured transfer sizes are realistic.
		const gzip =
			/text|javascript|json|svg|xml/.test(type) &&
			/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		res.writeHead(status, {
			...(file === undefined ? {} : routeHeaders(root, req.url ?? '/')),
			'content-type': type,
			'cache-control': 'no-store',
			vary: 'accept-encoding',
			...(gzip ? { 'content-encoding': 'gzip' } : {}),
		});
		if (!existsSync(path)) {
			res.end('not found');
			return;
		}
		const body = createReadStream(path);
		if (gzip) body.pipe(createGzip()).pipe(res);
		else body.pipe(res);
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const { port: bound } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${bound}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
