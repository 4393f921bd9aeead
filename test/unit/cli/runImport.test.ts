import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImportArgs, runImport, type ImportArgs } from '~/cli/runImport.ts';
import { parseArgs, runRecommend } from '~/cli/runRecommend.ts';
import { parseWorkload } from '~/model/index.ts';

const sample = readFileSync(
	new URL('../../../examples/import/az-vm-list-sample.json', import.meta.url),
	'utf8',
);

function args(argv: string[]): ImportArgs {
	const parsed = parseImportArgs(argv);
	if ('error' in parsed) throw new Error(parsed.error);
	return parsed;
}

describe('npm run import', () => {
	it('prints a workload the schema accepts, with notes on stderr', () => {
		const result = runImport(
			args(['--size', 'Standard_A2_v2=2,4', 'vms.json']),
			sample,
			'vms.json',
		);
		expect(result.code).toBe(0);
		const parsed = parseWorkload(JSON.parse(result.stdout));
		expect(parsed.ok).toBe(true);
		if (parsed.ok) expect(parsed.workload.tiers.map((t) => t.vmCount)).toEqual([3, 2, 1, 1]);
		expect(result.stderr).toContain('Grouped by tag "tier"');
	});

	it('keeps the source region', () => {
		const result = runImport(args(['--size', 'Standard_A2_v2=2,4', 'f']), sample, 'f');
		expect(JSON.parse(result.stdout)).toMatchObject({ sourceRegion: 'westeurope' });
	});

	it('prints what npm run recommend reads directly, and the plan names the regions', () => {
		const imported = runImport(
			args(['--size', 'Standard_A2_v2=2,4', 'vms.json']),
			sample,
			'vms.json',
		);
		expect(imported.code).toBe(0);
		const cli = parseArgs(['workload.json']);
		if ('error' in cli) throw new Error(cli.error);
		const plan = runRecommend(cli, imported.stdout, 'workload.json');
		expect(plan.stderr).toBe('');
		expect(plan.code).toBe(0);
		// targetRegion any picks the lowest published latency (issue 20): Belgium Central, 8 ms.
		expect(plan.stdout).toContain('Regions: From westeurope (West Europe) to belgiumcentral');
		const json = parseArgs(['--json', 'workload.json']);
		if ('error' in json) throw new Error(json.error);
		const parsed = JSON.parse(runRecommend(json, imported.stdout, 'workload.json').stdout) as {
			regions?: { source: string; target: string; how: string };
		};
		expect(parsed.regions).toMatchObject({ source: 'westeurope', target: 'belgiumcentral' });
	});

	it('exits 2 with one line naming an unknown size and how to answer it', () => {
		const result = runImport(args(['f']), sample, 'f');
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('--size Standard_A2_v2=VCPU,GIB');
	});

	it('exits 2 on foreign JSON, saying what was expected', () => {
		const result = runImport(args(['f']), '{"value": 3}', 'f');
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/^f: .*az vm list --output json/);
	});

	it.each([
		[['--bogus'], '--bogus: unknown option'],
		[['--size', 'Standard_X=0,8'], 'vCPUs of Standard_X (vcpu) must be a whole number from 1'],
		[['--size', 'Standard_X=2'], 'expected NAME=VCPU,GIB'],
		[['--tag', 'role', '--prefix'], 'choose one'],
		[['a.json', 'b.json'], 'only one file'],
	])('rejects %j with one clear line', (argv, message) => {
		const parsed = parseImportArgs(argv);
		expect('error' in parsed && parsed.error).toContain(message);
	});
});
