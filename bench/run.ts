/**
 * `npm run bench`: builds the site, serves it on loopback, and writes bench/report.md and
 * bench/report.json with
 * - Lighthouse (mobile) scores, LCP, TBT, CLS and transferred bytes by type for each page type;
 * - the full build time, and again with four times the pattern pages (synthetic copies);
 * - Pagefind's time to first result for three queries in Chromium;
 * - the median time of the model's recommend(), from `npm run bench:model` (Vitest's bench).
 * Numbers vary with the machine; the report records what it ran on.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { filesUnder } from '../src/build/filesUnder.ts';
import { HEADLESS_CHROMIUM_ARGS } from '../src/build/findChromium.ts';
import { findChromiumHere, NO_CHROMIUM_MESSAGE } from '../src/build/nodeChromium.ts';
import { parseHTML } from 'linkedom';
import { pageAssets, sumGzip } from '../test/support/pageWeight.ts';
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
	return filesUnder(join(ROOT, 'dist'), (name) => name.endsWith('.html')).length;
}

/**
 * Copies every pattern page three more times (4× in all), without its `pattern:` claim (one page
 * per pattern): the copy names its pattern on the layout instead, so it renders in full.
 */
function addSyntheticPatternPages(): number {
	const patternsDir = join(ROOT, 'content', 'docs', 'patterns');
	const pages = filesUnder(patternsDir, (name) => name.endsWith('.mdx'));
	for (let copy = 1; copy <= 3; copy++) {
		for (const page of pages) {
			const source = readFileSync(page, 'utf8');
			const pattern = /^pattern: (.*)$/m.exec(source)?.[1] ?? '';
			const copied = source
				.replace(/^pattern: .*$/m, '')
				.replace('<PatternPage>', `<PatternPage pattern="${pattern}">`)
				.replace(/^title: (.*)$/m, `title: $1 (synthetic copy ${copy})`);
			const file = join(SYNTHETIC_DIR, `copy-${copy}`, relative(patternsDir, page));
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, copied);
		}
	}
	return pages.length * 3;
}

interface SearchRow {
	query: string;
	firstResultMs: number;
	firstResult: string;
	top3: string[];
}

interface LighthouseRow {
	type: string;
	path: string;
	scores: Record<string, number | null>;
	lcpMs: number | null;
	tbtMs: number | null;
	cls: number | null;
	bytes: Record<'html' | 'css' | 'js' | 'svg' | 'other' | 'total', number>;
	/** Gzipped bytes of the diagrams drawn inline in the HTML (part of the HTML transfer). */
	inlineSvgGzip: number;
}

function inlineSvgGzip(path: string): number {
	const file = join(ROOT, 'dist', path, 'index.html');
	const html = readFileSync(file, 'utf8');
	return sumGzip(pageAssets({ file, path, html, document: parseHTML(html).document }), 'svg');
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
				inlineSvgGzip: inlineSvgGzip(path),
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

async function pagefindTimes(baseUrl: string, chromePath: string): Promise<SearchRow[]> {
	const browser = await chromium.launch({
		executablePath: chromePath,
		args: [...HEADLESS_CHROMIUM_ARGS],
	});
	const out: SearchRow[] = [];
	try {
		for (const query of QUERIES) {
			const page = await browser.newPage();
			await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
			await page.getByRole('button', { name: 'Search' }).click();
			const box = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
			await box.waitFor();
			const started = Date.now();
			await box.fill(query);
			const links = page.locator('.pagefind-ui__result-link');
			await links.first().waitFor({ timeout: 15_000 });
			const firstResultMs = Date.now() - started;
			// The list as shown once the UI has settled: what the reader sees first, and next.
			await page.waitForTimeout(500);
			const top = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
				.map((href) => href.replace(/#.*$/, ''))
				.filter((href, i, all) => all.indexOf(href) === i)
				.slice(0, 3);
			out.push({ query, firstResultMs, firstResult: top[0] ?? '', top3: top });
			await page.close();
		}
	} finally {
		await browser.close();
	}
	return out;
}

function syntheticBuild(): { seconds: number; pages: number; added: number } {
	try {
		const added = addSyntheticPatternPages();
		const seconds = timedBuild('4x pattern pages');
		return { seconds, pages: countPages(), added };
	} finally {
		rmSync(SYNTHETIC_DIR, { recursive: true, force: true });
	}
}

/** Runs test/bench/recommend.bench.ts through `vitest bench` and reads the median it wrote. */
function recommendMedian(): { medianMs: number | null; note: string } {
	const run = spawnSync(
		process.execPath,
		[join('node_modules', 'vitest', 'vitest.mjs'), 'bench', '--run'],
		{ stdio: 'inherit' },
	);
	const out = join('bench', 'out', 'recommend-bench.json');
	if (run.status !== 0 || !existsSync(out)) {
		return { medianMs: null, note: `vitest bench failed (exit ${String(run.status)})` };
	}
	const { medianMs, samples } = JSON.parse(readFileSync(out, 'utf8')) as {
		medianMs: number;
		samples: number;
	};
	return { medianMs, note: `10-tier workload, ${samples} samples (vitest bench)` };
}

async function main(): Promise<void> {
	const found = findChromiumHere();
	if (found === undefined) throw new Error(NO_CHROMIUM_MESSAGE);
	rmSync(SYNTHETIC_DIR, { recursive: true, force: true });

	const synthetic = syntheticBuild();
	// Built last, so dist/ holds the real site for the measurements below.
	const realSeconds = timedBuild('real pages');
	const real = { seconds: realSeconds, pages: countPages() };
	if (synthetic.added === 0 || synthetic.pages !== real.pages + synthetic.added) {
		throw new Error(
			`the 4x build has ${synthetic.pages} pages, expected ${real.pages} + ${synthetic.added} synthetic`,
		);
	}

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
		'| Page type | Path | Perf | A11y | Best pr. | SEO | LCP ms | TBT ms | CLS | HTML | (inline SVG, gz) | CSS | JS | SVG files | Total |',
		'|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
		...lighthouseRows.map(
			(r) =>
				`| ${r.type} | ${r.path} | ${r.scores['performance'] ?? 'n/a'} | ${r.scores['accessibility'] ?? 'n/a'} | ${r.scores['best-practices'] ?? 'n/a'} | ${r.scores['seo'] ?? 'n/a'} | ${fmt(r.lcpMs)} | ${fmt(r.tbtMs)} | ${fmt(r.cls, 3)} | ${kb(r.bytes.html)} | ${kb(r.inlineSvgGzip)} | ${kb(r.bytes.css)} | ${kb(r.bytes.js)} | ${kb(r.bytes.svg)} | ${kb(r.bytes.total)} |`,
		),
		'',
		'Targets: 100 on all four scores, TBT 0 ms, CLS 0. Bytes are as transferred, gzipped by the bench server as a static host would; the inline SVG column is the gzipped size of the diagrams inside the HTML (already counted in HTML).',
		'',
		'## Build time',
		'',
		`| Pages | Build (s) |`,
		`|---|---|`,
		`| ${real.pages} (real) | ${real.seconds.toFixed(1)} |`,
		`| ${synthetic.pages} (with ${synthetic.added} synthetic pattern pages, 4x) | ${synthetic.seconds.toFixed(1)} |`,
		'',
		'## Pagefind: time to first result (Chromium)',
		'',
		'Time from typing the query to the first result shown; pages in the order the search dialog lists them once settled.',
		'',
		'| Query | First result (ms) | Top three pages |',
		'|---|---|---|',
		...search.map((s) => `| ${s.query} | ${s.firstResultMs} | ${s.top3.join(', ')} |`),
		'',
		'## Model',
		'',
		`recommend() median: ${recommend.medianMs === null ? 'n/a' : `${recommend.medianMs.toFixed(3)} ms`} (${recommend.note}).`,
		'',
	].join('\n');
	writeFileSync(join(ROOT, 'bench', 'report.md'), md);
	// Formatted as the repository's Prettier check expects.
	spawnSync(
		process.execPath,
		[
			join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs'),
			'--write',
			join(ROOT, 'bench', 'report.md'),
			join(ROOT, 'bench', 'report.json'),
		],
		{ cwd: ROOT, stdio: 'ignore' },
	);
	mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
	cpSync(join(ROOT, 'bench', 'report.md'), join(ROOT, 'bench', 'out', 'report.md'));
	log('wrote bench/report.md and bench/report.json');
}

await main();
