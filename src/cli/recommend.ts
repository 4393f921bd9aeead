/** `npm run recommend -- <workload.json>`: the model's plan in a terminal. */
import { readFileSync } from 'node:fs';
import { readInputFile } from './cliIo.ts';
import { runDiff } from './runDiff.ts';
import { parseArgs, runRecommend, USAGE } from './runRecommend.ts';

function readStdin(): string {
	try {
		return readFileSync(0, 'utf8');
	} catch {
		return '';
	}
}

// A reader piping the plan into `head` closes the pipe early: that is not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw error;
});

function main(): number {
	const args = parseArgs(process.argv.slice(2));
	if ('error' in args) {
		process.stderr.write(`${args.error}\n\n${USAGE}\n`);
		return 2;
	}
	if (args.help) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	if (args.diff) {
		const diff = runDiff(args, (path) => readFileSync(path, 'utf8'));
		process.stdout.write(diff.stdout);
		process.stderr.write(diff.stderr);
		return diff.code;
	}
	let text: string;
	if (args.file !== undefined) {
		const read = readInputFile(args.file);
		if ('error' in read) {
			process.stderr.write(`${read.error}\n`);
			return 2;
		}
		text = read.text;
	} else {
		if (process.stdin.isTTY) {
			process.stderr.write(`No workload given.\n\n${USAGE}\n`);
			return 2;
		}
		text = readStdin();
	}
	const result = runRecommend(args, text, args.file ?? 'stdin');
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	return result.code;
}

process.exitCode = main();
