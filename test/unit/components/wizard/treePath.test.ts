import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getPattern, parseWorkload, recommend } from '~/model/index.ts';
import { tierPaths } from '~/components/wizard/treePath.ts';

const example = (file: string) => {
	const parsed = parseWorkload(
		JSON.parse(readFileSync(new URL(`../../../../examples/${file}`, import.meta.url), 'utf8')),
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
		expect(sql?.text).toContain('The plan picks Site Recovery, Azure to Azure');
	});

	it('say nothing more when the plan agrees with the tree', () => {
		const w = example('a-web-chef-sql-paas.json');
		const plan = recommend(w);
		const [web] = tierPaths(w, plan);
		expect(plan.tiers[0]?.recommended.patternId).toBe('scale-set-rebuild');
		expect(web?.text).toContain(getPattern('scale-set-rebuild').name);
		expect(web?.text).not.toContain('The plan picks');
	});

	it('without a plan, give the path only', () => {
		const w = example('b-sql-vm-app-tier.json');
		for (const p of tierPaths(w)) expect(p.text).not.toContain('The plan picks');
	});
});
