/**
 * Behaviour that differs by pattern is a property of the pattern's module: code outside
 * src/model/patterns/ never compares a value with a pattern id written as a literal.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '~/build/filesUnder.ts';
import { PATTERN_IDS } from '~/model/patterns/ids.ts';

const SRC = join(process.cwd(), 'src');
const PATTERNS = join(SRC, 'model', 'patterns') + sep;

const ids = PATTERN_IDS.join('|');
const quoted = `['"\`](?:${ids})['"\`]`;
/** `x === 'id'`, `'id' !== x`, `case 'id':`. */
const COMPARISON = new RegExp(
	`(?:[=!]==?\\s*${quoted})|(?:${quoted}\\s*[=!]==?)|(?:\\bcase\\s+${quoted}\\s*:)`,
);

/** The lines of a source text that compare with a pattern id literal. */
function comparisons(text: string): string[] {
	return text.split('\n').filter((line) => COMPARISON.test(line));
}

describe('pattern ids outside src/model/patterns/', () => {
	it('recognises a comparison in each form, and not a plain mention', () => {
		expect(comparisons(`if (p.patternId === 'site-recovery-a2a') go();`)).toHaveLength(1);
		expect(comparisons(`const hot = "scale-set-rebuild" != id;`)).toHaveLength(1);
		expect(comparisons('\tcase `azure-backup`:')).toHaveLength(1);
		expect(comparisons(`getPattern('azure-backup'); const x = 'disk-copy';`)).toEqual([]);
	});

	it('are never compared with', () => {
		const files = filesUnder(SRC, (name) => /\.(ts|tsx|mts|js|mjs|astro|mdx)$/.test(name)).filter(
			(file) => !file.startsWith(PATTERNS),
		);
		expect(files.length).toBeGreaterThan(50);
		const found = files.flatMap((file) =>
			comparisons(readFileSync(file, 'utf8')).map(
				(line) => `${relative(process.cwd(), file)}: ${line.trim()}`,
			),
		);
		expect(found).toEqual([]);
	});
});
