/** The site for machines: a Markdown twin of every page, llms.txt, and the model as JSON. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { facts, patterns } from '~/model/index.ts';
import { DIST, distPages, sitemapPaths } from '../support/distPages.ts';

const pages = sitemapPaths();
const built = distPages();
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
/** Markdown without its code: code may show markup on purpose. */
const prose = (md: string) => md.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

describe('Markdown twins', () => {
	it('exist for every page of the sitemap', () => {
		expect(pages.length).toBeGreaterThan(10);
		expect(pages.filter((p) => !existsSync(join(DIST, p, 'index.md')))).toEqual([]);
	});

	it.each(pages)('%s: its twin starts with the page title and has no HTML left', (path) => {
		const md = read(join(path, 'index.md'));
		const page = built.find((p) => p.path === path);
		const h1 = page?.document.querySelector('main h1')?.textContent?.trim();
		expect(md.split('\n')[0]).toBe(`# ${h1}`);
		expect(prose(md)).not.toMatch(/<\/?[a-z][a-z0-9-]*(\s[^>]*)?>/i);
		expect(md).not.toMatch(/NaN|undefined|\[object Object\]/);
	});

	it('give a diagram as its title and description, and keep tables and links', () => {
		const md = read('patterns/stateful/site-recovery-a2a/index.md');
		expect(md).toMatch(/^Diagram: How Site Recovery, Azure to Azure works\. .{20,}/m);
		expect(md).toMatch(/^\| Threat \| Protected \| How \|$/m);
		expect(md).toMatch(/\]\(\/reference\/facts\/#fact-asr-/);
	});

	it('resolve figures from the model', () => {
		const md = read('patterns/stateful/site-recovery-a2a/index.md');
		expect(md).not.toMatch(/\{fact:/);
		expect(md).toMatch(/\[\d+ min\]\(\/reference\/facts\/#fact-asr-crash-point-interval\)/);
	});

	it('leave out form controls', () => {
		const md = read('wizard/index.md');
		expect(md).not.toMatch(/Copy page as Markdown|This page as Markdown/);
		expect(md).toMatch(/^## /m);
	});
});

describe('llms.txt', () => {
	const llms = read('llms.txt');
	it('lists every page with its twin and description', () => {
		for (const path of pages) {
			const page = built.find((p) => p.path === path);
			const description = page?.document
				.querySelector('meta[name="description"]')
				?.getAttribute('content');
			expect(llms).toContain(`${path}index.md): ${description}`);
		}
	});

	it('links the model as JSON, and llms-full.txt holds every twin', () => {
		expect(llms).toMatch(/\/api\/workload\.schema\.json\)/);
		const full = read('llms-full.txt');
		for (const path of pages) expect(full).toContain(read(join(path, 'index.md')).trim());
	});
});

describe('the model as JSON', () => {
	it('publishes every fact and every pattern', () => {
		const f = JSON.parse(read('api/facts.json')) as { facts: { id: string }[] };
		const p = JSON.parse(read('api/patterns.json')) as { patterns: { id: string }[] };
		expect(f.facts.map((x) => x.id)).toEqual(facts.map((x) => x.id));
		expect(p.patterns.map((x) => x.id)).toEqual(patterns.map((x) => x.id));
	});

	const schema = JSON.parse(read('api/workload.schema.json')) as object;
	const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
	const examples = readdirSync(join(process.cwd(), 'examples'))
		.filter((f) => f.endsWith('.json'))
		.map((f) => join(process.cwd(), 'examples', f));

	it.each(examples)('%s validates against the published workload schema', (file) => {
		const ok = validate(JSON.parse(readFileSync(file, 'utf8')));
		expect(validate.errors ?? []).toEqual([]);
		expect(ok).toBe(true);
	});

	it('rejects a workload outside the ranges, naming the fields', () => {
		const example = JSON.parse(readFileSync(examples[0] ?? '', 'utf8')) as Record<string, unknown>;
		const bad = { ...example, rtoMinutes: 0, tiers: [{ name: 'web', kind: 'serverless', vmCount: 1 }] };
		expect(validate(bad)).toBe(false);
		const where = (validate.errors ?? []).map((e) => e.instancePath);
		expect(where).toContain('/rtoMinutes');
		expect(where).toContain('/tiers/0/kind');
	});

	it('is linked from the facts page', () => {
		const page = built.find((p) => p.path === '/reference/facts/');
		const hrefs = [...(page?.document.querySelectorAll('main a') ?? [])].map((a) => a.getAttribute('href'));
		for (const api of ['/api/facts.json', '/api/patterns.json', '/api/workload.schema.json'])
			expect(hrefs).toContain(api);
	});
});
