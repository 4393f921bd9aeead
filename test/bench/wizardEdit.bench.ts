/**
 * `npm run bench:model`: what the wizard computes on each edit, timed step by step on a 10-tier
 * workload (Vitest 5's bench fixture). The steps are those of WizardController.compute
 * (src/components/wizard/wizardCompute.ts): read the form's fields and parse them
 * (readWorkloadForm), recommend(), and render the plan (planHtml, which runs the sensitivity
 * analysis, itself one recommend() per probe); the comparison (comparisonOf) is what the compare
 * page adds for the same plan. Sensitivity is also timed alone. Medians are written to
 * bench/out/wizard-edit-bench.json for bench/run.ts. Measured, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
	comparisonOf,
	parseWorkload,
	recommend,
	referenceWorkloadInput,
	sensitivity,
	type Plan,
	type Workload,
} from '~/model/index.ts';
import { toPaths } from '~/model/index.ts';
import { planHtml } from '~/components/widgets/planView.ts';
import { readWorkloadForm } from '~/components/widgets/workloadForm.ts';

/** Ten tiers, alternating the reference workload's web and database tiers (as recommend.bench.ts). */
const tiers = Array.from({ length: 10 }, (_, i) => ({
	...(referenceWorkloadInput.tiers[i % 2] ?? {}),
	name: `tier-${i + 1}`,
}));
const parsed = parseWorkload({ ...referenceWorkloadInput, tiers });
if (!parsed.ok) throw new Error('invalid bench workload');
const workload: Workload = parsed.workload;
const plan: Plan = recommend(workload);
/** The form's fields as the browser's FormData gives them: every value a string. */
const formEntries: [string, string][] = toPaths(
	JSON.parse(JSON.stringify(workload)) as Parameters<typeof toPaths>[0],
).map(([name, value]) => [name, value === null ? '' : String(value)]);

const STEPS: [string, () => unknown][] = [
	[
		'parse (read the form and validate)',
		() => readWorkloadForm(formEntries, referenceWorkloadInput),
	],
	['recommend', () => recommend(workload)],
	['comparison', () => comparisonOf(plan)],
	['sensitivity', () => sensitivity(workload, plan)],
	['render the plan (includes sensitivity)', () => planHtml(plan, 'plan')],
	[
		'one edit: parse + recommend + render (with sensitivity) + comparison',
		() => {
			const read = readWorkloadForm(formEntries, referenceWorkloadInput);
			if (!read.ok) throw new Error('bench form did not parse');
			const p = recommend(read.workload);
			planHtml(p, 'plan');
			comparisonOf(p);
		},
	],
];

test(
	'the wizard’s work per edit on a 10-tier workload',
	{ timeout: 300_000 },
	async ({ bench }) => {
		const read = readWorkloadForm(formEntries, referenceWorkloadInput);
		expect(read.ok).toBe(true);
		const medians: Record<string, { medianMs: number; samples: number }> = {};
		for (const [name, fn] of STEPS) {
			// At least ten samples, and about two seconds a step: the sensitivity runs take long.
			const result = await bench(name, fn).run({ time: 2000, iterations: 10, warmupIterations: 2 });
			medians[name] = { medianMs: result.latency.p50, samples: result.latency.samplesCount };
		}
		mkdirSync('bench/out', { recursive: true });
		writeFileSync('bench/out/wizard-edit-bench.json', JSON.stringify(medians, null, '\t'));
	},
);
