/**
 * Search answers readers' questions: each query of test/support/searchQueries.ts runs against the
 * built Pagefind index in Chromium (the site's own pagefind.js, with the ranking the search dialog
 * uses), and at least 90 % must list their page among the first three results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_RANKING } from '../../src/build/searchRanking.ts';
import { openSite, watchedPage, type Site } from '../support/browser.ts';
import { READER_QUERIES } from '../support/searchQueries.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

describe('search by readers’ questions and names', () => {
	it('finds the expected page in the first three results for at least 90 % of the queries', async () => {
		expect(READER_QUERIES.length).toBeGreaterThanOrEqual(30);
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/`, { waitUntil: 'networkidle' });
		// Passed as source text: Vitest would rewrite a dynamic import() inside a function.
		const top3 = await page.evaluate<string[][]>(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
			const out = [];
			for (const query of ${JSON.stringify(READER_QUERIES.map((q) => q.query))}) {
				const found = await pagefind.search(query);
				const data = await Promise.all(found.results.slice(0, 3).map((r) => r.data()));
				out.push(data.map((d) => d.url.replace(/#.*$/, '')));
			}
			return out;
		})()`);
		const misses = READER_QUERIES.flatMap((q, i) =>
			top3[i]?.includes(q.expected) === true
				? []
				: [`"${q.query}": expected ${q.expected}, got ${(top3[i] ?? []).join(', ') || 'nothing'}`],
		);
		const hitRate = (READER_QUERIES.length - misses.length) / READER_QUERIES.length;
		process.stdout.write(
			`search: ${READER_QUERIES.length - misses.length}/${READER_QUERIES.length} queries (${(hitRate * 100).toFixed(0)} %) find their page in the top three\n${misses.map((m) => `  miss ${m}\n`).join('')}`,
		);
		expect(hitRate, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('excerpts readers can tell apart', () => {
	it('"failback" shows a different excerpt for each page, "ASR cost" leads with cost, "Ultra disk" marks Ultra', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/`, { waitUntil: 'networkidle' });
		const excerpts = await page.evaluate<Record<string, string[]>>(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
			const out = {};
			for (const query of ['failback', 'ASR cost', 'Ultra disk']) {
				const found = await pagefind.search(query);
				const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
				out[query] = data.map((d) => d.excerpt);
			}
			return out;
		})()`);
		const failback = excerpts['failback'] ?? [];
		expect(failback.length).toBe(5);
		// Five pages shared one runbook step as their excerpt.
		expect(new Set(failback).size).toBe(failback.length);
		const firstWords = (excerpt: string | undefined) =>
			(excerpt ?? '')
				.replace(/<[^>]+>/g, '')
				.split(/\s+/)
				.slice(0, 12)
				.join(' ');
		expect(firstWords(excerpts['ASR cost']?.[0])).toMatch(/ASR cost/);
		expect(firstWords(excerpts['ASR cost']?.[0])).toMatch(/charges|price|cost/);
		expect(excerpts['Ultra disk']?.[0]).toMatch(/<mark>Ultra<\/mark>/);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('a reader who wants a plan', () => {
	it('"plan my workload" lists the wizard first, above the workload-file reference', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/`, { waitUntil: 'networkidle' });
		const urls = await page.evaluate<string[]>(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
			const found = await pagefind.search('plan my workload');
			const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
			return data.map((d) => d.url.replace(/#.*$/, ''));
		})()`);
		expect(urls[0], urls.join(', ')).toBe('/wizard/');
		const reference = urls.indexOf('/reference/workload-file/');
		if (reference !== -1) expect(reference).toBeGreaterThan(urls.indexOf('/wizard/'));
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('a search that finds nothing', () => {
	it('suggests the wizard and the pattern finder, and the suggestion goes once results appear', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}/`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Search' }).click();
		const dialog = page.getByRole('dialog');
		const box = dialog.getByRole('textbox', { name: 'Search' });
		// Pagefind falls back to a word's first letters when nothing matches, so the nonsense word
		// starts with a letter that is no word of the site on its own ('q' is: the CLI's -q flag).
		await box.fill('zzxxyyqq');
		const wizard = dialog.getByRole('link', { name: /decision wizard/ });
		await wizard.waitFor({ state: 'visible', timeout: 15_000 });
		expect(await wizard.getAttribute('href')).toBe('/wizard/');
		expect(
			await dialog.getByRole('link', { name: /filter the patterns/ }).getAttribute('href'),
		).toBe('/find/');
		await box.fill('golden image');
		await dialog.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
		await wizard.waitFor({ state: 'hidden', timeout: 5_000 });
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
