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
 * `node bench/interaction.ts [--dist=DIR] [--only=wizard,typing,hesitating,estate]` measures against dist/ (or
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
 * A reader typing a figure: a key every 200 ms. Until 1e7b59c's successor this was just past the
 * form's 150 ms debounce, so each key landed while the read and re-plan started by the one before
 * ran or drew; the form now waits 400 ms while keys come that fast, and reads once, after the last.
 */
const TYPING_PAUSE_MS = 200;
/**
 * A reader hesitating between keys: every 450 ms, just past that 400 ms, so each key is read
 * 150 ms after it and the next one lands while that read's plan is worked out or written: the
 * collision the 200 ms pace no longer meets.
 */
const HESITATING_PAUSE_MS = 450;

/**
 * Why the wizard's figure was what it was (issue 23), from Chromium performance traces (CDP
 * `Tracing.start` with devtools.timeline, blink.user_timing, latencyInfo and the frame category),
 * kept in the report beside the figures. Re-read it when the figures move.
 */
export const INTERACTION_NOTES = [
	'Where the issue’s figure came from. The build issue 23 measured is taken to be 535bf8e (30 November, the parent of the round that moved the 150 ms debounce into one form controller; the issue describes the import before issues 18 and 20, which that round added). Traced there, one digit typed into `tiers.0.vmCount` of the 10-tier workload, unthrottled, load average 1.5 (Chromium 156; Debian’s Chromium 150 gives 32 ms the same way): the `keydown`/`keypress` entries last 26 ms (1.7 input delay + 7.5 processing + 17 presentation) and end at the presentation of the keystroke’s own frame (main frame 9.6–16.5 ms, swapped at 26.1 ms). Three things then share the main thread. (1) Chromium’s autofill agent runs a task after every keystroke in a form field (`FormSubmissionTracker::FormControlDidChange`): 42 ms there, and the `keyup` of the same interaction waits for it (43 ms, 41.5 of them input delay). (2) At 157.6 ms the debounced re-plan: one 94 ms task that parses 141 KB of plan HTML and then calls `history.replaceState`, inside which Chromium styles and lays out the rewritten plan (61 ms: 31.5 of style, 16 of layout over 1,469 objects; the scroll state it saves with the entry, we take it); its frame follows at 251.8 ms. (3) At 262 ms the 20 `contentvisibilityautostatechange` events: the rewritten plan’s new `content-visibility: auto` wrappers seen for the first time. They follow the re-plan, not the keystroke.',
	'So an entry is presented after the re-plan when its processing or its frame comes later than 150 ms after the key, and the re-plan’s single task stands between it and the paint. On an idle machine unthrottled nothing gets that far: in the idle trace every entry ended at its own frame (the `keyup`’s at 43 ms), and the 170–200 ms the issue reports unthrottled is not reproduced idle. At 4× or under load it is what happens: the autofill task grows to 63–430 ms, the `keyup` waits 209–316 ms for it, and in one trace (unthrottled, load 12) the keystroke’s own frame waited for a 206 ms autofill task, was committed at 299 ms and presented at 465 ms, while the 606 ms re-plan that had become due ran. A reader typing a figure meets it without any load: a next key 150–250 ms after the last lands while the re-plan (157.6–251.6 ms after a key, idle) runs.',
	'What changed since. Today’s form costs the autofill agent 0.6–15 ms a keystroke (at load 11 to 14), not 42; we have not found which change did that, and claim none. The re-plan’s single task was still there: on hub main at e59e8c0, one keystroke restyled 1,027 elements and laid out 2,092 objects, 320 ms of them inside `replaceState` at load 14. Since 23c9b4c the wizard updates its plan in place (`updateInPlace`: unchanged elements stay; the sensitivity rows are kept until the new ones come), and until 1e7b59c wrote the link before the plan: 90 elements restyled and 134 objects laid out, 23 ms in `replaceState` at the same load. These counters do not depend on the machine’s load; the timings do.',
	'Since 1e7b59c no task after a keystroke is the re-plan. Traced at 4× on hub main 5ddb37d (bench/interactionTrace.ts: three digits 200 ms apart into `tiers.0.vmCount` of the 10-tier workload), the debounced re-plan was one main-thread task of 400 to 563 ms of CPU (load 17 to 18), 340 to 458 ms in quieter traces: `recommend`, the plan’s HTML and its in-place comparison (each 130 to 190 ms wall at load 10), `history.replaceState` (33 to 72 ms: Chromium serialises the state of every one of the form’s controls into the history entry, 20 to 125 ms a call at 4× with the form, under 1 ms with `autocomplete="off"` or without it), then the sensitivity in slices of 30 to 170 ms each (one re-plan a step). Now a Web Worker (`wizardPlanner.ts`) plans, writes the markup of each part of the plan, the summary, the tree paths and the pinned diff, and works out the sensitivity; it answers only the newest edit and drops an older edit’s sensitivity. The page writes only the parts whose markup changed, in slices of at most 16 ms, a newer edit cancelling the rest, and says “Plan updated” once all are shown; the form is `autocomplete="off"` and the link is written in the next frame’s callback. The longest main-thread task from the first key, same traces, alternating builds (CPU ms at 4×): before 563 and 402; after 78, 90, 127 and 77 (load 16 to 18), the longest being the debounced form read (30 to 94) and the frame after a part is written (35 to 127, style, layout and paint of the whole document, which is one layer).',
	'Since 1e7b59c, what a key still waited for, traced at 4× with the other engineers’ processes stopped (CDP traces of eight keys, main thread and worker): a key’s own task (the keypress, with the editor’s forced layout: 10 to 30 ms of CPU) and the frame that draws it (pre-paint, paint, layerize, commit: 25 to 45 ms) are the floor. Above it came, in the 200 ms pace: (1) the debounced form read, one task of 30 to 50 ms that a key 50 ms after it waited for; (2) the previous edit’s plan, written while the reader typed, each part a frame of style, layout and paint, and a keypress that forced the layout it left; (3) the worker’s re-plans for the sensitivity, on the second of the machine’s two cores while the page drew; (4) a key that made a field invalid or valid again: the stale rule was a border with padding that narrowed the whole plan, 47 to 63 ms of layout. Now a key holds the plan’s writing until the form is read again (the next edit replaces it, or an invalid form shows the last valid plan once it has stayed 500 ms); the read is four tasks a key cancels; the worker’s sensitivity waits while the reader types; while keys come within 400 ms of each other the form waits 400 ms, not 150, so a figure typed at 200 ms is read once, after its last key; the stale rule is drawn beside the plan, outside its box; and each tier’s section and the plan’s long blocks (schedule and timeline, cost table, traps) are `content-visibility: auto`, so a re-plan written below the form costs no rendering until the reader scrolls to it. The 450 ms pace (hesitating) is the collision that remains: the key lands while the previous key’s plan is written.',
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
 * and a pause of 900 ms, or `pace` a key every 200 (typing) or 450 ms (hesitating).
 */
export async function wizardInteraction(
	baseUrl: string,
	chromePath: string,
	{ pace = 'pauses' }: { pace?: 'pauses' | 'typing' | 'hesitating' } = {},
): Promise<InteractionResult> {
	const { workloadToQuery } = await import('../src/model/schema/shareUrl.ts');
	const pauseMs = { pauses: PAUSE_MS, typing: TYPING_PAUSE_MS, hesitating: HESITATING_PAUSE_MS }[
		pace
	];
	return measure(
		chromePath,
		pace === 'pauses'
			? '/wizard/ (10 tiers, share link)'
			: `/wizard/ (10 tiers, a key every ${pauseMs} ms)`,
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
		pauseMs,
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
			typing: () => wizardInteraction(server.url, found.path, { pace: 'typing' }),
			hesitating: () => wizardInteraction(server.url, found.path, { pace: 'hesitating' }),
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
