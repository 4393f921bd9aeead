import { describe, expect, it } from 'vitest';
import { errorLine, readAccessibility, withAccessibility } from '~/build/mermaid/mermaidSource.ts';

describe('readAccessibility', () => {
	it('reads accTitle and a one-line accDescr', () => {
		expect(
			readAccessibility('flowchart LR\n  accTitle: Steps\n  accDescr: From A to B\n  A --> B'),
		).toEqual({
			title: 'Steps',
			description: 'From A to B',
		});
	});

	it('reads a block accDescr and folds its white space', () => {
		expect(
			readAccessibility('flowchart LR\naccDescr {\n  two\n  lines\n}\nA-->B').description,
		).toBe('two lines');
	});

	it('reports what is missing', () => {
		expect(readAccessibility('flowchart LR\nA-->B')).toEqual({});
	});
});

describe('withAccessibility', () => {
	it('appends what is missing after the author source, so error line numbers still match', () => {
		const code = 'flowchart LR\n  A --> B\n';
		const out = withAccessibility(code, { title: 'T', description: 'line one\nline {two}' });
		expect(out.startsWith('flowchart LR\n  A --> B\n')).toBe(true);
		expect(readAccessibility(out)).toEqual({ title: 'T', description: 'line one line two' });
	});

	it('keeps what the author wrote', () => {
		const code = 'flowchart LR\n  accTitle: Mine\n  accDescr: Mine too\n  A --> B';
		expect(withAccessibility(code, { title: 'Theirs', description: 'Theirs' })).toBe(code);
	});
});

describe('errorLine', () => {
	it("reads the line from Mermaid's parse error", () => {
		expect(errorLine('Parse error on line 4:\n...')).toBe(4);
		expect(errorLine('Lexical error')).toBeUndefined();
	});
});
