/**
 * The CLI as a function: arguments and input text in, exit code and output out. Never throws
 * for bad input; prints one line per bad field and returns 2.
 */
import { parseCliArgs } from './cliIo.ts';
import { formatIssue, parseWorkload, recommend, workloadToQuery } from '../model/index.ts';
import {
	runbookWithResources,
	terraformForWorkload,
	terraformSummary,
} from '../model/engine/terraform.ts';
import { planText } from './planText.ts';

export const DEFAULT_BASE = 'http://localhost:4321';
export const WIZARD_PATH = '/wizard/';

export interface CliResult {
	code: 0 | 1 | 2;
	stdout: string;
	stderr: string;
}

export const USAGE = `Usage: npm run recommend -- [options] [workload.json]
Reads a workload (JSON) from the file, or from standard input when no file is given,
and prints the recommended disaster-recovery plan.

Options:
  --json         print the full result as JSON
  --url          print only the wizard link that reproduces this workload
  --terraform    print Terraform (HCL, azurerm provider) for the recommended patterns and
                 any corruption layer; a one-line count goes to standard error
  --runbook      print the Markdown DR runbook with its drill plan (as the wizard exports)
  --diff A B     compare the plans of two workloads: files, or share links (http(s)://… or ?v=…)
  --base <url>   site address for --url and the plan's link (default ${DEFAULT_BASE})
  --help         show this help

Examples live in examples/*.json.`;

export interface CliArgs {
	json: boolean;
	url: boolean;
	terraform: boolean;
	runbook: boolean;
	diff: boolean;
	help: boolean;
	base: string;
	file?: string;
	/** The second workload of --diff. */
	other?: string;
}

const OPTIONS = {
	json: { type: 'boolean' },
	url: { type: 'boolean' },
	terraform: { type: 'boolean' },
	runbook: { type: 'boolean' },
	diff: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' },
	base: { type: 'string' },
} as const;

const ACCEPTED = '--json, --url, --terraform, --runbook, --diff, --base <url>, --help';
const BASE_ERROR = '--base: must be followed by an http(s) address';

/** The CLI's arguments, read by node:util's parseArgs; a bad one gives a one-line error. */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
	const parsed = parseCliArgs(argv, OPTIONS, ACCEPTED);
	if ('error' in parsed) return parsed.error.startsWith('--base:') ? { error: BASE_ERROR } : parsed;
	const { values, positionals } = parsed;
	const diff = values.diff === true;
	const [file, other, extra] = diff ? positionals : [positionals[0], undefined, positionals[1]];
	if (extra !== undefined)
		return {
			error: `${extra}: ${diff ? '--diff compares two workloads, no more' : 'only one workload file is accepted'}`,
		};
	const modes = (['url', 'terraform', 'runbook', 'diff'] as const).filter(
		(m) => values[m] === true,
	);
	if (modes.length > 1)
		return { error: `${modes.map((m) => `--${m}`).join(' and ')}: choose one of them` };
	if (diff && (file === undefined || other === undefined))
		return { error: '--diff: give two workloads to compare (files or share links)' };
	if (values.base !== undefined && !/^https?:\/\//.test(values.base)) return { error: BASE_ERROR };
	return {
		json: values.json === true,
		url: values.url === true,
		terraform: values.terraform === true,
		runbook: values.runbook === true,
		diff,
		help: values.help === true,
		base: values.base?.replace(/\/$/, '') ?? DEFAULT_BASE,
		...(file !== undefined ? { file } : {}),
		...(other !== undefined ? { other } : {}),
	};
}

export function wizardUrl(base: string, query: string): string {
	return `${base}${WIZARD_PATH}?${query}`;
}

export function runRecommend(args: CliArgs, text: string, sourceName: string): CliResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { code: 2, stdout: '', stderr: `${sourceName}: not valid JSON (${message})\n` };
	}
	const parsed = parseWorkload(json);
	if (!parsed.ok) {
		return {
			code: 2,
			stdout: '',
			stderr: `${sourceName}: invalid workload\n${parsed.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}\n`,
		};
	}
	const url = wizardUrl(args.base, workloadToQuery(parsed.workload));
	if (args.url) return { code: 0, stdout: `${url}\n`, stderr: '' };
	if (args.terraform) {
		const tf = terraformForWorkload(parsed.workload);
		return tf.ok
			? { code: 0, stdout: tf.hcl, stderr: `${sourceName}: ${terraformSummary(tf.resources)}\n` }
			: { code: 2, stdout: '', stderr: `${sourceName}: ${tf.message}\n` };
	}
	const plan = recommend(parsed.workload);
	if (args.runbook) return { code: 0, stdout: runbookWithResources(plan, url), stderr: '' };
	if (args.json) return { code: 0, stdout: `${JSON.stringify(plan, null, 2)}\n`, stderr: '' };
	return { code: 0, stdout: `${planText(plan, url)}\n`, stderr: '' };
}
