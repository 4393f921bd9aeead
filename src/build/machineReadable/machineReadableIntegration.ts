/**
 * After the build: the site in forms machines read. For every page in dist/, its Markdown twin
 * at /path/index.md (htmlToMarkdown.ts); llms.txt and llms-full.txt; and the model as JSON under
 * /api/ (apiDocuments.ts). Runs before the CSP integration, which only touches .html files.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { API_PATHS, factsDocument, patternsDocument, workloadJsonSchema } from './apiDocuments.ts';
import { htmlToMarkdown } from './htmlToMarkdown.ts';
import { llmsFullTxt, llmsTxt, type TwinPage } from './llmsTxt.ts';

async function pageFiles(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await pageFiles(path)));
		else if (entry.name === 'index.html') out.push(path);
	}
	return out;
}

async function writeJson(root: string, path: string, value: unknown): Promise<void> {
	await mkdir(dirname(join(root, path)), { recursive: true });
	await writeFile(join(root, path), `${JSON.stringify(value, null, '\t')}\n`);
}

export function machineReadableIntegration(site: {
	title: string;
	description: string;
}): AstroIntegration {
	let siteUrl = 'http://localhost/';
	return {
		name: 'dr-guides:machine-readable',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.site !== undefined) siteUrl = config.site;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages: TwinPage[] = [];
				for (const file of (await pageFiles(root)).sort()) {
					const rel = relative(root, dirname(file)).split(sep).join('/');
					const path = rel === '' ? '/' : `/${rel}/`;
					const page = htmlToMarkdown(await readFile(file, 'utf8'));
					await writeFile(join(dirname(file), 'index.md'), page.markdown);
					pages.push({ path, ...page });
				}
				await writeJson(root, API_PATHS.facts, factsDocument());
				await writeJson(root, API_PATHS.patterns, patternsDocument());
				await writeJson(root, API_PATHS.workloadSchema, workloadJsonSchema(siteUrl));
				const api = [
					{ path: API_PATHS.facts, title: 'Every sourced fact (JSON)' },
					{ path: API_PATHS.patterns, title: 'Every pattern (JSON)' },
					{ path: API_PATHS.workloadSchema, title: 'Workload file JSON Schema' },
				];
				await writeFile(join(root, 'llms.txt'), llmsTxt({ ...site, url: siteUrl }, pages, api));
				await writeFile(join(root, 'llms-full.txt'), llmsFullTxt(pages, siteUrl));
				logger.info(
					`Markdown twins of ${pages.length} pages, llms.txt, llms-full.txt and ${api.length} API files written`,
				);
			},
		},
	};
}
