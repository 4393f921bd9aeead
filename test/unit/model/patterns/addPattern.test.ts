/**
 * The README's recipe for a new pattern, followed in a copy of src/model: a folder (here a copy
 * of disk-copy under a new id), its id in PATTERN_IDS, one line in the registry's MODULES and
 * one in terraformWriters.ts. The engine, the catalogue and Terraform for a plan then pick it
 * up with nothing else changed. Also: the order patterns are registered in changes no plan (the
 * tie-break is the engine's own).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWorkload, recommend, referenceWorkloadInput } from '~/model/index.ts';
import { evaluateTiers, planFromEvaluations } from '~/model/engine/recommend.ts';

const ID = 'throwaway-copy';
const copy = mkdtempSync(join(tmpdir(), 'add-pattern-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function edit(file: string, from: string, to: string): void {
	const text = readFileSync(file, 'utf8');
	if (!text.includes(from)) throw new Error(`${file} no longer has ${JSON.stringify(from)}`);
	writeFileSync(file, text.replace(from, to));
}

/** The recipe, in a copy of src/model. */
function addThrowawayPattern(): string {
	const model = join(copy, 'model');
	cpSync(join(process.cwd(), 'src', 'model'), model, { recursive: true });
	const patterns = join(model, 'patterns');
	// 1. Its folder: definition, estimator, module (index.ts) and Terraform writer.
	cpSync(join(patterns, 'disk-copy'), join(patterns, ID), { recursive: true });
	edit(join(patterns, ID, 'definition.ts'), "id: 'disk-copy'", `id: '${ID}'`);
	edit(
		join(patterns, ID, 'definition.ts'),
		"name: 'Copying disks",
		"name: 'Throwaway: copying disks",
	);
	// 2. Its id.
	edit(join(patterns, 'ids.ts'), "\t'dns-failover',\n", `\t'dns-failover',\n\t'${ID}',\n`);
	// 3. One registry line (and the writer's).
	edit(
		join(patterns, 'index.ts'),
		"import { dnsFailoverModule } from './dns-failover/index.ts';",
		`import { dnsFailoverModule } from './dns-failover/index.ts';\nimport { diskCopyModule as throwawayModule } from './${ID}/index.ts';`,
	);
	edit(
		join(patterns, 'index.ts'),
		"\t'dns-failover': dnsFailoverModule,\n",
		`\t'dns-failover': dnsFailoverModule,\n\t'${ID}': throwawayModule,\n`,
	);
	edit(
		join(patterns, 'terraformWriters.ts'),
		"import { dnsFailoverTerraform } from './dns-failover/terraform.ts';",
		`import { dnsFailoverTerraform } from './dns-failover/terraform.ts';\nimport { diskCopyTerraform as throwawayTerraform } from './${ID}/terraform.ts';`,
	);
	edit(
		join(patterns, 'terraformWriters.ts'),
		"\t'dns-failover': dnsFailoverTerraform,\n",
		`\t'dns-failover': dnsFailoverTerraform,\n\t'${ID}': throwawayTerraform,\n`,
	);
	return model;
}

describe('adding a pattern', () => {
	it('is its folder, its id and one registry line: the engine and the catalogue pick it up', async () => {
		const model = addThrowawayPattern();
		const m = (await import(
			/* @vite-ignore */ join(model, 'index.ts')
		)) as typeof import('~/model/index.ts');
		const t = (await import(
			/* @vite-ignore */ join(model, 'engine', 'terraform.ts')
		)) as typeof import('~/model/engine/terraform.ts');
		expect(m.patterns.map((p) => p.id)).toContain(ID);
		expect(m.getPattern(ID as never).name).toMatch(/^Throwaway/);

		const parsed = m.parseWorkload(referenceWorkloadInput);
		if (!parsed.ok) throw new Error('The reference workload does not parse.');
		const web = parsed.workload.tiers[0];
		if (web === undefined) throw new Error('No web tier.');
		expect(m.candidatesFor(web).map((c) => c.patternId)).toContain(ID);

		// Its evaluation equals the pattern it copies, so it ties with disk-copy everywhere: the
		// plan lists both and picks by the key, the engine's last tie-break.
		const plan = m.recommend(parsed.workload);
		const webPlan = plan.tiers[0];
		const keys = [
			webPlan?.recommended,
			...(webPlan?.alternatives ?? []),
			...(webPlan?.rejected ?? []),
		].map((e) => e?.key);
		expect(keys).toContain(ID);
		expect(keys).toContain('disk-copy');

		// Terraform for a plan that chooses it: its writer says what it deploys (nothing, and why).
		const only = m.parseWorkload({
			...referenceWorkloadInput,
			tiers: [referenceWorkloadInput.tiers[0]],
		});
		if (!only.ok) throw new Error('The one-tier workload does not parse.');
		const chosen = m.recommend(only.workload);
		const tp = chosen.tiers[0];
		if (tp === undefined) throw new Error('No tier plan.');
		const forced = {
			...chosen,
			tiers: [{ ...tp, recommended: { ...tp.recommended, patternId: ID as never } }],
		};
		const result = t.terraformForPlan(forced);
		// The copy's writer is disk-copy's: the scheduled copy job, under the tier's name.
		expect(result.ok && result.hcl).toContain('azurerm_automation_runbook');
	}, 60_000);
});

describe('the order options are evaluated in', () => {
	it('changes no plan: the ranking breaks every tie itself', () => {
		for (const file of [
			'b-sql-vm-app-tier.json',
			'c-multi-disk-db.json',
			'd-loose-targets-tight-budget.json',
		]) {
			const parsed = parseWorkload(
				JSON.parse(readFileSync(join(process.cwd(), 'examples', file), 'utf8')) as unknown,
			);
			if (!parsed.ok) throw new Error(`${file} does not parse`);
			const evaluations = evaluateTiers(parsed.workload);
			const reversed = evaluations.map((tier) => [...tier].reverse());
			expect(planFromEvaluations(parsed.workload, reversed), file).toEqual(
				recommend(parsed.workload),
			);
		}
	});
});
