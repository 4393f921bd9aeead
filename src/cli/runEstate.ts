/**
 * `npm run estate` as a function: arguments and file text in, exit code and output out. Never
 * throws for bad input: a bad flag or a file that is not an export gets one line naming the flag
 * or what was expected, and exit code 2. Problems inside a readable export (a VM without a size,
 * an unknown region, duplicate names…) are reported with the plan; the rest still plans.
 */
import {
	DEFAULT_PRIORITY_TAG,
	DEFAULT_TIER_TAG,
	DEFAULT_WORKLOAD_TAG,
	estateCsv,
	estateJson,
	estateMarkdown,
	MAX_ESTATE_VMS,
	planEstate,
	readVmExport,
} from '../model/engine/estate/index.ts';
import { nearestNames, regionByName } from '../model/regions/index.ts';
import type { SizeAnswer } from '../model/schema/import/index.ts';
import { parseCliArgs } from './cliIo.ts';
import { estateText } from './estateText.ts';
import { parseSize } from './runImport.ts';

export interface EstateCliResult {
	code: 0 | 1 | 2;
	stdout: string;
	stderr: string;
}

export type EstateFormat = 'text' | 'json' | 'csv' | 'markdown';

export interface EstateArgs {
	file: string | undefined;
	workloadTag: string;
	tierTag: string;
	tierPrefix: boolean;
	priorityTag: string;
	target: string;
	sizes: Record<string, SizeAnswer>;
	format: EstateFormat;
	help: boolean;
}

export const ESTATE_USAGE = `Usage: npm run estate -- [options] FILE
Plans every workload in an \`az vm list --output json\` file, or
in the output of the Resource Graph query on the CLI reference
page. VMs group into workloads by one tag and into tiers by
another; each workload is planned, the target regions' vCPU
quota is summed, and the workloads are put in a recovery order
with its conflicts.

Options:
  --workload-tag KEY    a VM's workload (default ${DEFAULT_WORKLOAD_TAG})
  --tier-tag KEY        a VM's tier (default ${DEFAULT_TIER_TAG})
  --tier-prefix         tiers by name prefix (web-01 → web)
  --priority-tag KEY    order, 1 first (default ${DEFAULT_PRIORITY_TAG})
  --target REGION       any (default), pair or a region name
  --size NAME=VCPU,GIB[,USD]  vCPUs, GiB and optionally the hourly price per VM (US$,
                        licences included) of a size not in the table
  --json, --csv, --markdown   the report in that format
  --help                this help

Tags rto and rpo set targets (240, 30m, 4h, 1d); without them
the plan uses the reference workload's and says so. One plan
takes at most ${MAX_ESTATE_VMS.toLocaleString('en-US')} VMs.
Example: az vm list --output json > vms.json
         npm run estate -- --workload-tag app vms.json`;

const ACCEPTED =
	'--workload-tag KEY, --tier-tag KEY, --tier-prefix, --priority-tag KEY, --target REGION, --size NAME=VCPU,GIB[,USD], --json, --csv, --markdown, --help';

export function parseEstateArgs(argv: readonly string[]): EstateArgs | { error: string } {
	const parsed = parseCliArgs(
		argv,
		{
			'workload-tag': { type: 'string' },
			'tier-tag': { type: 'string' },
			'tier-prefix': { type: 'boolean', default: false },
			'priority-tag': { type: 'string' },
			target: { type: 'string' },
			size: { type: 'string', multiple: true },
			json: { type: 'boolean', default: false },
			csv: { type: 'boolean', default: false },
			markdown: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
		ACCEPTED,
	);
	if ('error' in parsed) return parsed;
	const { values, positionals } = parsed;
	if (positionals.length > 1) return { error: `${positionals[1]}: only one file is accepted` };
	const formats = (['json', 'csv', 'markdown'] as const).filter((f) => values[f]);
	if (formats.length > 1)
		return { error: `${formats.map((f) => `--${f}`).join(' and ')}: choose one output format` };
	const tag = (
		flag: string,
		value: string | undefined,
		fallback: string,
	): string | { error: string } => {
		if (value === undefined) return fallback;
		return value.trim() === '' || value.startsWith('--')
			? { error: `${flag}: must be followed by a tag name` }
			: value.trim();
	};
	const workloadTag = tag('--workload-tag', values['workload-tag'], DEFAULT_WORKLOAD_TAG);
	const tierTag = tag('--tier-tag', values['tier-tag'], DEFAULT_TIER_TAG);
	const priorityTag = tag('--priority-tag', values['priority-tag'], DEFAULT_PRIORITY_TAG);
	for (const t of [workloadTag, tierTag, priorityTag]) if (typeof t !== 'string') return t;
	if (values['tier-prefix'] && values['tier-tag'] !== undefined)
		return { error: '--tier-tag and --tier-prefix: choose one way to form tiers' };
	const target = values.target?.trim() ?? 'any';
	if (target === '' || target.startsWith('--'))
		return { error: '--target: must be followed by any, pair or an Azure region name' };
	if (target !== 'any' && target !== 'pair' && regionByName(target) === undefined)
		return {
			error: `--target ${target}: not a region the model knows; did you mean ${nearestNames(target).join(', ')}? (or any, pair)`,
		};
	const sizes: Record<string, SizeAnswer> = {};
	for (const spec of values.size ?? []) {
		const size = parseSize(spec);
		if (typeof size === 'string') return { error: size };
		sizes[size[0]] = size[1];
	}
	return {
		file: positionals[0],
		workloadTag: workloadTag as string,
		tierTag: tierTag as string,
		tierPrefix: values['tier-prefix'],
		priorityTag: priorityTag as string,
		target: target === 'any' || target === 'pair' ? target : (regionByName(target)?.name ?? target),
		sizes,
		format: formats[0] ?? 'text',
		help: values.help,
	};
}

export function runEstate(args: EstateArgs, text: string, sourceName: string): EstateCliResult {
	const read = readVmExport(text);
	if (!read.ok) return { code: 2, stdout: '', stderr: `${sourceName}: ${read.error}\n` };
	const report = planEstate(read.vms, {
		workloadTag: args.workloadTag,
		tierTag: args.tierTag,
		tierBy: args.tierPrefix ? 'prefix' : 'tag',
		priorityTag: args.priorityTag,
		targetRegion: args.target,
		sizes: args.sizes,
		fileProblems: read.problems,
		format: read.format,
	});
	const code = report.totals.planned > 0 ? 0 : 1;
	if (args.format === 'text') return { code, stdout: estateText(report), stderr: '' };
	const stdout =
		args.format === 'json'
			? estateJson(report)
			: args.format === 'csv'
				? estateCsv(report)
				: estateMarkdown(report);
	// The report itself carries every problem; stderr says there are some, for a pipeline's log.
	const stderr =
		report.problems.length === 0
			? ''
			: `note: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} in ${sourceName}, listed in the report.\n`;
	return { code, stdout, stderr };
}
