/**
 * Width and height of every page of the built site at a phone's width (390 × 844), light theme,
 * as a reader first sees it (folds closed): for the notes on how long pages are to read.
 * Usage: node scripts/phoneLengths.ts [--width=390] > lengths.tsv (needs `npm run build` first)
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { HEADLESS_CHROMIUM_ARGS } from '../src/build/findChromium.ts';
import { findChromiumHere, NO_CHROMIUM_MESSAGE } from '../src/build/nodeChromium.ts';
import { sitemapPaths } from '../test/support/distPages.ts';
import { serveStatic } from '../test/support/staticServer.ts';

const widthArg = process.argv.find((a) => a.startsWith('--width='));
const width = widthArg !== undefined ? Number(widthArg.slice('--width='.length)) : 390;
const found = findChromiumHere();
if (found === undefined) {
	process.stderr.write(`${NO_CHROMIUM_MESSAGE}\n`);
	process.exit(1);
}
const server = await serveStatic(join(process.cwd(), 'dist'));
const browser = await chromium.launch({
	executablePath: found.path,
	args: [...HEADLESS_CHROMIUM_ARGS],
});
const page = await browser.newPage({ viewport: { width, height: 844 } });
process.stdout.write('path\twidth px\theight px\n');
for (const path of sitemapPaths()) {
	await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
	const [w, h] = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		document.documentElement.scrollHeight,
	]);
	process.stdout.write(`${path}\t${String(w)}\t${String(h)}\n`);
}
await browser.close();
await server.close();
