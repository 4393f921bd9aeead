import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isShareLink, runDiff } from '../../../src/cli/runDiff.ts';
import { parseArgs, runRecommend, type CliArgs } from '../../../src/cli/runRecommend.ts';

const args = (argv: string[]): CliArgs => {
	const a = parseArgs(argv);
	if ('error' in a) throw new Error(a.error);
	return a;
};
const examplePath = new URL('../../../examples/b-sql-vm-app-tier.json', import.meta.url);
const example = readFileSync(examplePath, 'utf8');
const tighter = JSON.stringify({ ...JSON.parse(example), rpoMinutes: 1 });
const files: Record<string, string> = {
	'b.json': example,
	'b-copy.json': example,
	'tight.json': tighter,
	'broken.json': '{oops',
	'bad.json': JSON.stringify({ tiers: [], rtoMinutes: 5, rpoMinutes: 5 }),
};
const read = (path: string) => {
	const text = files[path];
	if (text === undefined) throw Object.assign(new Error('no file'), { code: 'ENOENT' });
	return text;
};
const link = runRecommend(args(['--url']), example, 'b.json').stdout.trim();

describe('recommend --diff', () => {
	it('prints what changed, tier by tier, largest change first', () => {
		const r = runDiff(args(['--diff', 'b.json', 'tight.json']), read);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^Changes from b\.json to tight\.json:/);
		expect(r.stdout).toMatch(
			/Tier sql \(change \d+%\):\n {2}Pattern: Site Recovery, Azure to Azure( \+ [^→\n]*)? → /,
		);
		expect(r.stdout).toMatch(/Monthly standby cost: US\$[\d,]+ → US\$[\d,]+ a month/);
	});

	it('prints the diff as JSON with --json', () => {
		const r = runDiff(args(['--diff', '--json', 'b.json', 'tight.json']), read);
		const diff = JSON.parse(r.stdout) as { same: boolean; tiers: { tier: string; size: number }[] };
		expect(diff.same).toBe(false);
		expect(diff.tiers[0]?.tier).toBe('sql');
	});

	it('reads share links, whole or from ?v=', () => {
		expect(isShareLink(link)).toBe(true);
		expect(isShareLink(link.slice(link.indexOf('?')))).toBe(true);
		expect(isShareLink('b.json')).toBe(false);
		const r = runDiff(args(['--diff', link, 'tight.json']), read);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/Tier sql/);
		// The link reproduces the file's workload: the same plan.
		const same = runDiff(args(['--diff', link.slice(link.indexOf('?')), 'b.json']), read);
		expect(same).toEqual({
			code: 2,
			stdout: '',
			stderr: 'The two plans are the same: nothing to compare.\n',
		});
	});

	it('says two identical plans are the same and exits 2', () => {
		const r = runDiff(args(['--diff', 'b.json', 'b-copy.json']), read);
		expect(r.code).toBe(2);
		expect(r.stderr).toBe('The two plans are the same: nothing to compare.\n');
	});

	it('names each bad input on one line and exits 2, with no stack trace', () => {
		const cases: [string[], RegExp][] = [
			[['missing.json', 'b.json'], /^missing\.json: cannot read the file \(ENOENT\)$/],
			[['broken.json', 'b.json'], /^broken\.json: not valid JSON \(.+\)$/],
			[
				['b.json', 'bad.json'],
				/^bad\.json: invalid workload: tiers: must be a list of 1 to 20 tiers$/,
			],
			[['?v=9&x=1', 'b.json'], /^\?v=9&x=1: the link holds no workload it can read \(.+\)$/],
			[['https://', 'b.json'], /^https:\/\/: not a valid link$/],
		];
		for (const [files2, message] of cases) {
			const r = runDiff(args(['--diff', ...files2]), read);
			expect(r.code).toBe(2);
			expect(r.stderr.trim().split('\n')).toHaveLength(1);
			expect(r.stderr.trim()).toMatch(message);
			expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
		}
	});

	it('asks for exactly two workloads and one mode', () => {
		expect(parseArgs(['--diff', 'a.json'])).toEqual({
			error: '--diff: give two workloads to compare (files or share links)',
		});
		expect(parseArgs(['--diff', 'a.json', 'b.json', 'c.json'])).toEqual({
			error: 'c.json: --diff compares two workloads, no more',
		});
		expect(parseArgs(['--diff', '--runbook', 'a.json', 'b.json'])).toEqual({
			error: '--runbook and --diff: choose one of them',
		});
	});
});

describe('recommend --runbook', () => {
	it('prints the Markdown runbook with its drill plan, as the wizard exports it', () => {
		const r = runRecommend(args(['--runbook']), example, 'b.json');
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^# DR runbook: SQL Server VMs/);
		for (const h of ['## Drill plan', '### Clean-up', '### Measured step times', '## Failback'])
			expect(r.stdout).toContain(`\n${h}\n`);
		expect(r.stdout).toContain('Reproduce this plan: http://localhost:4321/wizard/?v=2&');
	});

	it('exits 2 with one line per bad field for a bad workload', () => {
		const r = runRecommend(args(['--runbook']), '{"tiers": []}', 'w.json');
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/^w\.json: invalid workload\n {2}tiers: must be a list/);
	});
});
