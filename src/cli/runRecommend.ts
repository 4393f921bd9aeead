/**
 * The CLI as a function: arguments and input text in, exit code and output out. Never throws
 * for bad input; prints one line per bad field and returns 2.
 */
import {
	formatIssue,
	parseWorkload,
	recommend,
	terraformForWorkload,
	workloadToQuery,
} from '../model/index.ts';
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
  --terraform    print Terraform (HCL, azurerm provider) for the recommended patterns
  --base <url>   site address for --url and the plan's link (default ${DEFAULT_BASE})
  --help         show this help

Examples live in examples/*.json.`;

export interface CliArgs {
	json: boolean;
	url: boolean;
	terraform: boolean;
	help: boolean;
	base: string;
	file?: string;
}

export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
	const args: CliArgs = {
		json: false,
		url: false,
		terraform: false,
		help: false,
		base: DEFAULT_BASE,
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] ?? '';
		if (a === '--json') args.json = true;
		else if (a === '--url') args.url = true;
		else if (a === '--terraform') args.terraform = true;
		else if (a === '--help' || a === '-h') args.help = true;
		else if (a === '--base') {
			const value = argv[++i];
			if (value === undefined || !/^https?:\/\//.test(value))
				return { error: '--base: must be followed by an http(s) address' };
			args.base = value.replace(/\/$/, '');
		} else if (a.startsWith('--'))
			return {
				error: `${a}: unknown option (accepted: --json, --url, --terraform, --base <url>, --help)`,
			};
		else if (args.file === undefined) args.file = a;
		else return { error: `${a}: only one workload file is accepted` };
	}
	return args;
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
			? { code: 0, stdout: tf.hcl, stderr: '' }
			: { code: 2, stdout: '', stderr: `${sourceName}: ${tf.message}\n` };
	}
	const plan = recommend(parsed.workload);
	if (args.json) return { code: 0, stdout: `${JSON.stringify(plan, null, 2)}\n`, stderr: '' };
	return { code: 0, stdout: `${planText(plan, url)}\n`, stderr: '' };
}
