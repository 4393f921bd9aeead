/** `npm run estate`: flags, formats, and bad files with one clear message and a non-zero exit. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEstateArgs, runEstate, type EstateArgs } from '~/cli/runEstate.ts';
import { ESTATE_CSV_COLUMNS, ESTATE_JSON_KIND, csvField } from '~/model/engine/estate/index.ts';

const fixture = readFileSync(
	new URL('../../fixtures/estate/contoso-az-vm-list.json', import.meta.url),
	'utf8',
);
const example = readFileSync(
	new URL('../../../examples/estate/az-vm-list-estate.json', import.meta.url),
	'utf8',
);

function args(argv: string[]): EstateArgs {
	const parsed = parseEstateArgs(argv);
	if ('error' in parsed) throw new Error(parsed.error);
	return parsed;
}

describe('npm run estate: flags', () => {
	it('has stated defaults', () => {
		expect(args(['vms.json'])).toMatchObject({
			file: 'vms.json',
			workloadTag: 'workload',
			tierTag: 'tier',
			tierPrefix: false,
			priorityTag: 'priority',
			target: 'any',
			format: 'text',
		});
	});

	it.each([
		[['--bogus', 'f'], '--bogus: unknown option'],
		[['--json', '--csv', 'f'], '--json and --csv: choose one output format'],
		[['--workload-tag'], '--workload-tag: must be followed by a value'],
		[['--tier-tag', 'x', '--tier-prefix', 'f'], '--tier-tag and --tier-prefix'],
		[
			['--target', 'westeurop', 'f'],
			'--target westeurop: not a region the model knows; did you mean westeurope',
		],
		[
			['--size', 'Standard_X=0,8', 'f'],
			'--size Standard_X=0,8: vCPUs of Standard_X (vcpu) must be',
		],
		[['a.json', 'b.json'], 'b.json: only one file is accepted'],
	])('%j gets one line naming the flag', (argv, message) => {
		const parsed = parseEstateArgs(argv);
		expect('error' in parsed ? parsed.error : '').toContain(message);
		if ('error' in parsed) expect(parsed.error.split('\n')).toHaveLength(1);
	});
});

describe('npm run estate: output', () => {
	it('prints readable text by default: each workload, the demand, the order', () => {
		const result = runEstate(args(['f']), fixture, 'f');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Estate: 23 VMs, 6 workloads by tag "workload"/);
		expect(result.stdout).toContain('belgiumcentral: 124 vCPUs in total (regional quota) on ');
		// erp runs in a region the model does not know: its demand is named, not an "unknown" region.
		expect(result.stdout).toMatch(/\n {2}Target not known: \d+ vCPUs on \d+ VMs? for erp, /);
		expect(result.stdout).not.toMatch(/^ {2}unknown/m);
		expect(result.stdout).toMatch(/1\. shop \(priority 1\)/);
		expect(result.stdout).toContain('jumpbox01');
		expect(result.stdout).not.toMatch(/NaN|undefined/);
	});

	it('gives the recovery order per source region in text, Markdown, CSV and JSON', () => {
		const text = runEstate(args(['f']), fixture, 'f').stdout;
		expect(text).toContain('An outage of westeurope:');
		expect(text).toContain('An outage of northeurope:');
		expect(text).toContain('An outage of jioindiawest (a region the model does not know):');
		// crm is first in North Europe's outage, as shop is in West Europe's.
		expect(text).toMatch(/An outage of northeurope:\n\s+1\. crm /);
		expect(text).toMatch(/An outage of westeurope:\n\s+1\. shop /);

		const markdown = runEstate(args(['--markdown', 'f']), fixture, 'f').stdout;
		expect(markdown).toContain('## Recovery order per source region');
		expect(markdown).toContain('### An outage of northeurope');
		expect(markdown).toContain('### An outage of westeurope');

		const csv = runEstate(args(['--csv', 'f']), fixture, 'f')
			.stdout.trimEnd()
			.split('\r\n');
		const col = (name: (typeof ESTATE_CSV_COLUMNS)[number]) => ESTATE_CSV_COLUMNS.indexOf(name);
		const row = (name: string) => csv.find((l) => l.startsWith(`${name},`))?.split(',') ?? [];
		expect(row('crm')[col('recovery_position')]).toBe('1');
		expect(row('crm')[col('source_region')]).toBe('northeurope');
		expect(row('shop')[col('recovery_position')]).toBe('1');
		expect(row('payroll')[col('recovery_position')]).toBe('2');

		const json = JSON.parse(runEstate(args(['--json', 'f']), fixture, 'f').stdout) as {
			version: number;
			outages: { sourceRegion: string; order: { workload: string }[] }[];
		};
		expect(json.version).toBe(2);
		expect(json.outages.map((o) => o.sourceRegion)).toEqual([
			'northeurope',
			'westeurope',
			'jioindiawest',
		]);
	});

	it('--json writes the report, marked with its kind', () => {
		const result = runEstate(args(['--json', 'f']), example, 'f');
		const json = JSON.parse(result.stdout) as { kind: string; workloads: { name: string }[] };
		expect(json.kind).toBe(ESTATE_JSON_KIND);
		expect(json.workloads.map((w) => w.name).sort()).toEqual(['intranet', 'payroll', 'shop']);
		expect(result.stderr).toContain('problem');
	});

	it('--csv writes one row per workload under the header, every row as wide as it', () => {
		const result = runEstate(args(['--csv', 'f']), fixture, 'f');
		const lines = result.stdout.trimEnd().split('\r\n');
		expect(lines[0]).toBe(ESTATE_CSV_COLUMNS.join(','));
		expect(lines).toHaveLength(1 + 6);
	});

	it('--markdown writes the report’s sections', () => {
		const result = runEstate(args(['--markdown', 'f']), fixture, 'f');
		for (const heading of [
			'# Estate',
			'## Workloads',
			'## Target-region demand',
			'## Recovery order per source region',
			'## Not in a workload',
		])
			expect(result.stdout).toContain(heading);
	});

	it('a file that is not an export: one message, exit code 2, no stack trace', () => {
		const result = runEstate(args(['f']), '{"value": 3}', 'vms.json');
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/^vms\.json: The file holds an object with value: expected `az vm list/,
		);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	it('an export where nothing can be planned exits 1 with the report', () => {
		const result = runEstate(args(['--workload-tag', 'nothing', 'f']), fixture, 'f');
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('No VM has a "nothing" tag');
	});
});

describe('CSV fields', () => {
	it('quotes commas, quotes and line breaks, and defuses formulas', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvField('-1+2')).toBe("'-1+2");
		expect(csvField(-3)).toBe('-3');
		expect(csvField(undefined)).toBe('');
	});

	it('a workload named with a comma and a quote stays one field', () => {
		const vm = JSON.parse(example) as { tags: Record<string, string> }[];
		for (const v of vm) if (v.tags['workload'] === 'shop') v.tags['workload'] = 'Shop, "EU"';
		const result = runEstate(args(['--csv', 'f']), JSON.stringify(vm), 'f');
		expect(result.stdout).toContain('"Shop, ""EU"""');
	});
});
