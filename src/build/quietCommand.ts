/**
 * Runs a noisy command (a package manager) with its output captured instead of printed: the
 * caller shows one line of progress, and only when the command fails does the reader see what it
 * said, its last lines, so an error is never hidden.
 */
import { spawnSync } from 'node:child_process';

export interface QuietResult {
	ok: boolean;
	/** The command's last lines of output (stdout and stderr), for a failure message. */
	tail: string;
}

export function runQuietly(
	command: string,
	args: readonly string[],
	env: NodeJS.ProcessEnv = process.env,
	tailLines = 20,
): QuietResult {
	const run = spawnSync(command, args, {
		env,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 64 * 1024 * 1024,
	});
	const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error !== undefined ? `${run.error.message}\n` : ''}`;
	const lines = output.replace(/\s+$/, '').split('\n');
	return { ok: run.status === 0, tail: lines.slice(-tailLines).join('\n') };
}
