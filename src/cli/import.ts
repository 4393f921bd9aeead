/** `npm run import -- FILE`: an estate from `az vm list --output json` as a workload. */
import { readInputFile } from './cliIo.ts';
import { IMPORT_USAGE, parseImportArgs, runImport } from './runImport.ts';

function main(): number {
	const args = parseImportArgs(process.argv.slice(2));
	if ('error' in args) {
		process.stderr.write(`${args.error}\n`);
		return 2;
	}
	if (args.help) {
		process.stdout.write(`${IMPORT_USAGE}\n`);
		return 0;
	}
	if (args.file === undefined) {
		process.stderr.write(`No file given: npm run import -- FILE (see --help)\n`);
		return 2;
	}
	const read = readInputFile(args.file);
	if ('error' in read) {
		process.stderr.write(`${read.error}\n`);
		return 2;
	}
	const result = runImport(args, read.text, args.file);
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	return result.code;
}

process.exitCode = main();
