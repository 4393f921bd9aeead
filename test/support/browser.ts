/**
 * Browser-test helpers: one headless Chromium per test file, the built site served on loopback,
 * and a page wrapper that records console errors and failed requests.
 */
import { join } from 'node:path';
import {
	chromium,
	type Browser,
	type BrowserContextOptions,
	type Page,
	type Request,
	type Locator,
} from 'playwright-core';
import { HEADLESS_CHROMIUM_ARGS } from '../../src/build/findChromium.ts';
import { findChromiumHere, NO_CHROMIUM_MESSAGE } from '../../src/build/nodeChromium.ts';
import { assertBuilt } from './distPages.ts';
import { serveStatic, type RunningServer } from './staticServer.ts';

export interface Site {
	browser: Browser;
	server: RunningServer;
	close: () => Promise<void>;
}

export async function openSite(): Promise<Site> {
	assertBuilt();
	const found = findChromiumHere();
	if (found === undefined) throw new Error(NO_CHROMIUM_MESSAGE);
	const server = await serveStatic(join(process.cwd(), 'dist'));
	const browser = await chromium.launch({
		executablePath: found.path,
		args: [...HEADLESS_CHROMIUM_ARGS],
	});
	return {
		browser,
		server,
		close: async () => {
			await browser.close();
			await server.close();
		},
	};
}

export interface WatchedPage {
	page: Page;
	/** Console errors, page errors and failed or non-2xx/3xx requests seen so far. */
	problems: string[];
}

export async function watchedPage(
	site: Site,
	options: BrowserContextOptions = {},
): Promise<WatchedPage> {
	const context = await site.browser.newContext({
		viewport: { width: 1280, height: 900 },
		...options,
	});
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (req) => {
		// Chromium prefetches a link on its own as the pointer goes down on it (Sec-Purpose:
		// prefetch; the site asks for none) and drops that request when the click navigates.
		if (isDroppedBrowserPrefetch(req)) return;
		problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`);
	});
	page.on('response', (res) => {
		if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
	});
	return { page, problems };
}

/** A prefetch the browser started by itself and abandoned: not a failure of the site. */
export function isDroppedBrowserPrefetch(req: Request): boolean {
	return (
		req.failure()?.errorText === 'net::ERR_ABORTED' &&
		(req.headers()['sec-purpose'] ?? '').startsWith('prefetch')
	);
}

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

/**
 * Opens a page with a securitypolicyviolation listener installed before any of its scripts run;
 * `cspViolations` reads what it heard.
 */
export async function cspWatchedPage(
	site: Site,
	path: string,
	options: BrowserContextOptions = {},
): Promise<WatchedPage> {
	const watched = await watchedPage(site, options);
	await watched.page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			window.__cspViolations?.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
			);
		});
	});
	await watched.page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
	return watched;
}

/** The Content-Security-Policy violations a `cspWatchedPage` has reported so far. */
export const cspViolations = (page: Page): Promise<string[]> =>
	page.evaluate(() => window.__cspViolations ?? []);

/** Chooses a JSON file of this name and text in a file input, as a reader picking it would. */
export async function chooseJsonFile(input: Locator, name: string, text: string): Promise<void> {
	await input.setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text),
	});
}
