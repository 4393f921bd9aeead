/**
 * Where the wizard's main thread goes after a keystroke: a Chromium performance trace (CDP
 * tracing: devtools.timeline, its disabled-by-default detail, blink.user_timing) of the 10-tier
 * wizard at 4× CPU throttling while two digits are typed `--gap` ms apart (200 by default, a
 * reader's pace). It prints every main-thread task of at least `--min` ms (wall, 4 by default)
 * from the first key on: its start after that key, its wall time (`dur`) and the main thread's
 * CPU time in it (`tdur`, which the machine's load moves far less than wall time), and the
 * trace events inside it that took the most (script, HTML parsing, style, layout), with the
 * User Timing measures the page wrote. `bench/report.md`, "Interaction latency", quotes it.
 *
 * `node bench/interactionTrace.ts [--dist=DIR] [--gap=MS] [--keys=N] [--min=MS] [--rate=N]
 * [--save=FILE]` (`--save` keeps the raw trace for Chromium's performance panel).
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { HEADLESS_CHROMIUM_ARGS } from '../src/build/findChromium.ts';
import { findChromiumHere, NO_CHROMIUM_MESSAGE } from '../src/build/nodeChromium.ts';
import { EDIT_TIMINGS } from '../src/components/widgets/editTimings.ts';
import { serveStatic } from '../test/support/staticServer.ts';
import { tenTierWorkload } from './benchParts.ts';

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	tdur?: number;
	args?: { name?: string; data?: { type?: string; url?: string; functionName?: string } };
}

const arg = (name: string, fallback: string): string =>
	process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'blink.user_timing',
];
/** The trace events inside a task worth naming (others are summed in the task's own time). */
const DETAIL = new Set([
	'FunctionCall',
	'EvaluateScript',
	'TimerFire',
	'FireAnimationFrame',
	'EventDispatch',
	'ParseHTML',
	'UpdateLayoutTree',
	'Layout',
	'Paint',
	'PrePaint',
	'MajorGC',
	'MinorGC',
	'V8.GC_SCAVENGER',
	'ScheduleStyleRecalculation',
	'HitTest',
	'v8.compile',
	'v8.parseOnBackground',
]);

const ms = (us: number | undefined) => Math.round((us ?? 0) / 100) / 10;

/** The events of one main-thread task, named and summed by kind, longest first. */
function breakdown(task: TraceEvent, inside: TraceEvent[]): string {
	const end = task.ts + (task.dur ?? 0);
	const kinds = new Map<string, { dur: number; tdur: number; n: number }>();
	for (const e of inside) {
		if (e.ts < task.ts || e.ts >= end || e === task || e.ph !== 'X' || !DETAIL.has(e.name))
			continue;
		const what =
			e.name === 'EventDispatch' || e.name === 'TimerFire'
				? `${e.name}(${e.args?.data?.type ?? ''})`
				: e.name === 'FunctionCall'
					? `FunctionCall(${e.args?.data?.functionName || 'anonymous'})`
					: e.name;
		const known = kinds.get(what) ?? { dur: 0, tdur: 0, n: 0 };
		known.dur += e.dur ?? 0;
		known.tdur += e.tdur ?? 0;
		known.n += 1;
		kinds.set(what, known);
	}
	return [...kinds.entries()]
		.sort((a, b) => b[1].dur - a[1].dur)
		.filter(([, k]) => k.dur >= 500)
		.map(([what, k]) => `${what}${k.n > 1 ? `×${k.n}` : ''} ${ms(k.dur)}/${ms(k.tdur)}`)
		.join(', ');
}

const found = findChromiumHere();
if (found === undefined) throw new Error(NO_CHROMIUM_MESSAGE);
const gap = Number(arg('gap', '200'));
const keys = Number(arg('keys', '2'));
const minMs = Number(arg('min', '4'));
const rate = Number(arg('rate', '4'));
const server = await serveStatic(arg('dist', join(process.cwd(), 'dist')));
const browser = await chromium.launch({
	executablePath: found.path,
	args: [...HEADLESS_CHROMIUM_ARGS],
});
try {
	const { workloadToQuery } = await import('../src/model/schema/shareUrl.ts');
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	await page.goto(`${server.url}/wizard/?${workloadToQuery(tenTierWorkload())}`, {
		waitUntil: 'networkidle',
		timeout: 120_000,
	});
	await page.waitForFunction(
		(name) => performance.getEntriesByName(name).length > 0,
		EDIT_TIMINGS.frame,
		{
			timeout: 120_000,
		},
	);
	await page.waitForTimeout(1500);
	const input = page.locator('[name="tiers.0.vmCount"]');
	await input.scrollIntoViewIfNeeded();
	await input.click();
	await page.keyboard.press('End');
	await page.waitForTimeout(900);
	await browser.startTracing(page, { categories: CATEGORIES });
	const typedAt = await page.evaluate(() => performance.now());
	for (let i = 0; i < keys; i++) {
		await page.keyboard.press(String((i % 9) + 1));
		if (i < keys - 1) await page.waitForTimeout(gap);
	}
	await page.waitForTimeout(2500);
	const raw = await browser.stopTracing();
	const save = process.argv.find((a) => a.startsWith('--save='))?.slice('--save='.length);
	if (save !== undefined) writeFileSync(save, raw);
	const events = (JSON.parse(raw.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
	const keydowns = events.filter(
		(e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown',
	);
	const first = keydowns[0];
	if (first === undefined) throw new Error('No keydown in the trace.');
	const main = events.filter((e) => e.pid === first.pid && e.tid === first.tid);
	const tasks = main.filter(
		(e) =>
			e.ph === 'X' &&
			e.name === 'RunTask' &&
			e.ts >= first.ts - 50_000 &&
			(e.dur ?? 0) >= minMs * 1000,
	);
	const at = (e: TraceEvent) => ms(e.ts - first.ts);
	process.stdout.write(
		`keys at ${keydowns.map(at).join(', ')} ms; CPU ${rate}×; load ${loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}\n`,
	);
	let longest = 0;
	let longestCpu = 0;
	for (const task of tasks) {
		longest = Math.max(longest, task.dur ?? 0);
		if (task.ts >= first.ts) longestCpu = Math.max(longestCpu, task.tdur ?? 0);
		process.stdout.write(
			`  task at ${at(task)}: ${ms(task.dur)} ms wall, ${ms(task.tdur)} ms CPU — ${breakdown(task, main)}\n`,
		);
	}
	const measures = await page.evaluate(
		(since) =>
			performance
				.getEntriesByType('measure')
				.filter((m) => m.startTime >= since)
				.map((m) => ({ name: m.name, start: m.startTime, duration: m.duration })),
		typedAt,
	);
	for (const m of measures)
		process.stdout.write(
			`  measure ${m.name}: at ${Math.round(m.start - typedAt)}, ${m.duration.toFixed(1)} ms\n`,
		);
	process.stdout.write(
		`longest task from the first key: ${ms(longestCpu)} ms CPU (longest wall ${ms(longest)} ms)\n`,
	);
} finally {
	await browser.close();
	await server.close();
}
