import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '~/cli/cliIo.ts';

describe('readInputFile', () => {
	it('returns the text of a readable file', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'cli-io-')), 'w.json');
		writeFileSync(file, '{"name":"x"}');
		expect(readInputFile(file)).toEqual({ text: '{"name":"x"}' });
	});
	it('names the file and the reason when it cannot be read', () => {
		const file = join(tmpdir(), 'no-such-dir-for-cli-io', 'missing.json');
		expect(readInputFile(file)).toEqual({ error: `${file}: cannot read the file (ENOENT)` });
	});
});
