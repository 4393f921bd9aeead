/**
 * Checks (and where it can, brings) what the site needs before a build or a test run:
 * a Node runtime new enough for Astro 7, and a Chromium-family browser for build-time
 * diagrams and browser tests. Prints what it found or installed; where it cannot, it stops
 * with a message saying exactly what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromiumHere, NO_CHROMIUM_MESSAGE } from '../src/build/nodeChromium.ts';
import { runQuietly } from '../src/build/quietCommand.ts';

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
	// One line of progress instead of apt's own output; apt's last lines only if it fails.
	process.stdout.write(
		"doctor: no Chromium found; installing Debian's chromium package with apt-get (as root)… ",
	);
	const started = Date.now();
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const steps: [string, string[]][] = [
		['update', ['update', '-qq']],
		[
			'install',
			['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation'],
		],
	];
	for (const [name, args] of steps) {
		const result = runQuietly('apt-get', args, env);
		if (!result.ok) {
			process.stdout.write('failed\n');
			process.stderr.write(`doctor: apt-get ${name} failed; its last lines:\n${result.tail}\n`);
			return false;
		}
	}
	process.stdout.write(`done in ${Math.round((Date.now() - started) / 1000)} s\n`);
	return true;
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
