/** The doctor's package installation: quiet when it works, the command's own words when it fails. */
import { describe, expect, it } from 'vitest';
import { runQuietly } from '../../../src/build/quietCommand.ts';

describe('runQuietly', () => {
	it('captures the output of a command that succeeds', () => {
		const result = runQuietly(process.execPath, ['-e', 'console.log("Reading package lists...")']);
		expect(result).toEqual({ ok: true, tail: 'Reading package lists...' });
	});

	it('returns the last lines, stderr included, of a command that fails', () => {
		const script =
			'for (let i = 1; i <= 30; i++) console.log("line " + i); console.error("E: Unable to locate package chromium"); process.exit(100);';
		const result = runQuietly(process.execPath, ['-e', script], process.env, 3);
		expect(result.ok).toBe(false);
		expect(result.tail.split('\n')).toEqual([
			'line 29',
			'line 30',
			'E: Unable to locate package chromium',
		]);
	});

	it('reports a command that cannot start', () => {
		const result = runQuietly('/nonexistent/apt-get', ['update']);
		expect(result.ok).toBe(false);
		expect(result.tail).toMatch(/ENOENT/);
	});
});
