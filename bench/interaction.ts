/**
 * Interaction latency as field INP records it: Chrome's Event Timing (`PerformanceEventTiming`)
 * from a keystroke to the next paint, on a page opened in Chromium with the CPU throttled (CDP
 * `Emulation.setCPUThrottlingRate`). Each run opens the page afresh, focuses a field, types
 * digits with pauses longer than the wizard's debounced recompute, and reads every event entry
 * of at least 16 ms (a `PerformanceObserver` with `durationThreshold: 16`, `buffered: true`).
 * An interaction's latency is the longest entry sharing its `interactionId`; a run's figure is
 * its worst interaction (INP with fewer than 50 interactions), and the bench's the median of the
 * runs. The budget lives here: `INTERACTION_BUDGET_MS` at `CPU_THROTTLING`×.
 *
 * `node bench/interaction.ts [--dist=DIR] [--only=wizard,typing,estate]` measures against dist/ (or
 * another build) alone.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { HEADLESS_CHROMIUM_ARGS } from '../src/build/findChromium.ts';
import { findChromiumHere, NO_CHROMIUM_MESSAGE } from '../src/build/nodeChromium.ts';
import { EDIT_TIMINGS } from '../src/components/widgets/editTimings.ts';
import { serveStatic } from '../test/support/staticServer.ts';
import { median, tenTierWorkload } from './benchParts.ts';

/** The budget (issue 23): keystroke to next paint at 4× CPU throttling, 10 tiers. */
export const INTERACTION_BUDGET_MS = 100;
export const CPU_THROTTLING = 4;
const RUNS = 3;
/** Keystrokes a run, each followed by a pause that lets the debounced recompute finish. */
const KEYS = ['5', '7', 'Backspace', '3', '8', 'Backspace', '4', '6'];
const PAUSE_MS = 900;
/**
 * A reader typing a figure: a key every 200 ms, just past the 150 ms debounce, so each keystroke
 * lands while the re-plan started by the one before is running or drawing.
 */
const TYPING_PAUSE_MS = 200;

/**
 * What the entries showed when this bench was written (issue 23), kept in the report beside the
 * figures. Re-read it when the figures move.
 */
export const INTERACTION_NOTES = [
	'What the entries show (hub main at 148f20e, 7 December 2026). Each keystroke is one interaction: its `keydown`/`keypress` entries end within 16 to 128 ms, before the 150 ms debounce fires; in no run did an entry’s presentation fall on the frame after the debounced re-plan. The first tier, which holds the field, has been laid out always (`content-visibility: visible`) since 7b4444d; forcing it back to `auto` with a test stylesheet (`bypassCSP`) did not bring the 170–320 ms figure back either, so the attribution the issue describes is not reproduced on today’s main, and no cause is claimed for it here.',
	'What does make the worst interaction: input delay. A keystroke that lands while the main thread runs the re-plan (one task: form read, recommend, plan written; 15–23 ms unthrottled on an idle machine) or the frames that style and lay out the rewritten plan (long animation frames of 50–200 ms at 4×) waits for them; on the shared 2-core machine (load average 11 to 23 during these runs) the re-plan alone took 430–1,450 ms at 4×, and the worst interactions were 1 to 2 s of input delay with 1 to 3 ms of processing.',
	'Not fixed yet: the figure is over budget when the machine is loaded. The lever is the re-plan’s single task and the size of the DOM it rewrites (run it in a worker, or write only the changed tiers), not the presentation of the keystroke itself.',
];

export interface InteractionRun {
	/** The worst interaction of the run, ms (0 when none reached 16 ms). */
	worstMs: number;
	/** Every interaction's latency, in the order typed (those under 16 ms are absent). */
	interactionsMs: number[];
	/** The worst interaction's parts: input delay, processing, presentation delay. */
	worstParts: { inputDelayMs: number; processingMs: number; presentationMs: number } | null;
	/** The machine's 1-minute load average when the run ended (2 cores, shared). */
	load: number;
}

export interface InteractionResult {
	page: string;
	field: string;
	throttling: number;
	budgetMs: number;
	medianMs: number;
	withinBudget: boolean;
	runs: InteractionRun[];
}

interface RawEntry {
	name: string;
	interactionId: number;
	startTime: number;
	processingStart: number;
	processingEnd: number;
	duration: number;
}

/** Brings a freshly opened page to the state typed into: its start-up work done. */
type Ready = (page: Page) => Promise<void>;

async function oneRun(
	browser: Browser,
	url: string,
	field: string,
	ready: Ready,
	pauseMs: number,
): Promise<InteractionRun> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		await page.addInitScript(() => {
			const seen: unknown[] = [];
			(window as unknown as { __eventEntries: unknown[] }).__eventEntries = seen;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as PerformanceEventTiming[]) {
					seen.push({
						name: e.name,
						interactionId: e.interactionId,
						startTime: e.startTime,
						processingStart: e.processingStart,
						processingEnd: e.processingEnd,
						duration: e.duration,
					});
				}
			}).observe({
				type: 'event',
				durationThreshold: 16,
				buffered: true,
			} as PerformanceObserverInit);
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
		await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
		await ready(page);
		await page.waitForTimeout(1500);
		const input = page.locator(`[name="${field}"]`);
		await input.scrollIntoViewIfNeeded();
		await input.click();
		await page.keyboard.press('End');
		await page.waitForTimeout(PAUSE_MS);
		await page.evaluate(() => {
			(window as unknown as { __eventEntries: unknown[] }).__eventEntries.length = 0;
		});
		for (const key of KEYS) {
			await page.keyboard.press(key);
			await page.waitForTimeout(pauseMs);
		}
		// The last keystroke's entries are reported once its frame is presented.
		await page.waitForTimeout(PAUSE_MS);
		const entries = await page.evaluate(
			() => (window as unknown as { __eventEntries: RawEntry[] }).__eventEntries,
		);
		const byInteraction = new Map<number, RawEntry>();
		for (const e of entries) {
			if (e.interactionId === 0) continue;
			const known = byInteraction.get(e.interactionId);
			if (known === undefined || e.duration > known.duration) byInteraction.set(e.interactionId, e);
		}
		const worst = [...byInteraction.values()].sort((a, b) => b.duration - a.duration)[0];
		return {
			load: Math.round(loadavg()[0]! * 10) / 10,
			worstMs: worst?.duration ?? 0,
			interactionsMs: [...byInteraction.values()].map((e) => e.duration),
			worstParts:
				worst === undefined
					? null
					: {
							inputDelayMs: Math.round(worst.processingStart - worst.startTime),
							processingMs: Math.round(worst.processingEnd - worst.processingStart),
							presentationMs: Math.round(worst.startTime + worst.duration - worst.processingEnd),
						},
		};
	} finally {
		await context.close();
	}
}

async function measure(
	chromePath: string,
	page: string,
	url: string,
	field: string,
	ready: Ready,
	pauseMs = PAUSE_MS,
): Promise<InteractionResult> {
	const browser = await chromium.launch({
		executablePath: chromePath,
		args: [...HEADLESS_CHROMIUM_ARGS],
	});
	const runs: InteractionRun[] = [];
	try {
		for (let i = 0; i < RUNS; i++) runs.push(await oneRun(browser, url, field, ready, pauseMs));
	} finally {
		await browser.close();
	}
	const mid = median(runs.map((r) => r.worstMs)) ?? 0;
	return {
		page,
		field,
		throttling: CPU_THROTTLING,
		budgetMs: INTERACTION_BUDGET_MS,
		medianMs: mid,
		// Every run, not the median: the budget is what a reader may get on any visit.
		withinBudget: runs.every((r) => r.worstMs <= INTERACTION_BUDGET_MS),
		runs,
	};
}

/**
 * The wizard with the 10-tier bench workload from a share link, typing in its first tier: a key
 * and a pause of 900 ms, or `typing` a key every 200 ms.
 */
export async function wizardInteraction(
	baseUrl: string,
	chromePath: string,
	{ typing = false }: { typing?: boolean } = {},
): Promise<InteractionResult> {
	const { workloadToQuery } = await import('../src/model/schema/shareUrl.ts');
	return measure(
		chromePath,
		typing ? '/wizard/ (10 tiers, a key every 200 ms)' : '/wizard/ (10 tiers, share link)',
		`${baseUrl}/wizard/?${workloadToQuery(tenTierWorkload())}`,
		'tiers.0.vmCount',
		// The shared link's first plan written and its frame drawn.
		async (page) => {
			await page.waitForFunction(
				(name) => performance.getEntriesByName(name).length > 0,
				EDIT_TIMINGS.frame,
				{ timeout: 120_000 },
			);
		},
		typing ? TYPING_PAUSE_MS : PAUSE_MS,
	);
}

/** The estate page with the example estate planned from a chosen file, typing in the workload tag. */
export async function estateInteraction(
	baseUrl: string,
	chromePath: string,
): Promise<InteractionResult> {
	const file = join(process.cwd(), 'examples', 'estate', 'az-vm-list-estate.json');
	return measure(
		chromePath,
		'/estate/ (example estate planned)',
		`${baseUrl}/estate/`,
		'workloadTag',
		async (page) => {
			await page.locator('#est-file').setInputFiles(file);
			await page.locator('[data-exports]').waitFor({ state: 'visible', timeout: 120_000 });
		},
	);
}

export function interactionLine(r: InteractionResult): string {
	const runs = r.runs
		.map(
			(run, i) =>
				`run ${i + 1}: worst ${run.worstMs} ms (all: ${run.interactionsMs.join(', ') || 'none ≥ 16 ms'}${run.worstParts === null ? '' : `; worst = ${run.worstParts.inputDelayMs} input delay + ${run.worstParts.processingMs} processing + ${run.worstParts.presentationMs} presentation`}; load ${run.load})`,
		)
		.join('; ');
	return `${r.page}, typing in ${r.field} at ${r.throttling}× CPU throttling: median of worst ${r.medianMs} ms; budget ${r.budgetMs} ms in every run: ${r.withinBudget ? 'within' : 'OVER'}; ${runs}`;
}

if (import.meta.main) {
	const found = findChromiumHere();
	if (found === undefined) throw new Error(NO_CHROMIUM_MESSAGE);
	const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length);
	const server = await serveStatic(dist ?? join(process.cwd(), 'dist'));
	try {
		const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
		const measures = {
			wizard: () => wizardInteraction(server.url, found.path),
			typing: () => wizardInteraction(server.url, found.path, { typing: true }),
			estate: () => estateInteraction(server.url, found.path),
		};
		for (const [name, measured] of Object.entries(measures)) {
			if (only !== undefined && !only.split(',').includes(name)) continue;
			process.stdout.write(`${interactionLine(await measured())}\n`);
		}
	} finally {
		await server.close();
	}
}
