import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getPattern, parseWorkload, recommend } from '~/model/index.ts';
import { tierPaths } from '../../../src/components/wizard/treePath.ts';

const example = (file: string) => {
	const parsed = parseWorkload(
		JSON.parse(readFileSync(new URL(`../../../examples/${file}`, import.meta.url), 'utf8')),
	);
	if (!parsed.ok) throw new Error(file);
	return parsed.workload;
};

describe('tree paths beside the plan', () => {
	it('say when the plan picks another pattern than the tree’s usual choice, and why', () => {
		const w = example('b-sql-vm-app-tier.json');
		const plan = recommend(w);
		const [app, sql] = tierPaths(w, plan);
		const appPick = plan.tiers[0]?.recommended;
		expect(appPick?.patternId).not.toBe('captured-image');
		expect(app?.text).toContain(getPattern('captured-image').name);
		expect(app?.text).toContain(`The plan picks ${appPick?.name} instead`);
		expect(plan.tiers[1]?.recommended.patternId).toBe('site-recovery-a2a');
		expect(sql?.text).not.toContain('The plan picks');
	});

	it('without a plan, give the path only', () => {
		const w = example('b-sql-vm-app-tier.json');
		for (const p of tierPaths(w)) expect(p.text).not.toContain('The plan picks');
	});
});
