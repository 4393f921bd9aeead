/**
 * `npm run import` as a function: arguments and file text in, exit code and output out.
 * Never throws for bad input: one line naming what was wrong, and exit code 2.
 */
import { parseCliArgs } from './cliIo.ts';
import {
	DEFAULT_TAG_KEY,
	importAzVmList,
	readSizeAnswer,
	toWorkloadInput,
	type SizeAnswer,
} from '../model/schema/import/index.ts';
import { ROUTERS } from '../model/schema/workloadValues.ts';

export interface ImportCliResult {
	code: 0 | 2;
	stdout: string;
	stderr: string;
}

export const IMPORT_USAGE = `Usage: npm run import -- [options] FILE
Reads the JSON that \`az vm list --output json\` prints and prints a workload (JSON) for
npm run recommend and the wizard: VMs grouped into tiers by a tag, or by name prefix.

Options:
  --tag KEY               the tag that names each VM's tier (default ${DEFAULT_TAG_KEY})
  --prefix                group by VM name prefix instead (web-01, web-02 → web)
  --size NAME=VCPU,GIB[,USD]  vCPU, memory and optionally the hourly price per VM (US$,
                          licences included) of a size the table does not know (repeatable)
  --router NAME           how users reach it: ${ROUTERS.join(', ')} (private-dns: only
                          inside your network); default traffic-manager
  --help                  show this help

Example: az vm list --output json > vms.json && npm run import -- vms.json > workload.json`;

export interface ImportArgs {
	file: string | undefined;
	tag: string;
	prefix: boolean;
	sizes: Record<string, SizeAnswer>;
	router?: (typeof ROUTERS)[number];
	help: boolean;
}

/** `NAME=VCPU,GIB` or `NAME=VCPU,GIB,USD` (USD: the all-in hourly price per VM). */
export function parseSize(spec: string): [string, SizeAnswer] | string {
	const match = /^([^=\s]+)=([^,]*),([^,]*)(?:,([^,]*))?$/.exec(spec.trim());
	if (match === null)
		return `--size ${spec}: expected NAME=VCPU,GIB or NAME=VCPU,GIB,USD, for example Standard_A2_v2=2,4 or Standard_A2_v2=2,4,0.09`;
	const [, name = '', vcpu = '', memoryGiB = '', hourlyPriceUsd = ''] = match;
	const read = readSizeAnswer(name, { vcpu, memoryGiB, hourlyPriceUsd });
	if (read.kind === 'answer') return [name, read.answer];
	const errors = read.kind === 'invalid' ? read.errors.map((e) => e.message) : [];
	return `--size ${spec}: ${errors.join('; ')}`;
}

export function parseImportArgs(argv: readonly string[]): ImportArgs | { error: string } {
	const parsed = parseCliArgs(
		argv,
		{
			tag: { type: 'string' },
			prefix: { type: 'boolean', default: false },
			size: { type: 'string', multiple: true },
			router: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false },
		},
		'--tag KEY, --prefix, --size NAME=VCPU,GIB, --router NAME, --help',
	);
	if ('error' in parsed) return parsed;
	const { values, positionals } = parsed;
	if (positionals.length > 1) return { error: `${positionals[1]}: only one file is accepted` };
	const tag = values.tag ?? DEFAULT_TAG_KEY;
	if (tag.trim() === '') return { error: '--tag: must be followed by a tag name' };
	if (values.prefix && values.tag !== undefined)
		return { error: '--tag and --prefix: choose one way to group the VMs' };
	const sizes: Record<string, SizeAnswer> = {};
	for (const spec of values.size ?? []) {
		const size = parseSize(spec);
		if (typeof size === 'string') return { error: size };
		sizes[size[0]] = size[1];
	}
	const router = ROUTERS.find((r) => r === values.router);
	if (values.router !== undefined && router === undefined)
		return { error: `--router ${values.router}: must be one of ${ROUTERS.join(', ')}` };
	return {
		file: positionals[0],
		tag,
		prefix: values.prefix,
		sizes,
		...(router !== undefined ? { router } : {}),
		help: values.help,
	};
}

export function runImport(args: ImportArgs, text: string, sourceName: string): ImportCliResult {
	const result = importAzVmList(text, {
		tagKey: args.tag,
		prefixGrouping: args.prefix,
		sizes: args.sizes,
	});
	if (!result.ok) return { code: 2, stdout: '', stderr: `${sourceName}: ${result.error}\n` };
	const workload = toWorkloadInput(
		result.workload,
		result.questions,
		args.router !== undefined ? { router: args.router } : {},
	);
	if (!workload.ok) {
		const example = result.questions[0]?.vmSize ?? 'Standard_X';
		return {
			code: 2,
			stdout: '',
			stderr: `${sourceName}: ${workload.error}. Add --size ${example}=VCPU,GIB for each.\n`,
		};
	}
	const groups = result.workload.tiers.map((t) => `${t.name} (${t.vms.length})`).join(', ');
	const notes = [
		`Grouped by ${result.grouping === 'tag' ? `tag "${args.tag}"` : 'name prefix'}: ${groups}.`,
		...result.notices,
		'RTO and RPO are the reference workload\u2019s targets: set your own before planning.',
	];
	return {
		code: 0,
		stdout: `${JSON.stringify(workload.workload, null, 2)}\n`,
		stderr: notes.map((n) => `note: ${n}\n`).join(''),
	};
}
