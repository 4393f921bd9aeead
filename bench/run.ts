/**
 * `npm run bench`: builds the site, serves it on loopback, and writes bench/report.md and
 * bench/report.json with
 * - Lighthouse (mobile) scores, LCP, TBT, CLS and transferred bytes by type for each page type;
 * - the full build time, and again with four times the pattern pages (synthetic copies);
 * - Pagefind's time to first result for three queries in Chromium;
 * - the median time of the model's recommend() (bench/recommend.ts).
 * Numbers vary with the machine; the report records what it ran on.
 */
import { medianRecommendMs } from './recommend.ts';
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { HEADLESS_CHROMIUM_ARGS } from '../src/build/findChromium.ts';
import { findChromiumHere, NO_CHROMIUM_MESSAGE } from '../src/build/nodeChromium.ts';
import { serveStatic } from '../test/support/staticServer.ts';

const ROOT = process.cwd();
const PAGE_TYPES: { type: string; path: string }[] = [
	{ type: 'home', path: '/' },
	{ type: 'pattern page with calculator', path: '/patterns/stateful/site-recovery-a2a/' },
	{ type: 'wizard', path: '/wizard/' },
	{ type: 'comparison', path: '/compare/' },
	{ type: 'concepts page', path: '/concepts/rto-and-rpo/' },
];
const QUERIES = ['crash-consistent', 'failover group', 'standby pool'];
const SYNTHETIC_DIR = join(ROOT, 'content', 'docs', 'bench-synthetic');

function log(line: string): void {
	process.stdout.write(`bench: ${line}\n`);
}

function timedBuild(label: string): number {
	const started = performance.now();
	const result = spawnSync(
		process.execPath,
		[join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
		{
			cwd: ROOT,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			encoding: 'utf8',
		},
	);
	if (result.status !== 0)
		throw new Error(`build (${label}) failed:\n${result.stdout}\n${result.stderr}`);
	const seconds = (performance.now() - started) / 1000;
	log(`build (${label}): ${seconds.toFixed(1)} s`);
	return seconds;
}

function countPages(): number {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [e.name] : [],
		);
	return walk(join(ROOT, 'dist')).length;
}

/** Copies every pattern page three more times (4× in all), without its `pattern:` claim. */
function addSyntheticPatternPages(): number {
	const patternsDir = join(ROOT, 'content', 'docs', 'patterns');
	let added = 0;
	for (let copy = 1; copy <= 3; copy++) {
		for (const group of readdirSync(patternsDir)) {
			for (const file of readdirSync(join(patternsDir, group)).filter((f) => f.endsWith('.mdx'))) {
				const source = readFileSync(join(patternsDir, group, file), 'utf8')
					.replace(/^pattern: .*$/m, '')
					.replace(/^title: (.*)$/m, `title: $1 (synthetic copy ${copy})`);
				const dir = join(SYNTHETIC_DIR, `copy-${copy}`, group);
				mkdirSync(dir, { recursive: true });
				writeFileSync(join(dir, file), source);
				added++;
			}
		}
	}
	return added;
}

interface LighthouseRow {
	type: string;
	path: string;
	scores: Record<string, number | null>;
	lcpMs: number | null;
	tbtMs: number | null;
	cls: number | null;
	bytes: Record<'html' | 'css' | 'js' | 'svg' | 'other' | 'total', number>;
}

async function runLighthouse(baseUrl: string, chromePath: string): Promise<LighthouseRow[]> {
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', ...HEADLESS_CHROMIUM_ARGS],
	});
	const rows: LighthouseRow[] = [];
	try {
		for (const { type, path } of PAGE_TYPES) {
			if (!existsSync(join(ROOT, 'dist', path, 'index.html'))) {
				log(`lighthouse: ${path} is not built yet; skipped`);
				continue;
			}
			const result = await lighthouse(`${baseUrl}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const lhr = result?.lhr;
			if (lhr === undefined) continue;
			const num = (id: string) =>
				typeof lhr.audits[id]?.numericValue === 'number' ? lhr.audits[id].numericValue : null;
			const bytes = { html: 0, css: 0, js: 0, svg: 0, other: 0, total: 0 };
			const items =
				(
					lhr.audits['network-requests']?.details as
						| { items?: { resourceType?: string; transferSize?: number; mimeType?: string }[] }
						| undefined
				)?.items ?? [];
			for (const item of items) {
				const size = item.transferSize ?? 0;
				const kind =
					item.resourceType === 'Document'
						? 'html'
						: item.resourceType === 'Stylesheet'
							? 'css'
							: item.resourceType === 'Script'
								? 'js'
								: item.mimeType === 'image/svg+xml'
									? 'svg'
									: 'other';
				bytes[kind] += size;
				bytes.total += size;
			}
			rows.push({
				type,
				path,
				scores: Object.fromEntries(
					Object.entries(lhr.categories).map(([k, c]) => [
						k,
						c.score === null ? null : Math.round(c.score * 100),
					]),
				),
				lcpMs: num('largest-contentful-paint'),
				tbtMs: num('total-blocking-time'),
				cls: num('cumulative-layout-shift'),
				bytes,
			});
			log(`lighthouse ${path}: ${JSON.stringify(rows.at(-1)?.scores)}`);
		}
	} finally {
		chrome.kill();
	}
	return rows;
}

async function pagefindTimes(
	baseUrl: string,
	chromePath: string,
): Promise<{ query: string; firstResultMs: number; firstResult: string }[]> {
	const browser = await chromium.launch({
		executablePath: chromePath,
		args: [...HEADLESS_CHROMIUM_ARGS],
	});
	const out: { query: string; firstResultMs: number; firstResult: string }[] = [];
	try {
		for (const query of QUERIES) {
			const page = await browser.newPage();
			await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
			await page.getByRole('button', { name: 'Search' }).click();
			const box = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
			await box.waitFor();
			const started = Date.now();
			await box.fill(query);
			const first = page.locator('.pagefind-ui__result-link').first();
			await first.waitFor({ timeout: 15_000 });
			out.push({
				query,
				firstResultMs: Date.now() - started,
				firstResult: (await first.getAttribute('href')) ?? '',
			});
			await page.close();
		}
	} finally {
		await browser.close();
	}
	return out;
}

function recommendMedian(): { medianMs: number | null; note: string } {
	return { medianMs: medianRecommendMs(), note: '10-tier workload, 300 runs (bench/recommend.ts)' };
}

async function main(): Promise<void> {
	const found = findChromiumHere();
	if (found === undefined) throw new Error(NO_CHROMIUM_MESSAGE);
	rmSync(SYNTHETIC_DIR, { recursive: true, force: true });

	let synthetic: { seconds: number; pages: number; added: number } | undefined;
	try {
		const added = addSyntheticPatternPages();
		const seconds = timedBuild('4x pattern pages');
		synthetic = { seconds, pages: countPages(), added };
	} finally {
		rmSync(SYNTHETIC_DIR, { recursive: true, force: true });
	}
	const realSeconds = timedBuild('real pages');
	const real = { seconds: realSeconds, pages: countPages() };

	const server = await serveStatic(join(ROOT, 'dist'));
	let lighthouseRows: LighthouseRow[] = [];
	let search: Awaited<ReturnType<typeof pagefindTimes>> = [];
	try {
		lighthouseRows = await runLighthouse(server.url, found.path);
		search = await pagefindTimes(server.url, found.path);
	} finally {
		await server.close();
	}
	const recommend = recommendMedian();

	const report = {
		machine: {
			cpus: cpus().length,
			memoryGiB: Math.round(totalmem() / 2 ** 30),
			node: process.versions.node,
			chromium: found.path,
		},
		build: { real, synthetic4x: synthetic },
		lighthouse: lighthouseRows,
		pagefind: search,
		recommend,
		targets: { lighthouse: 100, tbtMs: 0, cls: 0 },
	};
	writeFileSync(join(ROOT, 'bench', 'report.json'), `${JSON.stringify(report, null, 2)}\n`);

	const fmt = (n: number | null, digits = 0) => (n === null ? 'n/a' : n.toFixed(digits));
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	const md = [
		'# Benchmark report',
		'',
		`Machine: ${report.machine.cpus} cores, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, Chromium at ${report.machine.chromium}.`,
		'',
		'## Lighthouse (mobile)',
		'',
		'| Page type | Path | Perf | A11y | Best pr. | SEO | LCP ms | TBT ms | CLS | HTML | CSS | JS | SVG | Total |',
		'|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
		...lighthouseRows.map(
			(r) =>
				`| ${r.type} | ${r.path} | ${r.scores['performance'] ?? 'n/a'} | ${r.scores['accessibility'] ?? 'n/a'} | ${r.scores['best-practices'] ?? 'n/a'} | ${r.scores['seo'] ?? 'n/a'} | ${fmt(r.lcpMs)} | ${fmt(r.tbtMs)} | ${fmt(r.cls, 3)} | ${kb(r.bytes.html)} | ${kb(r.bytes.css)} | ${kb(r.bytes.js)} | ${kb(r.bytes.svg)} | ${kb(r.bytes.total)} |`,
		),
		'',
		'Targets: 100 on all four scores, TBT 0 ms, CLS 0. Bytes are as transferred, gzipped by the bench server as a static host would.',
		'',
		'## Build time',
		'',
		`| Pages | Build (s) |`,
		`|---|---|`,
		`| ${real.pages} (real) | ${real.seconds.toFixed(1)} |`,
		...(synthetic !== undefined
			? [
					`| ${synthetic.pages} (with ${synthetic.added} synthetic pattern pages, 4x) | ${synthetic.seconds.toFixed(1)} |`,
				]
			: []),
		'',
		'## Pagefind: time to first result (Chromium)',
		'',
		'| Query | First result (ms) | Page |',
		'|---|---|---|',
		...search.map((s) => `| ${s.query} | ${s.firstResultMs} | ${s.firstResult} |`),
		'',
		'## Model',
		'',
		`recommend() median: ${recommend.medianMs === null ? 'n/a' : `${recommend.medianMs.toFixed(3)} ms`} (${recommend.note}).`,
		'',
	].join('\n');
	writeFileSync(join(ROOT, 'bench', 'report.md'), md);
	cpSync(join(ROOT, 'bench', 'report.md'), join(ROOT, 'bench', 'out', 'report.md'));
	log('wrote bench/report.md and bench/report.json');
}

await main();
