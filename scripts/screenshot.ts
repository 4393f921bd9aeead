/**
 * Takes screenshots of pages of the running site, for looking at what a reader sees.
 * Usage: node scripts/screenshot.ts <url> <out.png> [--dark] [--width=1280] [--full]
 */
import { chromium } from 'playwright-core';
import { HEADLESS_CHROMIUM_ARGS } from '../src/build/findChromium.ts';
import { findChromiumHere, NO_CHROMIUM_MESSAGE } from '../src/build/nodeChromium.ts';

const [url, out] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (url === undefined || out === undefined) {
	process.stderr.write(
		'usage: node scripts/screenshot.ts <url> <out.png> [--dark] [--width=N] [--full] [--selector=CSS] [--toggle-theme]\n',
	);
	process.exit(2);
}
const widthArg = process.argv.find((a) => a.startsWith('--width='));
const width = widthArg !== undefined ? Number(widthArg.slice('--width='.length)) : 1280;
const found = findChromiumHere();
if (found === undefined) {
	process.stderr.write(`${NO_CHROMIUM_MESSAGE}\n`);
	process.exit(1);
}
const browser = await chromium.launch({
	executablePath: found.path,
	args: [...HEADLESS_CHROMIUM_ARGS],
});
const context = await browser.newContext({
	viewport: { width, height: 900 },
	colorScheme: process.argv.includes('--dark') ? 'dark' : 'light',
});
const page = await context.newPage();
await page.goto(url, { waitUntil: 'networkidle' });
const selectorArg = process.argv.find((a) => a.startsWith('--selector='));
if (process.argv.includes('--toggle-theme')) {
	await page.evaluate(() => {
		const root = document.documentElement;
		root.dataset['theme'] = root.dataset['theme'] === 'dark' ? 'light' : 'dark';
	});
}
if (selectorArg !== undefined) {
	await page.locator(selectorArg.slice('--selector='.length)).first().screenshot({ path: out });
} else {
	await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
}
await browser.close();
process.stdout.write(`${out}\n`);
