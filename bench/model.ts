/**
 * `npm run bench:model`: the model's speed, in plain Node running src/ directly, as the CLI does.
 * Not through Vitest: its module runner turns every call between modules into a lookup on an
 * import proxy, which made recommend() 1.7 times as slow as the same code in plain Node (1.166
 * against 0.694 ms, medians of three runs each on an idle machine, 2026-11-30): Vitest's bench
 * measured Vitest.
 *
 * On a 10-tier workload (the reference workload's two tiers, alternating, renamed), it times
 * recommend() and each step of the wizard's work per edit, and one wizard edit as its controller
 * runs it. Each measurement runs in ROUNDS
 * rounds of warm-up then samples; a round's figure is the median of its samples, and the result
 * is the median of the rounds, every round listed. Written to bench/out/model-bench.json for
 * bench/run.ts. Measured, never asserted: speed is no test's business.
 */
import './srcAlias.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, tenTierWorkload } from './benchParts.ts';

const { comparisonOf, recommend, referenceWorkloadInput, sensitivity, toPaths, workloadToQuery } =
	await import('../src/model/index.ts');
const { planHtml } = await import('../src/components/widgets/planView.ts');
const { planSummaryHtml, wizardSummaryLinks } =
	await import('../src/components/widgets/planSummary.ts');
const { readWorkloadForm } = await import('../src/components/widgets/workloadForm.ts');

const ROUNDS = 5;
/** Each round: this long warming up (the JIT settles), then this long sampling. */
const WARM_MS = 500;
const SAMPLE_MS = 1500;
const MIN_SAMPLES = 20;

const workload = tenTierWorkload();
const plan = recommend(workload);
/** The form's fields as the browser's FormData gives them: every value a string. */
const formEntries: [string, string][] = toPaths(
	JSON.parse(JSON.stringify(workload)) as Parameters<typeof toPaths>[0],
).map(([name, value]) => [name, value === null ? '' : String(value)]);

function oneEdit(): void {
	const read = readWorkloadForm(formEntries, referenceWorkloadInput);
	if (!read.ok) throw new Error('The bench form does not parse.');
	const p = recommend(read.workload);
	planHtml(p, 'plan');
	comparisonOf(p);
}

/**
 * One edit in the wizard, as its controller runs it (workloadFormController.ts and
 * wizardCompute.ts's show): read the form, write the link, re-plan, and draw the plan (its
 * sensitivity comes later, between frames) and the summary above it. Its budget: within a frame.
 */
function wizardEdit(): void {
	const read = readWorkloadForm(formEntries, referenceWorkloadInput);
	if (!read.ok) throw new Error('The bench form does not parse.');
	workloadToQuery(read.workload);
	const p = recommend(read.workload);
	planHtml(p, 'plan', { sensitivity: 'later' });
	planSummaryHtml(p, wizardSummaryLinks(p));
}

const ALL_STEPS: [string, () => unknown][] = [
	['recommend() alone', () => recommend(workload)],
	[
		'parse (read the form and validate)',
		() => readWorkloadForm(formEntries, referenceWorkloadInput),
	],
	['comparison', () => comparisonOf(plan)],
	['sensitivity', () => sensitivity(workload, plan)],
	['render the plan (includes sensitivity)', () => planHtml(plan, 'plan')],
	['one edit: parse + recommend + render (with sensitivity) + comparison', oneEdit],
	['one wizard edit: parse + link + recommend + plan (sensitivity later) + summary', wizardEdit],
];
/** `npm run bench:model -- wizard`: only the steps whose name holds the word. */
const only = process.argv[2];
const STEPS = only === undefined ? ALL_STEPS : ALL_STEPS.filter(([name]) => name.includes(only));

function round(fn: () => unknown): { medianMs: number; samples: number } {
	const warmUntil = performance.now() + WARM_MS;
	while (performance.now() < warmUntil) fn();
	const samples: number[] = [];
	const sampleUntil = performance.now() + SAMPLE_MS;
	while (performance.now() < sampleUntil || samples.length < MIN_SAMPLES) {
		const started = performance.now();
		fn();
		samples.push(performance.now() - started);
	}
	return { medianMs: median(samples) ?? 0, samples: samples.length };
}

export interface StepResult {
	medianMs: number;
	rounds: { medianMs: number; samples: number }[];
}

const results: Record<string, StepResult> = {};
for (const [name, fn] of STEPS) {
	const rounds = Array.from({ length: ROUNDS }, () => round(fn));
	results[name] = { medianMs: median(rounds.map((r) => r.medianMs)) ?? 0, rounds };
	process.stdout.write(
		`${name}: median ${results[name].medianMs.toFixed(3)} ms (rounds ${rounds
			.map((r) => `${r.medianMs.toFixed(3)} ms over ${r.samples}`)
			.join(', ')})\n`,
	);
}
// A partial run (one step asked for) leaves the full report as it was.
if (only === undefined) {
	mkdirSync(join('bench', 'out'), { recursive: true });
	writeFileSync(
		join('bench', 'out', 'model-bench.json'),
		`${JSON.stringify({ node: process.version, workload: '10 tiers', results }, null, '\t')}\n`,
	);
}
