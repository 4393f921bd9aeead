/** `npm run estate -- FILE`: every workload of an estate planned from its export. */
import { readInputFile } from './cliIo.ts';
import { ESTATE_USAGE, parseEstateArgs, runEstate } from './runEstate.ts';

// A reader piping the report into `head` closes the pipe early: that is not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw error;
});

function main(): number {
	const args = parseEstateArgs(process.argv.slice(2));
	if ('error' in args) {
		process.stderr.write(`${args.error}\n`);
		return 2;
	}
	if (args.help) {
		process.stdout.write(`${ESTATE_USAGE}\n`);
		return 0;
	}
	if (args.file === undefined) {
		process.stderr.write('No file given: npm run estate -- FILE (see --help)\n');
		return 2;
	}
	const read = readInputFile(args.file);
	if ('error' in read) {
		process.stderr.write(`${read.error}\n`);
		return 2;
	}
	const result = runEstate(args, read.text, args.file);
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	return result.code;
}

process.exitCode = main();
