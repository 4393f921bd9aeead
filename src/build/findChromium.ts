/**
 * Finds a Chromium-family browser for build-time diagram rendering and browser tests.
 * Pure apart from the injected `exists` check, so it is unit-tested without a browser.
 */
export interface ChromiumSearch {
	platform: string;
	env: Readonly<Record<string, string | undefined>>;
	home: string;
	exists: (path: string) => boolean;
	/** Lists a folder's entries (used for Playwright's download cache); [] when absent. */
	list: (path: string) => readonly string[];
}

export interface ChromiumFound {
	path: string;
	/** Where the path came from, printed by the doctor. */
	via: string;
}

/** Environment variables a reader can set to point at a browser, in the order they are read. */
export const CHROMIUM_ENV_VARS = [
	'CHROMIUM_PATH',
	'CHROME_PATH',
	'PUPPETEER_EXECUTABLE_PATH',
] as const;

export function chromiumCandidates(platform: string, env: ChromiumSearch['env']): string[] {
	if (platform === 'darwin') {
		return [
			'/Applications/Chromium.app/Contents/MacOS/Chromium',
			'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
			'/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
			'/opt/homebrew/bin/chromium',
			'/usr/local/bin/chromium',
		];
	}
	if (platform === 'win32') {
		const roots = [env['LOCALAPPDATA'], env['PROGRAMFILES'], env['PROGRAMFILES(X86)']].filter(
			(root): root is string => typeof root === 'string' && root.length > 0,
		);
		return roots.flatMap((root) => [
			`${root}\\Google\\Chrome\\Application\\chrome.exe`,
			`${root}\\Chromium\\Application\\chrome.exe`,
			`${root}\\Microsoft\\Edge\\Application\\msedge.exe`,
		]);
	}
	return [
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome-stable',
		'/usr/bin/google-chrome',
		'/snap/bin/chromium',
		'/usr/bin/microsoft-edge',
	];
}

/** Playwright's own download cache, used where `playwright-core install chromium` worked. */
function playwrightCacheCandidates(search: ChromiumSearch): string[] {
	const cache =
		search.env['PLAYWRIGHT_BROWSERS_PATH'] ??
		(search.platform === 'darwin'
			? `${search.home}/Library/Caches/ms-playwright`
			: search.platform === 'win32'
				? `${search.env['LOCALAPPDATA'] ?? ''}\\ms-playwright`
				: `${search.home}/.cache/ms-playwright`);
	const sep = search.platform === 'win32' ? '\\' : '/';
	const inner =
		search.platform === 'darwin'
			? ['chrome-mac/Chromium.app/Contents/MacOS/Chromium']
			: search.platform === 'win32'
				? ['chrome-win\\chrome.exe']
				: ['chrome-linux/chrome', 'chrome-linux64/chrome'];
	return search
		.list(cache)
		.filter((entry) => entry.startsWith('chromium-'))
		.sort()
		.reverse()
		.flatMap((entry) => inner.map((tail) => `${cache}${sep}${entry}${sep}${tail}`));
}

export function findChromium(search: ChromiumSearch): ChromiumFound | undefined {
	for (const name of CHROMIUM_ENV_VARS) {
		const value = search.env[name];
		if (value !== undefined && value !== '' && search.exists(value)) {
			return { path: value, via: `$${name}` };
		}
	}
	for (const path of chromiumCandidates(search.platform, search.env)) {
		if (search.exists(path)) return { path, via: 'system install' };
	}
	for (const path of playwrightCacheCandidates(search)) {
		if (search.exists(path)) return { path, via: "Playwright's browser cache" };
	}
	return undefined;
}

/** Flags for a headless Chromium on a machine with a closed network (no sync, no updates). */
export const HEADLESS_CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
] as const;
