/** A built page to Markdown, llms.txt, and the published workload schema. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { workloadJsonSchema } from '../../../src/build/machineReadable/apiDocuments.ts';
import { htmlToMarkdown } from '../../../src/build/machineReadable/htmlToMarkdown.ts';
import { llmsTxt } from '../../../src/build/machineReadable/llmsTxt.ts';
import { copyTwin, markdownTwinPath } from '../../../src/components/page/markdownTwin.ts';

const PAGE = `<!doctype html><html><head><title>T | Site</title>
<meta name="description" content="What the page is about."></head><body>
<nav><a href="/">Home</a></nav>
<main><h1>Failover</h1><div class="sl-markdown-content">
<div class="sl-heading-wrapper"><h2 id="how">How</h2><a class="sl-anchor-link" href="#how">Section titled</a></div>
<p>Copy every <a href="/reference/facts/#fact-x" title="source, as of 2025">5 min</a>.</p>
<figure class="diagram"><svg><title>Replication flow</title><desc>Primary copies to secondary.</desc><g><text>A</text></g></svg></figure>
<form><label>VMs <input value="3"></label><button>Plan</button></form>
<p role="status"></p>
<table><caption>Steps in order</caption><thead><tr><th>Step</th><th>Time</th></tr></thead><tbody><tr><td>Detect</td><td>10 min</td></tr></tbody></table>
<script>alert(1)</script>
</div></main></body></html>`;

describe('htmlToMarkdown', () => {
	const out = htmlToMarkdown(PAGE);
	it('reads the title and description', () => {
		expect(out.title).toBe('Failover');
		expect(out.description).toBe('What the page is about.');
		expect(out.markdown.startsWith('# Failover\n\n> What the page is about.\n\n## How')).toBe(true);
	});
	it('keeps links and tables, gives a diagram as its text, drops controls and chrome', () => {
		expect(out.markdown).toContain('Copy every [5 min](/reference/facts/#fact-x).');
		expect(out.markdown).toContain('Diagram: Replication flow. Primary copies to secondary.');
		expect(out.markdown).toMatch(
			/Steps in order\n\n\| Step \| Time \|\n\| -+ \| -+ \|\n\| Detect \| 10 min \|/,
		);
		expect(out.markdown).not.toMatch(/Home|Section titled|Plan|alert|VMs/);
	});
});

describe('llmsTxt', () => {
	it('lists each page under its section with its twin and description', () => {
		const text = llmsTxt(
			{ title: 'S', description: 'D', url: 'https://x.example/' },
			[
				{ path: '/', title: 'Home', description: 'Start.', markdown: '' },
				{ path: '/concepts/rto/', title: 'RTO', description: 'Targets.', markdown: '' },
			],
			[{ path: 'api/facts.json', title: 'Facts' }],
		);
		expect(text).toMatch(/^# S\n\n> D\n/);
		expect(text).toContain(
			'## Concepts\n\n- [RTO](https://x.example/concepts/rto/index.md): Targets.',
		);
		expect(text).toContain('- [Facts](https://x.example/api/facts.json)');
	});
});

describe('workloadJsonSchema', () => {
	const validate = new Ajv2020({ strict: false }).compile(workloadJsonSchema('https://x.example/'));
	it('accepts a minimal workload and names the range a bad field breaks', () => {
		expect(
			validate({
				tiers: [{ name: 'web', kind: 'stateless', vmCount: 2 }],
				rtoMinutes: 60,
				rpoMinutes: 15,
			}),
		).toBe(true);
		expect(
			validate({
				tiers: [{ name: 'web', kind: 'stateless', vmCount: 0 }],
				rtoMinutes: 60,
				rpoMinutes: 15,
			}),
		).toBe(false);
		expect(validate.errors?.[0]).toMatchObject({
			instancePath: '/tiers/0/vmCount',
			params: { limit: 1 },
		});
	});
});

describe('the Markdown twin link and copy button', () => {
	it('points a directory page at its index.md, and the 404 page nowhere', () => {
		expect(markdownTwinPath('/wizard/')).toBe('/wizard/index.md');
		expect(markdownTwinPath('/')).toBe('/index.md');
		expect(markdownTwinPath('/404.html')).toBeUndefined();
		expect(markdownTwinPath('/404/')).toBeUndefined();
	});
	it('copies the fetched twin, or says to use the link', async () => {
		let copied = '';
		await expect(
			copyTwin(
				'/x/index.md',
				() => Promise.resolve('# X'),
				(t) => {
					copied = t;
					return Promise.resolve();
				},
			),
		).resolves.toMatch(/Copied/);
		expect(copied).toBe('# X');
		await expect(
			copyTwin(
				'/x/index.md',
				() => Promise.resolve('# X'),
				() => Promise.reject(new Error('denied')),
			),
		).resolves.toMatch(/open the Markdown link/);
	});
});
