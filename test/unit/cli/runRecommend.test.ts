import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArgs, runRecommend, type CliArgs } from '~/cli/runRecommend.ts';
import { AZURERM_VERSION } from '~/model/engine/terraform.ts';

const args = (argv: string[]): CliArgs => {
	const a = parseArgs(argv);
	if ('error' in a) throw new Error(a.error);
	return a;
};
const example = readFileSync(
	new URL('../../../examples/b-sql-vm-app-tier.json', import.meta.url),
	'utf8',
);

describe('the recommend CLI', () => {
	it('prints a readable plan', () => {
		const r = runRecommend(args([]), example, 'b.json');
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/Tier sql/);
		expect(r.stdout).toMatch(/End-to-end RTO/);
		expect(r.stdout).toMatch(/Open in the wizard: http:\/\/localhost:4321\/wizard\/\?v=2&/);
	});
	it('says which inputs move the plan most', () => {
		const r = runRecommend(args([]), example, 'b.json');
		expect(r.stdout).toMatch(/What moves this plan most/);
		expect(r.stdout).toMatch(/- sql: VMs \(2 → 4 VMs\): .*cost \+US\$/);
		expect(r.stdout).toMatch(/- RPO target, halved .*cost \+US\$.*sql switches to /);
	});
	it('prints the full result as JSON', () => {
		const plan = JSON.parse(runRecommend(args(['--json']), example, 'b.json').stdout) as {
			tiers: { tier: string }[];
		};
		expect(plan.tiers.map((t) => t.tier)).toEqual(['app', 'sql']);
	});
	it('prints the wizard link with --url and --base', () => {
		expect(
			runRecommend(args(['--url', '--base', 'https://dr.example']), example, 'b.json').stdout,
		).toMatch(/^https:\/\/dr\.example\/wizard\/\?v=2&/);
	});
	it('exits 2 with one line per bad field and no stack trace', () => {
		const r = runRecommend(
			args([]),
			JSON.stringify({
				tiers: [{ name: 'x', kind: 'stateful', data: 'vm-plain', vmCount: -1 }],
				rtoMinutes: 'soon',
			}),
			'w.json',
		);
		expect(r.code).toBe(2);
		expect(r.stderr.trim().split('\n')).toEqual([
			'w.json: invalid workload',
			'  tiers.0.vmCount: must be a whole number from 1 to 1,000 (VMs)',
			'  rtoMinutes: must be a number from 1 to 43,200 (minutes)',
			'  rpoMinutes: is required: a number from 0 to 43,200 (minutes)',
		]);
		expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
	});
	it('exits 2 on text that is not JSON', () => {
		expect(runRecommend(args([]), '{oops', 'w.json')).toMatchObject({ code: 2 });
	});
	it('rejects unknown options', () => {
		expect(parseArgs(['--jsn'])).toEqual({
			error:
				'--jsn: unknown option (accepted: --json, --url, --terraform, --runbook, --diff, --base <url>, --help)',
		});
	});
	it('names the bad argument: a value for a switch, a missing address, a second file', () => {
		expect(parseArgs(['--json=yes'])).toEqual({ error: '--json: takes no value' });
		expect(parseArgs(['--base'])).toEqual({
			error: '--base: must be followed by an http(s) address',
		});
		expect(parseArgs(['--base', 'ftp://x'])).toEqual({
			error: '--base: must be followed by an http(s) address',
		});
		expect(parseArgs(['a.json', 'b.json'])).toEqual({
			error: 'b.json: only one workload file is accepted',
		});
		const short = parseArgs(['-x']);
		expect('error' in short && short.error).toMatch(/^-x: unknown option/);
	});
	it('reads switches in any order, and --base with or without =', () => {
		expect(parseArgs(['a.json', '--url', '--base=https://dr.example/'])).toEqual({
			json: false,
			url: true,
			terraform: false,
			runbook: false,
			diff: false,
			help: false,
			base: 'https://dr.example',
			file: 'a.json',
		});
	});
	it('prints Terraform with the provider version pinned', () => {
		const r = runRecommend(args(['--terraform']), example, 'b.json');
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/version = "\d+\.\d+\.\d+"/);
		expect(r.stdout).toMatch(/resource "azurerm_site_recovery_replicated_vm" "sql"/);
	});
	it('counts the resource blocks on standard error, the corruption layer’s among them', () => {
		const count = (hcl: string) => (hcl.match(/^resource "/gm) ?? []).length;
		const withProtection = (on: boolean) =>
			JSON.stringify({ ...JSON.parse(example), corruptionProtection: on });
		const plain = runRecommend(args(['--terraform']), withProtection(false), 'b.json');
		expect(plain.stderr).toBe(
			`b.json: ${count(plain.stdout)} resource block(s) for the azurerm provider ${AZURERM_VERSION}. Not validated: run terraform init, validate and plan before you apply it.\n`,
		);
		expect(plain.stdout).not.toMatch(/resource "azurerm_backup_protected_vm"/);
		const layered = runRecommend(args(['--terraform']), withProtection(true), 'b.json');
		expect(layered.code).toBe(0);
		// Site Recovery's sql tier gets the layer: a source-region vault, the policy, its VMs.
		expect(layered.stdout).toMatch(/resource "azurerm_backup_protected_vm" "sql"/);
		const added = count(layered.stdout) - count(plain.stdout);
		expect(added).toBe(3);
		const [, total, layer] =
			/^b\.json: (\d+) resource block\(s\) for the azurerm provider [\d.]+, (\d+) of them for the corruption layer/.exec(
				layered.stderr,
			) ?? [];
		expect(Number(total)).toBe(count(layered.stdout));
		expect(Number(layer)).toBe(added);
		// The header inside the file says the same.
		expect(layered.stdout).toContain(`${count(layered.stdout)} resource block(s)`);
	});
	it('exits 2 with a clear message when the plan has nothing to deploy', () => {
		// One PaaS database with loose targets: geo-restore, which deploys nothing ahead of time.
		// (Disk copies, the old example here, now deploy their scheduled copy job.)
		const text = JSON.stringify({
			name: 'x',
			tiers: [{ name: 'files', kind: 'stateful', data: 'paas', vmCount: 1 }],
			rtoMinutes: 2880,
			rpoMinutes: 1440,
		});
		const r = runRecommend(args(['--terraform']), text, 'd.json');
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/^d\.json: Nothing to deploy: .*\(tier "files": /);
	});
	it('prices a disruption and the faster options’ break-even when the workload has a downtime cost', () => {
		const w = JSON.stringify({
			...JSON.parse(example),
			rtoMinutes: 240,
			downtimeCostPerHourUsd: 20000,
		});
		const r = runRecommend(args([]), w, 'b.json');
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(
			/Cost of a regional disruption, at your cost of downtime:\n {2}- A regional disruption costs about US\$[\d,]+ at the typical RTO/,
		);
		// With RTO and RPO judged by one rule the plan may already be as fast as a faster sql option
		// allows: then the line says the end-to-end RTO does not shorten.
		expect(r.stdout).toMatch(
			/- sql: .+ faster for US\$[\d,.]+ a month more(; .+ pays off at |, but the plan.s end-to-end RTO does not shorten)/,
		);
		expect(runRecommend(args([]), example, 'b.json').stdout).not.toMatch(/Cost of a regional/);
	});
});
