import { describe, expect, it } from 'vitest';
import { findChromium, type ChromiumSearch } from '~/build/findChromium.ts';

function search(
	over: Partial<ChromiumSearch> & { files?: string[]; dirs?: Record<string, string[]> },
): ChromiumSearch {
	const files = new Set(over.files ?? []);
	return {
		platform: over.platform ?? 'linux',
		env: over.env ?? {},
		home: over.home ?? '/home/reader',
		exists: (p) => files.has(p),
		list: (p) => over.dirs?.[p] ?? [],
	};
}

describe('findChromium', () => {
	it('prefers an explicit CHROMIUM_PATH that exists', () => {
		const found = findChromium(
			search({
				env: { CHROMIUM_PATH: '/opt/c/chrome' },
				files: ['/opt/c/chrome', '/usr/bin/chromium'],
			}),
		);
		expect(found).toEqual({ path: '/opt/c/chrome', via: '$CHROMIUM_PATH' });
	});

	it("ignores an environment variable naming a missing file and finds Debian's chromium", () => {
		const found = findChromium(
			search({ env: { CHROMIUM_PATH: '/nope' }, files: ['/usr/bin/chromium'] }),
		);
		expect(found?.path).toBe('/usr/bin/chromium');
	});

	it('finds Chrome on macOS and Edge on Windows', () => {
		expect(
			findChromium(
				search({
					platform: 'darwin',
					files: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
				}),
			)?.path,
		).toMatch(/Google Chrome$/);
		const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
		expect(
			findChromium(
				search({
					platform: 'win32',
					env: { 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' },
					files: [edge],
				}),
			)?.path,
		).toBe(edge);
	});

	it("falls back to the newest browser in Playwright's cache", () => {
		const cache = '/home/reader/.cache/ms-playwright';
		const found = findChromium(
			search({
				dirs: { [cache]: ['chromium-1100', 'chromium-1200', 'ffmpeg-1'] },
				files: [
					`${cache}/chromium-1100/chrome-linux/chrome`,
					`${cache}/chromium-1200/chrome-linux/chrome`,
				],
			}),
		);
		expect(found).toEqual({
			path: `${cache}/chromium-1200/chrome-linux/chrome`,
			via: "Playwright's browser cache",
		});
	});

	it('returns nothing when there is no browser', () => {
		expect(findChromium(search({}))).toBeUndefined();
	});
});
