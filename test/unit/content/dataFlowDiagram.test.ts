/** The README's data-flow diagram is the one the site draws on its "How this site works" page. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const mermaidBlocks = (file: string) =>
	[...readFileSync(file, 'utf8').matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]);

describe('the data-flow diagram', () => {
	it('is the same in the README and on the site', () => {
		const site = mermaidBlocks('content/docs/reference/how-this-site-works.mdx');
		expect(site).toHaveLength(1);
		expect(mermaidBlocks('README.md')).toContain(site[0]);
	});
});
