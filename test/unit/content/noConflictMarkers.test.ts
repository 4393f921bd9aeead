/** A merge's conflict markers inside a template string still compile: look for them everywhere. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '~/build/filesUnder.ts';

const ROOTS = ['src', 'content', 'test', 'scripts', 'bench', 'examples'];
const MARKER = /^\s*(<{7}|>{7})( |$)|^={7}$/m;

describe('no merge conflict markers', () => {
	it('are left in any source, page, test or example', () => {
		const found = ROOTS.flatMap((root) =>
			filesUnder(join(process.cwd(), root), (name) => !name.endsWith('.png')),
		).filter((file) => MARKER.test(readFileSync(file, 'utf8')));
		expect(found).toEqual([]);
	});

	it('catches a marker indented inside a template string', () => {
		expect(MARKER.test('\t\t<<<<<<< HEAD ${a}\n\t\t=======\n')).toBe(true);
		expect(MARKER.test('const a = 1;\n// ======= not a marker: text follows\n')).toBe(false);
	});
});
