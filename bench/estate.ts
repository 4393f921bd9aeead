/**
 * `node bench/estate.ts` (run by `npm run bench`): the estate plan's speed and memory in plain
 * Node, as `npm run estate` runs it (issue 23, point 4).
 *
 * - Time: a generated export of 500 VMs in 60 workloads (test/support/syntheticEstate.ts),
 *   read and planned (readVmExport + planEstate), each run in a fresh Node process so every run
 *   pays what the CLI pays: cold code, no warm-up. Three runs, every run listed, the median
 *   against the budget ESTATE_BUDGET_MS. The budget lives here, not in a timed test.
 * - Memory: a generated export of at least 50 MB (pretty-printed as `az vm list` prints it),
 *   read and planned up to the plan's VM limit, in a fresh process each run. The peak of
 *   `process.memoryUsage().heapUsed`, sampled after the file is read into a string, after it is
 *   parsed, and after each workload is planned; three runs, every run listed, and the median.
 *
 * Writes bench/out/estate-bench.json for bench/run.ts. Measured, never asserted.
 */
import './srcAlias.ts';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { median } from './benchParts.ts';

export const ESTATE_BUDGET_MS = 1000;
const VMS = 500;
const WORKLOADS = 60;
const BIG_BYTES = 50 * 1024 * 1024;
const RUNS = 3;
const OUT = join('bench', 'out');
const SMALL_FILE = join(OUT, 'estate-500.json');
const BIG_FILE = join(OUT, 'estate-50mb.json');

export interface EstateTimeRun {
	readMs: number;
	planMs: number;
	totalMs: number;
	workloads: number;
	planned: number;
}

export interface EstateMemoryRun {
	peakHeapMiB: number;
	/** The peak of heapUsed right after a full garbage collection: what is live. */
	peakLiveHeapMiB: number;
	/** heapUsed with only the file's text held, before parsing. */
	textHeapMiB: number;
	vms: number;
	planned: number;
	totalMs: number;
}

export interface EstateBench {
	node: string;
	loadAverage: number[];
	budgetMs: number;
	time: { medianMs: number; runs: EstateTimeRun[] };
	memory: {
		fileMiB: number;
		medianPeakHeapMiB: number;
		medianPeakLiveHeapMiB: number;
		runs: EstateMemoryRun[];
	};
}

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function child(kind: 'time' | 'memory'): Promise<void> {
	const started = performance.now();
	const { readVmExport, planEstateSteps } = await import('../src/model/engine/estate/index.ts');
	if (kind === 'time') {
		const text = readFileSync(SMALL_FILE, 'utf8');
		const t0 = performance.now();
		const read = readVmExport(text);
		if (!read.ok) throw new Error(read.error);
		const t1 = performance.now();
		const steps = planEstateSteps(read.vms);
		let step = steps.next();
		while (step.done !== true) step = steps.next();
		const t2 = performance.now();
		const run: EstateTimeRun = {
			readMs: t1 - t0,
			planMs: t2 - t1,
			totalMs: t2 - t0,
			workloads: step.value.totals.workloads,
			planned: step.value.totals.planned,
		};
		process.stdout.write(JSON.stringify(run));
		return;
	}
	// Run with --expose-gc: each sample is taken twice, as found (garbage not yet collected
	// included, what the process holds at that moment) and after a full collection (what is live).
	const gc = (globalThis as { gc?: () => void }).gc;
	let peak = process.memoryUsage().heapUsed;
	let livePeak = 0;
	const sample = () => {
		peak = Math.max(peak, process.memoryUsage().heapUsed);
		if (gc !== undefined) {
			gc();
			livePeak = Math.max(livePeak, process.memoryUsage().heapUsed);
		}
	};
	let text: string | undefined = readFileSync(BIG_FILE, 'utf8');
	const textHeap = process.memoryUsage().heapUsed;
	sample();
	const read = readVmExport(text);
	sample();
	text = undefined; // the plan keeps the VMs read from it, never the text
	if (!read.ok) throw new Error(read.error);
	const steps = planEstateSteps(read.vms);
	let step = steps.next();
	while (step.done !== true) {
		if (step.value.done % 25 === 0) sample();
		step = steps.next();
	}
	sample();
	const run: EstateMemoryRun = {
		peakHeapMiB: mib(peak),
		peakLiveHeapMiB: mib(livePeak),
		textHeapMiB: mib(textHeap),
		vms: read.vms.length,
		planned: step.value.totals.planned,
		totalMs: performance.now() - started,
	};
	process.stdout.write(JSON.stringify(run));
}

function runChild<T>(kind: 'time' | 'memory'): T {
	const flags = kind === 'memory' ? ['--expose-gc'] : [];
	const run = spawnSync(
		process.execPath,
		[...flags, join('bench', 'estate.ts'), `--child=${kind}`],
		{
			encoding: 'utf8',
			maxBuffer: 1024 * 1024,
		},
	);
	if (run.status !== 0) throw new Error(`estate bench (${kind}) failed: ${run.stderr}`);
	return JSON.parse(run.stdout) as T;
}

async function writeFiles(): Promise<void> {
	const { syntheticEstate } = await import('../test/support/syntheticEstate.ts');
	mkdirSync(OUT, { recursive: true });
	writeFileSync(SMALL_FILE, JSON.stringify(syntheticEstate(VMS, WORKLOADS), null, 2));
	// az vm list prints two-space indented JSON: about 2.2 kB a VM here.
	let count = 20_000;
	for (;;) {
		const text = JSON.stringify(syntheticEstate(count, Math.ceil(count / 8)), null, 2);
		if (text.length >= BIG_BYTES) {
			writeFileSync(BIG_FILE, text);
			return;
		}
		count = Math.ceil((count * BIG_BYTES * 1.02) / text.length);
	}
}

export function estateLine(b: EstateBench): string {
	return `estate: ${VMS} VMs in ${WORKLOADS} workloads read and planned in ${b.time.medianMs.toFixed(0)} ms (median; runs ${b.time.runs.map((r) => `${r.totalMs.toFixed(0)} ms = read ${r.readMs.toFixed(0)} + plan ${r.planMs.toFixed(0)}`).join(', ')}; budget ${b.budgetMs} ms); ${b.memory.fileMiB} MiB export: peak heapUsed ${b.memory.medianPeakHeapMiB} MiB, live after a full collection ${b.memory.medianPeakLiveHeapMiB} MiB (medians; runs ${b.memory.runs.map((r) => `${r.peakHeapMiB} / ${r.peakLiveHeapMiB} MiB, text alone ${r.textHeapMiB} MiB, ${r.vms} VMs read, ${r.planned} workloads planned`).join('; ')}); load average ${b.loadAverage.map((l) => l.toFixed(1)).join(' ')}`;
}

async function main(): Promise<void> {
	const kind = process.argv.find((a) => a.startsWith('--child='))?.slice('--child='.length);
	if (kind === 'time' || kind === 'memory') return child(kind);
	await writeFiles();
	const time = Array.from({ length: RUNS }, () => runChild<EstateTimeRun>('time'));
	const memory = Array.from({ length: RUNS }, () => runChild<EstateMemoryRun>('memory'));
	const result: EstateBench = {
		node: process.version,
		loadAverage: loadavg(),
		budgetMs: ESTATE_BUDGET_MS,
		time: { medianMs: median(time.map((r) => r.totalMs)) ?? 0, runs: time },
		memory: {
			fileMiB: mib(statSync(BIG_FILE).size),
			medianPeakHeapMiB: median(memory.map((r) => r.peakHeapMiB)) ?? 0,
			medianPeakLiveHeapMiB: median(memory.map((r) => r.peakLiveHeapMiB)) ?? 0,
			runs: memory,
		},
	};
	writeFileSync(join(OUT, 'estate-bench.json'), `${JSON.stringify(result, null, '\t')}\n`);
	process.stdout.write(`${estateLine(result)}\n`);
}

if (import.meta.main) await main();
