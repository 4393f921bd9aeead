/**
 * Behaviour fixtures: for the five examples and for workloads generated with a fixed seed, what
 * a reviewer reads of the CLI's `--json` plan (test/support/planProjection.ts: per tier the
 * option, RTO, RPO, cost and trap ids; the plan's status and totals), and the share links
 * (`--url`) of the five examples. A structural change must leave every one identical.
 *
 * A change to the model made on purpose regenerates them in the same commit, saying why:
 * `npm run fixtures` (vitest's `-u` on this file) rewrites test/fixtures/recommend/.
 * `npm run fixtures:full` writes the full plans of the same workloads, to read or diff.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs, runRecommend } from '~/cli/runRecommend.ts';
import {
	parseWorkload,
	wizardQuestions,
	workloadFromSearchParams,
	type Plan,
	type WorkloadInput,
} from '~/model/index.ts';
import { workloadArb } from '../model/arbitraries.ts';
import { projectionText } from '../../support/planProjection.ts';

const SEED = 20_261_130;
const GENERATED = 12;
const fixtures = new URL('../../fixtures/recommend/', import.meta.url);
const examplesDir = new URL('../../../examples/', import.meta.url);
const examples = readdirSync(examplesDir)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((file) => ({ file, text: readFileSync(new URL(file, examplesDir), 'utf8') }));

function cli(argv: string[], text: string, name: string): string {
	const args = parseArgs(argv);
	if ('error' in args) throw new Error(args.error);
	const r = runRecommend(args, text, name);
	expect(r.stderr, name).toBe('');
	expect(r.code, name).toBe(0);
	return r.stdout;
}

// The generated workloads are read back from their fixture once written, so a later change to
// the generators cannot silently change what the plans are compared on.
const inputsFile = new URL('generated-inputs.json', fixtures);
const sampled = fc.sample(workloadArb, { seed: SEED, numRuns: GENERATED });
const generated: WorkloadInput[] = existsSync(inputsFile)
	? (JSON.parse(readFileSync(inputsFile, 'utf8')) as WorkloadInput[])
	: sampled;

/** The CLI's `--json` plan, as the fixture holds it. */
function projected(text: string, name: string): string {
	return projectionText(JSON.parse(cli(['--json'], text, name)) as Plan);
}

describe('behaviour fixtures (what the CLI plans)', () => {
	it('has the five examples and at least ten generated workloads', () => {
		expect(examples.length).toBe(5);
		expect(generated.length).toBeGreaterThanOrEqual(10);
	});

	it('the fixed-seed sample is still the stored one', async () => {
		await expect(`${JSON.stringify(sampled, null, 2)}\n`).toMatchFileSnapshot(
			'../../fixtures/recommend/generated-inputs.json',
		);
	});

	for (const { file, text } of examples) {
		it(`the plan of ${file} is unchanged`, async () => {
			await expect(projected(text, file)).toMatchFileSnapshot(
				`../../fixtures/recommend/examples/${file.replace(/\.json$/, '.summary.json')}`,
			);
		});
	}

	generated.forEach((input, i) => {
		it(`the plan of generated workload ${i} is unchanged`, async () => {
			await expect(projected(JSON.stringify(input), `generated-${i}`)).toMatchFileSnapshot(
				`../../fixtures/recommend/generated/${String(i).padStart(2, '0')}.summary.json`,
			);
		});
	});

	it('the share links of the examples keep every stored v=1 parameter; v=2 only adds its own fields', () => {
		// share-links.json holds the v=1 links captured before v=2; it is not regenerated.
		const links = JSON.parse(readFileSync(new URL('share-links.json', fixtures), 'utf8')) as Record<
			string,
			string
		>;
		const v2 = wizardQuestions.filter((q) => (q.since ?? 1) >= 2);
		const tierV2 = new Set(v2.filter((q) => q.field.startsWith('tiers.')).map((q) => q.param));
		const workloadV2 = new Set(v2.filter((q) => !q.field.startsWith('tiers.')).map((q) => q.param));
		const isV2 = (key: string) => {
			const tier = /^t\d+\.(.+)$/.exec(key);
			return tier !== null ? tierV2.has(tier[1] ?? '') : workloadV2.has(key);
		};
		for (const { file, text } of examples) {
			const stored = new URL(links[file] ?? '');
			expect(stored.searchParams.get('v'), file).toBe('1');
			const now = new URL(cli(['--url'], text, file).trim());
			expect(now.searchParams.get('v'), file).toBe('2');
			const kept = [...now.searchParams].filter(([k]) => k !== 'v' && !isV2(k));
			const before = [...stored.searchParams].filter(([k]) => k !== 'v');
			expect(kept, file).toEqual(before);
		}
	});

	it('each stored v=1 link still opens the workload it was made from', () => {
		const links = JSON.parse(readFileSync(new URL('share-links.json', fixtures), 'utf8')) as Record<
			string,
			string
		>;
		// A v=1 link carries no field added in v=2 (a tier's dependsOn, say): it opens the example
		// as v=1 could say it, without those fields.
		const v2Fields = wizardQuestions.filter((q) => (q.since ?? 1) >= 2).map((q) => q.field);
		const asV1 = (input: Record<string, unknown>): Record<string, unknown> => {
			const tiers = Array.isArray(input['tiers'])
				? (input['tiers'] as Record<string, unknown>[])
				: [];
			const out: Record<string, unknown> = { ...input };
			for (const field of v2Fields) if (!field.includes('.')) delete out[field];
			out['tiers'] = tiers.map((t) => {
				const tier = { ...t };
				for (const field of v2Fields)
					if (field.startsWith('tiers.*.') && !field.slice('tiers.*.'.length).includes('.'))
						delete tier[field.slice('tiers.*.'.length)];
				return tier;
			});
			return out;
		};
		for (const { file, text } of examples) {
			const link = links[file];
			expect(link, file).toBeDefined();
			const expected = parseWorkload(asV1(JSON.parse(text) as Record<string, unknown>));
			if (!expected.ok) throw new Error(`${file} is not a valid workload`);
			const read = workloadFromSearchParams(new URL(link ?? '').searchParams);
			expect(read.notices, file).toEqual([]);
			expect(read.isReference, file).toBe(false);
			expect(read.workload, file).toEqual(expected.workload);
		}
	});
});
