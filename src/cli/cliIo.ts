/** What the CLI commands share at their edge with the machine: reading the file they were given. */
import { readFileSync } from 'node:fs';

/** The file's text, or the message for a file that cannot be read (naming it and the reason). */
export function readInputFile(path: string): { text: string } | { error: string } {
	try {
		return { text: readFileSync(path, 'utf8') };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
		return { error: `${path}: cannot read the file (${code})` };
	}
}
