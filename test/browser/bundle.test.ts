/**
 * The offline bundle: zipped from dist/, unzipped into a temporary folder and served on
 * loopback, the site searches with every request staying on the machine.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleSite, BUNDLE_NAME } from '../../scripts/bundle.ts';
import { HEADLESS_CHROMIUM_ARGS } from '../../src/build/findChromium.ts';
import { findChromiumHere, NO_CHROMIUM_MESSAGE } from '../../src/build/nodeChromium.ts';
import { assertBuilt, DIST } from '../support/distPages.ts';
import { serveStatic } from '../support/staticServer.ts';

const work = mkdtempSync(join(tmpdir(), 'dr-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('offline bundle', () => {
	it('unzips to a site that searches with no request leaving loopback', async () => {
		assertBuilt();
		const zipFile = join(work, `${BUNDLE_NAME}.zip`);
		bundleSite(DIST, zipFile);
		const unzipped = unzipSync(readFileSync(zipFile));
		for (const [name, bytes] of Object.entries(unzipped)) {
			if (name.endsWith('/')) continue;
			mkdirSync(dirname(join(work, name)), { recursive: true });
			writeFileSync(join(work, name), bytes);
		}
		const root = join(work, BUNDLE_NAME);
		expect(readFileSync(join(root, 'README.txt'), 'utf8')).toMatch(/python3 -m http\.server/);

		const found = findChromiumHere();
		if (found === undefined) throw new Error(NO_CHROMIUM_MESSAGE);
		const server = await serveStatic(root);
		const browser = await chromium.launch({
			executablePath: found.path,
			args: [...HEADLESS_CHROMIUM_ARGS],
		});
		try {
			const page = await browser.newPage();
			const offLoopback: string[] = [];
			page.on('request', (req) => {
				const { protocol, hostname } = new URL(req.url());
				if (!['data:', 'blob:'].includes(protocol) && hostname !== '127.0.0.1') {
					offLoopback.push(req.url());
				}
			});
			await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
			await page.getByRole('button', { name: 'Search' }).click();
			await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('failover');
			const first = page.locator('.pagefind-ui__result-link').first();
			await first.waitFor({ timeout: 20_000 });
			expect(await first.getAttribute('href')).toMatch(/^\//);
			expect(offLoopback).toEqual([]);
		} finally {
			await browser.close();
			await server.close();
		}
	});
});
