/**
 * Every built page passes html-validate (recommended preset, with the exceptions Starlight's own
 * markup forces, listed and explained in .htmlvalidate.json). A failure names the file, the
 * line and column, the rule and the element.
 */
import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distPages } from '../support/distPages.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
	it.each(distPages().map((p) => [p.path, p] as const))('%s is valid HTML', async (_path, page) => {
		const report = await validator.validateString(page.html, page.file);
		const messages = report.results.flatMap((r) =>
			r.messages.map(
				(m) =>
					`${relative(process.cwd(), page.file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? 'document'})`,
			),
		);
		expect(messages).toEqual([]);
	});
});
