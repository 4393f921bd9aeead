import { describe, expect, it } from 'vitest';
import {
	drillCost,
	formatMinutes,
	formatTarget,
	formatUsd,
	mdText,
	parseWorkload,
	recommend,
	referenceWorkloadInput,
	runbookMarkdown,
	tiersInStartOrder,
} from '~/model/index.ts';

const plan = (names: [string, string], name = 'Shop') => {
	const [a, b] = referenceWorkloadInput.tiers;
	const parsed = parseWorkload({
		...referenceWorkloadInput,
		name,
		rpoMinutes: 1, // so that no option meets the targets and the headline names tiers
		tiers: [
			{ ...a!, name: names[0] },
			{ ...b!, name: names[1] },
		],
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return recommend(parsed.workload);
};

describe('the Markdown runbook', () => {
	it('has every section a drill needs, with the predicted figures', () => {
		const md = runbookMarkdown(plan(['web', 'database']), 'https://example.test/wizard/?v=1');
		for (const heading of [
			'## Roles',
			'## Who declares the disaster',
			'## Failover',
			'## Failback',
			'## Drill plan',
			'## Predicted against measured',
		])
			expect(md).toContain(`\n${heading}\n`);
		expect(md).toContain('Reproduce this plan: https://example.test/wizard/?v=1');
		expect(md).toMatch(/^\| \*\*RTO, end to end\*\* \| .+ \| .+ to .+ \| \|$/m);
	});

	it('writes reader-typed names literally: no HTML, no Markdown emphasis, no table breaks', () => {
		const md = runbookMarkdown(
			plan(['<img src=x onerror=alert(1)>', 'a|b **c**'], '<script>x</script>'),
		);
		expect(md).not.toMatch(/(?<!\\)<\/?(img|script)/);
		expect(md).toContain('# DR runbook: \\<script\\>x\\</script\\>');
		expect(md).toContain('### \\<img src=x onerror=alert(1)\\>');
		expect(md).toContain('a\\|b \\*\\*c\\*\\*');
		// Every table row still has its four cells.
		for (const row of md.split('\n').filter((l) => l.startsWith('| ') && l.includes('(a')))
			expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
	});

	it('escapes only what Markdown or HTML could act on', () => {
		expect(mdText('web tier 2 (eu-west)')).toBe('web tier 2 (eu-west)');
		expect(mdText('x_y & <z>')).toBe('x\\_y \\& \\<z\\>');
	});
});

describe('the drill plan', () => {
	const sqlFirst = () => {
		const p = plan(['app', 'sql']);
		return { p, md: runbookMarkdown(p, undefined, { startGroups: [['sql'], ['app']] }) };
	};
	const section = (md: string, heading: string) => {
		const start = md.indexOf(`\n${heading}\n`);
		const level = heading.split(' ')[0]!;
		const rest = md.slice(start + heading.length + 2);
		const end = rest.search(new RegExp(`^#{1,${level.length}} `, 'm'));
		return end === -1 ? rest : rest.slice(0, end);
	};

	it('has scope, steps, success criteria, clean-up, cost and a table for measured times', () => {
		const { md } = sqlFirst();
		for (const h of [
			'### Scope',
			'### Steps, in start order',
			'### Success criteria',
			'### Clean-up',
			'### What the drill costs',
			'### Measured step times',
		])
			expect(section(md, '## Drill plan')).toContain(`\n${h}\n`);
		expect(section(md, '### Scope')).toMatch(/isolated network/);
	});

	it('orders the steps by start group, each with an owner, and failover and failback too', () => {
		const { p, md } = sqlFirst();
		const steps = section(md, '### Steps, in start order');
		expect(steps.indexOf('Start group 1: sql')).toBeLessThan(steps.indexOf('Start group 2: app'));
		expect(steps.indexOf('[sql]')).toBeLessThan(steps.indexOf('[app]'));
		for (const line of steps.split('\n').filter((l) => /^\d+\. \[ \]/.test(l)))
			expect(line).toMatch(
				/\((incident lead|platform engineer|database administrator|network engineer|application owner)\)/,
			);
		for (const h of ['## Failover', '## Failback']) {
			const s = section(md, h);
			expect(s.indexOf('### sql')).toBeLessThan(s.indexOf('### app'));
		}
		// Without groups, every tier starts at once, in plan order.
		const flat = runbookMarkdown(p);
		expect(flat).toContain('No tier waits for another');
		expect(flat.indexOf('\n### app')).toBeLessThan(flat.indexOf('\n### sql'));
	});

	it('follows the workload’s dependency order without being told: scope, steps, tables', () => {
		const [a, b] = referenceWorkloadInput.tiers;
		// The app is listed first but waits for sql: every section must start sql first.
		const parsed = parseWorkload({
			...referenceWorkloadInput,
			tiers: [
				{ ...a!, name: 'app', dependsOn: ['sql'] },
				{ ...b!, name: 'sql' },
			],
		});
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
		const p = recommend(parsed.workload);
		expect(p.rto.order).toEqual([['sql'], ['app']]);
		const md = runbookMarkdown(p);
		expect(md).not.toContain('No tier waits for another');
		const start = section(md, '## Start order');
		expect(start.indexOf('1. sql')).toBeLessThan(start.indexOf('2. app'));
		const scope = section(md, '### Scope');
		expect(scope.indexOf('- sql (')).toBeGreaterThan(-1);
		expect(scope.indexOf('- sql (')).toBeLessThan(scope.indexOf('- app ('));
		const steps = section(md, '### Steps, in start order');
		expect(steps.indexOf('Start group 1: sql')).toBeGreaterThan(-1);
		expect(steps.indexOf('Start group 1: sql')).toBeLessThan(steps.indexOf('Start group 2: app'));
		expect(steps.indexOf('[sql]')).toBeLessThan(steps.indexOf('[app]'));
		const rows = section(md, '### Measured step times')
			.split('\n')
			.filter((l) => /^\| \d+ \|/.test(l));
		expect(rows[0]).toMatch(/\| sql \|/);
		for (const h of ['## Failover', '## Failback']) {
			const s = section(md, h);
			expect(s.indexOf('### sql')).toBeLessThan(s.indexOf('### app'));
		}
	});

	it('keeps every tier when the groups leave one out or name an unknown tier', () => {
		const p = plan(['app', 'sql']);
		expect(tiersInStartOrder(p, [['nope', 'sql']]).map((g) => g.map((t) => t.tier))).toEqual([
			['sql'],
			['app'],
		]);
	});

	it('states the plan’s RTO and RPO as the success criteria, with how to measure each', () => {
		const { p, md } = sqlFirst();
		const s = section(md, '### Success criteria');
		expect(s).toContain(
			`target ${formatTarget(p.workload.rtoMinutes)}, predicted about ${formatMinutes(p.rto.total.typical)}`,
		);
		expect(s).toContain(
			`target ${formatTarget(p.workload.rpoMinutes)}, predicted about ${formatMinutes(p.rpo.minutes.typical)}`,
		);
		expect(s).toMatch(/newest marker/);
	});

	it('prices the drill from the plan’s drill lines, and what forgotten VMs keep costing', () => {
		const { p, md } = sqlFirst();
		const cost = drillCost(p);
		expect(cost.perYearUsd).toBeCloseTo(p.cost.byKind.drills * 12, 6);
		expect(cost.perDrillUsd).toBeCloseTo(cost.perYearUsd / p.workload.drillsPerYear, 6);
		expect(cost.forgottenDayUsd).toBeCloseTo((cost.perDrillUsd! / cost.hours) * 24, 6);
		expect(section(md, '### What the drill costs')).toContain(
			`About ${formatUsd(cost.perDrillUsd!)} a drill, ${formatUsd(cost.perYearUsd)} a year`,
		);
		expect(section(md, '### Clean-up')).toContain(
			`about ${formatUsd(cost.forgottenDayUsd!)} a day`,
		);
	});

	it('says no drill is priced when the workload plans none', () => {
		const [a, b] = referenceWorkloadInput.tiers;
		const parsed = parseWorkload({ ...referenceWorkloadInput, drillsPerYear: 0, tiers: [a!, b!] });
		if (!parsed.ok) throw new Error('invalid');
		const p = recommend(parsed.workload);
		expect(drillCost(p).perDrillUsd).toBeUndefined();
		expect(runbookMarkdown(p)).toMatch(/No drills are planned/);
	});

	it('has one row per tier step, and the shared steps, in the measured-times table', () => {
		const { p, md } = sqlFirst();
		const rows = section(md, '### Measured step times')
			.split('\n')
			.filter((l) => /^\| \d+ \|/.test(l));
		const tierSteps = p.tiers.flatMap((t) =>
			t.recommended.rto.steps.filter((s) => s.tier !== undefined),
		);
		const shared = p.rto.steps.filter((s) => s.tier === undefined && s.kind !== 'detect');
		expect(rows.length).toBe(tierSteps.length + shared.length);
		expect(rows[0]).toMatch(/^\| 1 \| .+ \| sql\/\w+ \| sql \|/);
		for (const r of rows) expect(r.split(/(?<!\\)\|/).length - 2).toBe(9);
	});

	it('gives each timed step the key the wizard and the measured block accept, and says so', () => {
		const { p, md } = sqlFirst();
		const table = section(md, '### Measured step times');
		expect(table.slice(0, table.indexOf('\n|'))).toMatch(/Key column.+Your drill.+`measured`/s);
		const keys = table
			.split('\n')
			.filter((l) => /^\| \d+ \|/.test(l))
			.map((l) => l.split(/(?<!\\)\|/)[3]!.trim());
		const expected = [
			...p.tiers.flatMap((t) =>
				t.recommended.rto.steps.filter((s) => s.tier !== undefined).map((s) => s.key),
			),
			...p.rto.steps.filter((s) => s.tier === undefined && s.kind !== 'detect').map((s) => s.key),
		];
		expect(new Set(keys)).toEqual(new Set(expected));
		expect(keys).toContain('traffic');
		// Keys of the plan's timeline read back as measured times with nothing unmatched.
		const timelineKeys = keys.filter((k) => p.rto.steps.some((s) => s.key === k));
		expect(timelineKeys.length).toBeGreaterThan(2);
		const parsed = parseWorkload({
			...p.workload,
			measured: Object.fromEntries(timelineKeys.map((k) => [k, 5])),
		});
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
		expect(recommend(parsed.workload).measured?.unmatched).toEqual([]);
	});
});
