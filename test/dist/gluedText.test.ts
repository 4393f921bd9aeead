/**
 * Words glued to a link, code or date ("or run<code>", "RTO4 h"): a whitespace slip in a
 * component's template that a reader sees as a typo. Checked on the rendered <main> of every page.
 */
import { describe, expect, it } from 'vitest';
import { distPages } from '../support/distPages.ts';

const GLUED = [
	/[a-z0-9,;:](<(?:a|code|time)\b[^>]*>)/gi,
	/(<\/(?:a|code|time)>)[a-z0-9(]/gi,
	/\b(?:RTO|RPO)\d/g,
];

function gluedIn(html: string): string[] {
	const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
	return GLUED.flatMap((re) =>
		[...main.matchAll(re)].map((m) =>
			main
				.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)
				.replace(/<[^>]+>/g, '')
				.replace(/\s+/g, ' '),
		),
	);
}

describe('rendered text', () => {
	it('catches a glued word', () => {
		expect(gluedIn('<main><p>or run<code>npm</code>.</p></main>')).toHaveLength(1);
		expect(gluedIn('<main><p>of RTO4 h</p></main>')).toHaveLength(1);
		expect(gluedIn('<main><p>or run <code>npm</code>.</p></main>')).toEqual([]);
	});

	it.each(distPages().map((p) => [p.path, p] as const))(
		'%s has no word glued to a link, code or date',
		(_path, page) => {
			expect(gluedIn(page.html)).toEqual([]);
		},
	);
});
