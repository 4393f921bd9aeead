/**
 * `npm run recommend -- --diff A B`: the plans of two workloads compared. Each argument is a
 * workload file or a share link (http(s)://… or ?v=…, read as the wizard reads it). Never
 * throws for bad input: one line naming the problem, exit 2.
 */
import {
	diffPlans,
	formatIssue,
	parseWorkload,
	planDiffText,
	recommend,
	SAME_PLANS_MESSAGE,
	workloadFromSearchParams,
	type Workload,
} from '../model/index.ts';
import type { CliArgs, CliResult } from './runRecommend.ts';

/** True for an argument the CLI reads as a share link rather than a file name. */
export const isShareLink = (arg: string) => /^https?:\/\//i.test(arg) || arg.startsWith('?v=');

type Read = { ok: true; workload: Workload; notices: string[] } | { ok: false; message: string };

function fromLink(arg: string): Read {
	let params: URLSearchParams;
	if (arg.startsWith('?')) params = new URLSearchParams(arg.slice(1));
	else {
		try {
			params = new URL(arg).searchParams;
		} catch {
			return { ok: false, message: `${arg}: not a valid link` };
		}
	}
	const read = workloadFromSearchParams(params);
	if (read.isReference)
		return {
			ok: false,
			message: `${arg}: the link holds no workload it can read (${(read.notices.at(-1) ?? 'it has no parameters').replace(/; showing the reference workload\.$/, '')})`,
		};
	return { ok: true, workload: read.workload, notices: read.notices.map((n) => `${arg}: ${n}`) };
}

function fromFile(path: string, readText: (path: string) => string): Read {
	let text: string;
	try {
		text = readText(path);
	} catch (error) {
		const code = (error as { code?: string }).code ?? 'unreadable';
		return { ok: false, message: `${path}: cannot read the file (${code})` };
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { ok: false, message: `${path}: not valid JSON (${message})` };
	}
	const parsed = parseWorkload(json);
	if (!parsed.ok)
		return {
			ok: false,
			message: `${path}: invalid workload: ${parsed.issues.map(formatIssue).join('; ')}`,
		};
	return { ok: true, workload: parsed.workload, notices: [] };
}

export function readWorkloadArg(arg: string, readText: (path: string) => string): Read {
	return isShareLink(arg) ? fromLink(arg) : fromFile(arg, readText);
}

export function runDiff(args: CliArgs, readText: (path: string) => string): CliResult {
	const names = [args.file, args.other];
	if (names[0] === undefined || names[1] === undefined)
		return {
			code: 2,
			stdout: '',
			stderr: '--diff: give two workloads to compare (files or share links)\n',
		};
	const reads = [readWorkloadArg(names[0], readText), readWorkloadArg(names[1], readText)];
	const errors = reads.flatMap((r) => (r.ok ? [] : [r.message]));
	if (errors.length > 0) return { code: 2, stdout: '', stderr: `${errors.join('\n')}\n` };
	const [a, b] = reads.map((r) => (r.ok ? recommend(r.workload) : undefined));
	if (a === undefined || b === undefined) return { code: 2, stdout: '', stderr: '' };
	const notices = reads.flatMap((r) => (r.ok ? r.notices : []));
	const diff = diffPlans(a, b);
	const warn = notices.map((n) => `${n}\n`).join('');
	if (diff.same)
		return {
			code: 2,
			stdout: args.json ? `${JSON.stringify(diff, null, 2)}\n` : '',
			stderr: `${warn}${SAME_PLANS_MESSAGE}\n`,
		};
	const short = (n: string) => (isShareLink(n) && n.length > 40 ? `${n.slice(0, 40)}…` : n);
	return {
		code: 0,
		stdout: args.json
			? `${JSON.stringify(diff, null, 2)}\n`
			: `${planDiffText(diff, { from: short(names[0]), to: short(names[1]) })}\n`,
		stderr: warn,
	};
}
