/**
 * Checks (and where it can, brings) what the site needs before a build or a test run:
 * a Node runtime new enough for Astro 7, and a Chromium-family browser for build-time
 * diagrams and browser tests. Prints what it found or installed; where it cannot, it stops
 * with a message saying exactly what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromiumHere, NO_CHROMIUM_MESSAGE } from '../src/build/nodeChromium.ts';

const MIN_NODE: readonly [number, number] = [22, 12];

function say(line: string): void {
	process.stdout.write(`doctor: ${line}\n`);
}

function nodeIsNewEnough(version: string): boolean {
	const [major = 0, minor = 0] = version.split('.').map(Number);
	return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

if (!nodeIsNewEnough(process.versions.node)) {
	process.stderr.write(
		`doctor: Node ${process.versions.node} is too old; Astro 7 needs ${MIN_NODE.join('.')} or newer.\n` +
			'The project brings its own Node in node_modules/.bin/node: run `npm install` first, then use the npm scripts (npm start, npm test).\n',
	);
	process.exit(1);
}
say(`Node ${process.versions.node} (${process.execPath})`);

function tryAptInstall(): boolean {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (process.platform !== 'linux' || !isRoot || !existsSync('/usr/bin/apt-get')) return false;
	say("no Chromium found; installing Debian's chromium package with apt-get (running as root)…");
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	if (update.status !== 0) return false;
	const install = spawnSync(
		'apt-get',
		['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation'],
		{ stdio: 'inherit', env },
	);
	return install.status === 0;
}

function tryPlaywrightDownload(): boolean {
	say("no Chromium found; trying Playwright's browser download…");
	try {
		execFileSync(process.execPath, ['node_modules/playwright-core/cli.js', 'install', 'chromium'], {
			stdio: 'inherit',
			timeout: 300_000,
		});
		return true;
	} catch {
		say("Playwright's download did not work here.");
		return false;
	}
}

let chromium = findChromiumHere();
if (chromium === undefined && process.env['DR_GUIDES_NO_INSTALL'] !== '1') {
	if (tryAptInstall() || tryPlaywrightDownload()) chromium = findChromiumHere();
}
if (chromium === undefined) {
	process.stderr.write(`doctor: ${NO_CHROMIUM_MESSAGE.replace(/\n/g, '\ndoctor: ')}\n`);
	process.exit(1);
}
say(`Chromium ${chromium.path} (${chromium.via})`);
