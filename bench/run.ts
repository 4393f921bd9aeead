/**
 * `npm run bench`: builds the site, serves it on loopback, and writes bench/report.md and
 * bench/report.json with
 * - Lighthouse (mobile), three runs a page, on home, a pattern page, the wizard and the comparison,
 *   and on a bare Starlight page that the bench builds itself (a one-page Astro + Starlight project
 *   in a temporary folder, using this project's installed packages) as the floor: performance,
 *   TBT, CLS, LCP and transferred bytes, every run listed, the median, and bytes against the bare
 *   page's;
 * - the full build time, and again with four times the pattern pages (synthetic copies);
 * - Pagefind's time to first result for three queries in Chromium;
 * - an estate of 500 VMs in 60 workloads planned in Node, and the peak heap for a 50 MB export
 *   (bench/estate.ts, fresh process per run);
 * - the median time of the model's recommend(), and of each step of the wizard's work per edit, from
 *   `npm run bench:model` (bench/model.ts, plain Node).
 * Numbers vary with the machine; the report records what it ran on.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
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
import { EDIT_TIMINGS } from '../src/components/widgets/editTimings.ts';
import { median, tenTierWorkload } from './benchParts.ts';
import { ESTATE_BUDGET_MS, estateLine, type EstateBench } from './estate.ts';
import {
	INTERACTION_NOTES,
	estateInteraction,
	interactionLine,
	wizardInteraction,
	type InteractionResult,
} from './interaction.ts';

const ROOT = process.cwd();
const PAGE_TYPES: { type: string; path: string }[] = [
	{ type: 'home', path: '/' },
	{ type: 'pattern page with calculator', path: '/patterns/stateful/site-recovery-a2a/' },
	{ type: 'wizard', path: '/wizard/' },
	{ type: 'comparison', path: '/compare/' },
];
/** Lighthouse runs per page; the report gives each run and the median. */
const RUNS = 3;
const BARE = 'bare Starlight page';
const QUERIES = ['crash-consistent', 'failover group', 'standby pool'];
/** Requests that belong to search: Pagefind's UI module and anything under /pagefind/. */
const SEARCH_UI = /\/_astro\/ui-core\.[^/]*\.js|\/pagefind\//;
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

interface LighthouseRun {
	performance: number | null;
	lcpMs: number | null;
	tbtMs: number | null;
	cls: number | null;
	/** Transferred bytes by type; `searchUi` is the part that belongs to search (any type). */
	bytes: Record<'html' | 'css' | 'js' | 'svg' | 'other' | 'total' | 'searchUi', number>;
}

interface LighthouseRow {
	type: string;
	path: string;
	runs: LighthouseRun[];
	/** Median of the runs, metric by metric. */
	median: Omit<LighthouseRun, 'bytes'> & { bytes: number; bytesWithoutSearchUi: number };
	/** Median transferred bytes against the bare Starlight page's. */
	bytesVsBare: number | null;
	/**
	 * The same with search's own bytes left out on both sides: stock Starlight loads Pagefind's
	 * UI with every page, this site only when the reader opens search, so this is the weight of
	 * the page itself against Starlight's.
	 */
	bytesVsBareWithoutSearchUi: number | null;
	/** Gzipped bytes of the diagrams drawn inline in the HTML (part of the HTML transfer). */
	inlineSvgGzip: number;
}

function inlineSvgGzip(distRoot: string, path: string): number {
	const file = join(distRoot, path, 'index.html');
	const html = readFileSync(file, 'utf8');
	return sumGzip(pageAssets({ file, path, html, document: parseHTML(html).document }), 'svg');
}

/**
 * A bare Starlight site of one plain page, built with this project's installed Astro and
 * Starlight in a scratch folder: the floor the site is measured against.
 */
function buildBareStarlight(): { distRoot: string; cleanUp: () => void } {
	// Inside the project (bench/out/ is ignored by git, Prettier and ESLint), so that Node finds
	// this project's node_modules by walking up: a symlinked node_modules confuses Vite's paths.
	const dir = join(ROOT, 'bench', 'out', 'bare-starlight');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const write = (path: string, text: string) => {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	};
	write('package.json', '{ "name": "bare-starlight", "private": true, "type": "module" }\n');
	// Starlight's middleware is imported by a virtual module that Vite resolves from this folder's
	// root, where it is not found (the packages are one level up): point the import at the file.
	write(
		'astro.config.mjs',
		[
			"import { fileURLToPath } from 'node:url';",
			"import { defineConfig } from 'astro/config';",
			"import starlight from '@astrojs/starlight';",
			"const locals = fileURLToPath(import.meta.resolve('@astrojs/starlight/locals'));",
			'export default defineConfig({',
			"	vite: { resolve: { alias: { '@astrojs/starlight/locals': locals } } },",
			"	integrations: [starlight({ title: 'Bare Starlight' })],",
			'});',
			'',
		].join('\n'),
	);
	write(
		'src/content.config.ts',
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
	);
	write(
		'src/content/docs/index.md',
		'---\ntitle: A plain page\ndescription: One page of prose, the floor for the benchmark.\n---\n\nA paragraph of plain prose with no components, so that the page weighs what Starlight itself weighs.\n\n## A heading\n\nAnother paragraph.\n',
	);
	const started = performance.now();
	const result = spawnSync(
		process.execPath,
		[join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
		{ cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' },
	);
	if (result.status !== 0)
		throw new Error(`bare Starlight build failed:\n${result.stdout}\n${result.stderr}`);
	log(`build (bare Starlight page): ${((performance.now() - started) / 1000).toFixed(1)} s`);
	return {
		distRoot: join(dir, 'dist'),
		cleanUp: () => rmSync(dir, { recursive: true, force: true }),
	};
}

interface Target {
	type: string;
	path: string;
	baseUrl: string;
	distRoot: string;
}

async function lighthouseRun(url: string, port: number): Promise<LighthouseRun | undefined> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance'],
	});
	const lhr = result?.lhr;
	if (lhr === undefined) return undefined;
	const num = (id: string) =>
		typeof lhr.audits[id]?.numericValue === 'number' ? lhr.audits[id].numericValue : null;
	const bytes = { html: 0, css: 0, js: 0, svg: 0, other: 0, total: 0, searchUi: 0 };
	const items =
		(
			lhr.audits['network-requests']?.details as
				| {
						items?: {
							url?: string;
							resourceType?: string;
							transferSize?: number;
							mimeType?: string;
						}[];
				  }
				| undefined
		)?.items ?? [];
	for (const item of items) {
		const size = item.transferSize ?? 0;
		// Pagefind's UI and index: loaded with the page by stock Starlight, on demand here.
		if (SEARCH_UI.test(item.url ?? '')) bytes.searchUi += size;
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
	const score = lhr.categories['performance']?.score;
	return {
		performance: typeof score === 'number' ? Math.round(score * 100) : null,
		lcpMs: num('largest-contentful-paint'),
		tbtMs: num('total-blocking-time'),
		cls: num('cumulative-layout-shift'),
		bytes,
	};
}

/** Lighthouse (mobile, its default) RUNS times on each target, the bare page first. */
async function runLighthouse(targets: Target[], chromePath: string): Promise<LighthouseRow[]> {
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', ...HEADLESS_CHROMIUM_ARGS],
	});
	const rows: LighthouseRow[] = [];
	try {
		for (const { type, path, baseUrl, distRoot } of targets) {
			if (!existsSync(join(distRoot, path, 'index.html'))) {
				log(`lighthouse: ${path} is not built; skipped`);
				continue;
			}
			const runs: LighthouseRun[] = [];
			for (let i = 0; i < RUNS; i++) {
				const run = await lighthouseRun(`${baseUrl}${path}`, chrome.port);
				if (run === undefined) continue;
				runs.push(run);
				log(
					`lighthouse ${type} run ${i + 1}: performance ${String(run.performance)}, TBT ${String(run.tbtMs)} ms, CLS ${String(run.cls)}, ${run.bytes.total} bytes`,
				);
			}
			const bytes = median(runs.map((r) => r.bytes.total)) ?? 0;
			const withoutSearch = median(runs.map((r) => r.bytes.total - r.bytes.searchUi)) ?? 0;
			const bareRow = rows.find((r) => r.type === BARE);
			const bare = bareRow?.median.bytes;
			const bareWithoutSearch = bareRow?.median.bytesWithoutSearchUi;
			rows.push({
				type,
				path,
				runs,
				median: {
					performance: median(runs.map((r) => r.performance)),
					lcpMs: median(runs.map((r) => r.lcpMs)),
					tbtMs: median(runs.map((r) => r.tbtMs)),
					cls: median(runs.map((r) => r.cls)),
					bytes,
					bytesWithoutSearchUi: withoutSearch,
				},
				bytesVsBare: bare === undefined || bare === 0 ? null : bytes / bare,
				bytesVsBareWithoutSearchUi:
					bareWithoutSearch === undefined || bareWithoutSearch === 0
						? null
						: withoutSearch / bareWithoutSearch,
				inlineSvgGzip: inlineSvgGzip(distRoot, path),
			});
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

/** Rounds of edits, and edits a round, for the wizard in Chromium. */
const EDIT_ROUNDS = 3;
const EDITS_PER_ROUND = 15;

interface EditTimes {
	/** From reading the form to the plan written into the page. */
	medianMs: number;
	/** The same through the next frame's style and layout (not paint). */
	frameMs: number;
	/** From the edit sent to the worker to the sensitivity table written, after the plan. */
	sensitivityMs: number;
	rounds: { medianMs: number; frameMs: number; sensitivityMs: number; edits: number }[];
}

/**
 * The wizard's work per edit as the reader's browser does it: a 10-tier workload opened from a
 * share link, then edits of one field; each edit's time is the `dr:edit` User Timing entry the
 * form controller writes (src/components/widgets/workloadFormController.ts: from reading the
 * form to the plan, summary and tree written into the page; style and layout come after).
 * Chromium unthrottled, on this machine.
 */
async function wizardEditTimes(baseUrl: string, chromePath: string): Promise<EditTimes> {
	const { workloadToQuery } = await import('../src/model/schema/shareUrl.ts');
	/** The entries an edit writes: the plan, its frame, then the sensitivity. */
	const names = [EDIT_TIMINGS.edit, EDIT_TIMINGS.frame, EDIT_TIMINGS.sensitivity];
	const browser = await chromium.launch({
		executablePath: chromePath,
		args: [...HEADLESS_CHROMIUM_ARGS],
	});
	const rounds: EditTimes['rounds'] = [];
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${baseUrl}/wizard/?${workloadToQuery(tenTierWorkload())}`, {
			waitUntil: 'networkidle',
		});
		// A shared link upgrades the wizard at once: wait for its first plan.
		await page.waitForFunction(
			(all) => all.every((name) => performance.getEntriesByName(name).length > 0),
			names,
		);
		for (let round = 0; round < EDIT_ROUNDS; round++) {
			await page.evaluate((all) => {
				for (const name of all) performance.clearMeasures(name);
			}, names);
			for (let edit = 0; edit < EDITS_PER_ROUND; edit++) {
				await page.evaluate(
					(n) => {
						const field = document.querySelector<HTMLInputElement>('input[name="tiers.0.vmCount"]');
						if (field === null) throw new Error('no tiers.0.vmCount field');
						field.value = String(n);
						field.dispatchEvent(new Event('input', { bubbles: true }));
					},
					// 3 to 9 in turn: every edit changes the value (the workload's web tier starts at 2).
					3 + ((round * EDITS_PER_ROUND + edit) % 7),
				);
				await page.waitForFunction(
					({ all, count }) =>
						all.every((name) => performance.getEntriesByName(name).length > count),
					{ all: names, count: edit },
				);
			}
			const [times, frames, sensitivity] = await page.evaluate(
				(all) => all.map((name) => performance.getEntriesByName(name).map((e) => e.duration)),
				names,
			);
			rounds.push({
				medianMs: median(times ?? []) ?? 0,
				frameMs: median(frames ?? []) ?? 0,
				sensitivityMs: median(sensitivity ?? []) ?? 0,
				edits: times?.length ?? 0,
			});
		}
	} finally {
		await browser.close();
	}
	return {
		medianMs: median(rounds.map((r) => r.medianMs)) ?? 0,
		frameMs: median(rounds.map((r) => r.frameMs)) ?? 0,
		sensitivityMs: median(rounds.map((r) => r.sensitivityMs)) ?? 0,
		rounds,
	};
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

interface ModelStep {
	medianMs: number;
	rounds: { medianMs: number; samples: number }[];
}

/** Runs bench/model.ts (`npm run bench:model`) and reads the medians it wrote. */
function modelBench(): { node: string; results: Record<string, ModelStep> } | null {
	const out = join('bench', 'out', 'model-bench.json');
	rmSync(out, { force: true });
	const run = spawnSync(process.execPath, [join('bench', 'model.ts')], { stdio: 'inherit' });
	if (run.status !== 0 || !existsSync(out)) {
		log(`bench:model failed (exit ${String(run.status)})`);
		return null;
	}
	return JSON.parse(readFileSync(out, 'utf8')) as {
		node: string;
		results: Record<string, ModelStep>;
	};
}

/** Runs bench/estate.ts (`npm run bench:estate`) and reads what it wrote. */
function estateBench(): EstateBench | null {
	const out = join('bench', 'out', 'estate-bench.json');
	rmSync(out, { force: true });
	const run = spawnSync(process.execPath, [join('bench', 'estate.ts')], { stdio: 'inherit' });
	if (run.status !== 0 || !existsSync(out)) {
		log(`bench:estate failed (exit ${String(run.status)})`);
		return null;
	}
	return JSON.parse(readFileSync(out, 'utf8')) as EstateBench;
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

	const bare = buildBareStarlight();
	const server = await serveStatic(join(ROOT, 'dist'));
	const bareServer = await serveStatic(bare.distRoot);
	let lighthouseRows: LighthouseRow[] = [];
	let search: Awaited<ReturnType<typeof pagefindTimes>> = [];
	let wizardEdits: EditTimes | null = null;
	let interaction: InteractionResult | null = null;
	let wizardTyping: InteractionResult | null = null;
	let wizardHesitating: InteractionResult | null = null;
	let estateTyping: InteractionResult | null = null;
	try {
		lighthouseRows = await runLighthouse(
			[
				{ type: BARE, path: '/', baseUrl: bareServer.url, distRoot: bare.distRoot },
				...PAGE_TYPES.map((p) => ({ ...p, baseUrl: server.url, distRoot: join(ROOT, 'dist') })),
			],
			found.path,
		);
		search = await pagefindTimes(server.url, found.path);
		wizardEdits = await wizardEditTimes(server.url, found.path);
		interaction = await wizardInteraction(server.url, found.path);
		log(interactionLine(interaction));
		wizardTyping = await wizardInteraction(server.url, found.path, { pace: 'typing' });
		log(interactionLine(wizardTyping));
		wizardHesitating = await wizardInteraction(server.url, found.path, { pace: 'hesitating' });
		log(interactionLine(wizardHesitating));
		estateTyping = await estateInteraction(server.url, found.path);
		log(interactionLine(estateTyping));
	} finally {
		await server.close();
		await bareServer.close();
		bare.cleanUp();
	}
	const model = modelBench();
	const estate = estateBench();

	const report = {
		machine: {
			cpus: cpus().length,
			memoryGiB: Math.round(totalmem() / 2 ** 30),
			node: process.versions.node,
			chromium: found.path,
			/** 1, 5 and 15-minute load averages when the measurements ended (a shared machine). */
			loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
		},
		build: { real, synthetic4x: synthetic },
		lighthouse: lighthouseRows,
		pagefind: search,
		model,
		estate,
		wizardEdits,
		interaction,
		wizardTyping,
		wizardHesitating,
		estateTyping,
		targets: {
			performance: 99,
			tbtMs: 50,
			cls: 0,
			bytesVsBare: 1.15,
			recommendMs: 1,
			estateMs: ESTATE_BUDGET_MS,
			wizardEditMs: 16,
			interactionMs: interaction?.budgetMs ?? null,
		},
	};
	writeFileSync(join(ROOT, 'bench', 'report.json'), `${JSON.stringify(report, null, 2)}\n`);

	const fmt = (n: number | null, digits = 0) => (n === null ? 'n/a' : n.toFixed(digits));
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	const md = [
		'# Benchmark report',
		'',
		`Machine: ${report.machine.cpus} cores, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, Chromium at ${report.machine.chromium}; load average ${report.machine.loadAverage.join(', ')} (1, 5, 15 min) when the measurements ended.`,
		'',
		`## Lighthouse (mobile), median of ${RUNS} runs`,
		'',
		'| Page | Path | Perf | TBT ms | CLS | LCP ms | Bytes | vs bare Starlight | search aside | (inline SVG, gz) |',
		'|---|---|---|---|---|---|---|---|---|---|',
		...lighthouseRows.map(
			(r) =>
				`| ${r.type} | ${r.path} | ${fmt(r.median.performance)} | ${fmt(r.median.tbtMs)} | ${fmt(r.median.cls, 3)} | ${fmt(r.median.lcpMs)} | ${kb(r.median.bytes)} | ${r.bytesVsBare === null ? 'n/a' : `${r.bytesVsBare.toFixed(2)}×`} | ${r.bytesVsBareWithoutSearchUi === null ? 'n/a' : `${r.bytesVsBareWithoutSearchUi.toFixed(2)}×`} | ${kb(r.inlineSvgGzip)} |`,
		),
		'',
		'Targets (issue 13): performance ≥ 99, TBT ≤ 50 ms, CLS 0, bytes within 1.15× of the bare Starlight page measured in the same run. Bytes are as transferred, gzipped by the bench server as a static host would; the inline SVG column is the gzipped size of the diagrams inside the HTML (already counted in the bytes). Stock Starlight loads Pagefind’s search UI with every page; this site loads it when the reader opens search, so "search aside" compares both pages without search’s own bytes (the Search column of every run): the weight of the page itself.',
		'',
		'### Every run',
		'',
		'| Page | Run | Perf | TBT ms | CLS | LCP ms | HTML | CSS | JS | SVG files | Search | Total |',
		'|---|---|---|---|---|---|---|---|---|---|---|---|',
		...lighthouseRows.flatMap((r) =>
			r.runs.map(
				(run, i) =>
					`| ${r.type} | ${i + 1} | ${fmt(run.performance)} | ${fmt(run.tbtMs)} | ${fmt(run.cls, 3)} | ${fmt(run.lcpMs)} | ${kb(run.bytes.html)} | ${kb(run.bytes.css)} | ${kb(run.bytes.js)} | ${kb(run.bytes.svg)} | ${kb(run.bytes.searchUi)} | ${kb(run.bytes.total)} |`,
			),
		),
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
		`Plain Node ${model?.node ?? 'n/a'} running src/ as the CLI does (bench/model.ts), on a 10-tier workload. Each step: three rounds of warm-up and samples; a round's figure is its median sample, the step's the median of its rounds. Targets (issue 13): recommend() under 1 ms, one edit at most 16 ms.`,
		'',
		'| Step | Median ms | Rounds (median ms, samples) |',
		'|---|---|---|',
		...Object.entries(model?.results ?? {}).map(
			([step, m]) =>
				`| ${step} | ${m.medianMs.toFixed(3)} | ${m.rounds.map((r) => `${r.medianMs.toFixed(3)} (${r.samples})`).join(', ')} |`,
		),
		'',
		'### An estate, in Node',
		'',
		`bench/estate.ts: a generated \`az vm list\` export of 500 VMs in 60 workloads read and planned (readVmExport + planEstate), each run in a fresh Node process (cold, as \`npm run estate\` runs); and an export of at least 50 MB read and planned up to the plan's VM limit, the peak of \`process.memoryUsage().heapUsed\` sampled after reading the file, after parsing it and after each workload. Three runs each, every run listed. Budget (issue 23): ${ESTATE_BUDGET_MS} ms.`,
		'',
		estate === null ? 'Not measured (bench/estate.ts failed).' : estateLine(estate),
		'',
		'### One edit in the wizard, in Chromium',
		'',
		`The same 10-tier workload opened from a share link, then ${EDITS_PER_ROUND} edits of one field a round: each edit's time from reading the form to the plan written into the page (the \`dr:edit\` User Timing entry; style and layout follow). Chromium unthrottled.`,
		'',
		wizardEdits === null
			? 'Not measured (the browser part of the bench failed).'
			: `One edit: form read to plan written, median ${wizardEdits.medianMs.toFixed(1)} ms; through the next frame's style and layout (forced in that frame's requestAnimationFrame callback; paint not included), ${wizardEdits.frameMs.toFixed(1)} ms. What moves the plan, worked out in the wizard’s Web Worker and written once the plan is shown: ready ${wizardEdits.sensitivityMs.toFixed(1)} ms after the re-plan started. Rounds (edit / frame / sensitivity): ${wizardEdits.rounds.map((r) => `${r.medianMs.toFixed(1)} / ${r.frameMs.toFixed(1)} / ${r.sensitivityMs.toFixed(1)} ms over ${r.edits} edits`).join(', ')}.`,
		'',
		'## Interaction latency (Event Timing, as field INP records it)',
		'',
		'bench/interaction.ts: the wizard opened on the 10-tier workload from a share link in Chromium at 4× CPU throttling (CDP `Emulation.setCPUThrottlingRate`), eight keystrokes into one field with a pause of 900 ms after each, then the same keys a reader’s typing pace apart (200 ms: the form reads once, 400 ms after the last key) and a hesitating reader’s (450 ms, just past that: each key lands while the previous key’s re-plan is worked out or written); every `PerformanceEventTiming` entry of 16 ms or more (`durationThreshold: 16`, `buffered: true`); an interaction is its longest entry, a run its worst interaction (INP with fewer than 50 interactions); three runs, each listed. Budget (issue 23): 100 ms in every run.',
		'',
		interaction === null
			? 'Not measured (the browser part of the bench failed).'
			: interactionLine(interaction),
		'',
		wizardTyping === null
			? 'Typing at a reader’s pace not measured.'
			: interactionLine(wizardTyping),
		'',
		wizardHesitating === null
			? 'Typing at a hesitating reader’s pace not measured.'
			: interactionLine(wizardHesitating),
		'',
		estateTyping === null ? 'Estate page not measured.' : interactionLine(estateTyping),
		'',
		...INTERACTION_NOTES.flatMap((line) => [line, '']),
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

/**
 * `node bench/run.ts --edits [--dist=DIR]`: only the wizard's edits in Chromium, against dist/
 * or another build (a before-and-after comparison; that build's form controller must write the
 * `dr:edit` and `dr:sensitivity` entries).
 */
async function editsOnly(): Promise<void> {
	const found = findChromiumHere();
	if (found === undefined) throw new Error(NO_CHROMIUM_MESSAGE);
	const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length);
	const server = await serveStatic(dist ?? join(ROOT, 'dist'));
	try {
		const times = await wizardEditTimes(server.url, found.path);
		log(
			`one edit in the wizard: median ${times.medianMs.toFixed(1)} ms, ${times.frameMs.toFixed(1)} ms to the next frame, sensitivity ready after ${times.sensitivityMs.toFixed(1)} ms; rounds (edit / frame / sensitivity) ${times.rounds.map((r) => `${r.medianMs.toFixed(1)} / ${r.frameMs.toFixed(1)} / ${r.sensitivityMs.toFixed(1)} ms (${r.edits} edits)`).join(', ')}`,
		);
	} finally {
		await server.close();
	}
}

await (process.argv.includes('--edits') ? editsOnly() : main());
