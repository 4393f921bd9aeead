import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { findChromium, type ChromiumFound } from './findChromium.ts';

/** findChromium() wired to this machine's file system and environment. */
export function findChromiumHere(): ChromiumFound | undefined {
	return findChromium({
		platform: process.platform,
		env: process.env,
		home: homedir(),
		exists: (path) => existsSync(path),
		list: (path) => {
			try {
				return readdirSync(path);
			} catch {
				return [];
			}
		},
	});
}

export const NO_CHROMIUM_MESSAGE = [
	'No Chromium-family browser was found. Diagrams are drawn at build time in headless Chromium,',
	'and the browser tests drive it. Install one, then run the command again:',
	'  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
	'  macOS:          brew install --cask chromium   (or install Google Chrome)',
	'  Windows:        install Google Chrome or use Microsoft Edge (already present on Windows 10/11)',
	'Or point CHROMIUM_PATH at an existing Chrome, Chromium or Edge executable.',
].join('\n');
