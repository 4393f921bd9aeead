/**
 * What the CLI commands share at their edge with the machine: reading their flags and the file
 * they were given, each failure as one line naming the flag or the file.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The file's text, or the message for a file that cannot be read (naming it and the reason). */
export function readInputFile(path: string): { text: string } | { error: string } {
	try {
		return { text: readFileSync(path, 'utf8') };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
		return { error: `${path}: cannot read the file (${code})` };
	}
}

type CliOptions = NonNullable<ParseArgsConfig['options']>;
interface CliConfig<O extends CliOptions> {
	args: string[];
	allowPositionals: true;
	strict: true;
	options: O;
}
export type CliParsed<O extends CliOptions> = ReturnType<typeof parseArgs<CliConfig<O>>>;

/**
 * `node:util` parseArgs, strict, with positionals (the file); its exceptions become one line
 * naming the flag: `--bogus: unknown option (accepted: …)` with the command's flags, `--tag: must
 * be followed by a value`, `--json: takes no value`.
 */
export function parseCliArgs<O extends CliOptions>(
	argv: readonly string[],
	options: O,
	accepted: string,
): CliParsed<O> | { error: string } {
	try {
		return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const code = (error as { code?: string }).code;
		const option = /'(-[^' =]+)/.exec(message)?.[1];
		if (option === undefined) return { error: message.split('.')[0] ?? message };
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
			return { error: `${option}: unknown option (accepted: ${accepted})` };
		if (/argument missing/.test(message))
			return { error: `${option}: must be followed by a value` };
		if (/does not take an argument/.test(message)) return { error: `${option}: takes no value` };
		return { error: `${option}: ${message.split('.')[0] ?? message}` };
	}
}
