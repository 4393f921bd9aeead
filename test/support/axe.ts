/**
 * axe-core in the browser tests: one runner for every page and widget test, at WCAG 2.2 AA.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/**
 * axe run on the page as it is now: the violations at WCAG 2.2 AA, briefly. axe's source is
 * evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
 * govern, so the page keeps its policy while axe runs.
 */
export async function axeViolations(page: Page): Promise<unknown[]> {
	const loaded = await page.evaluate(() => 'axe' in globalThis);
	if (!loaded) await page.evaluate(AXE_SOURCE);
	return page.evaluate(async (tags) => {
		const axe = (
			globalThis as unknown as {
				axe: {
					run: (
						ctx: Document,
						o: object,
					) => Promise<{ violations: AxeViolation[]; passes: unknown[] }>;
				};
			}
		).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
		// A run that checked nothing would report no violation: say so instead.
		if (result.passes.length === 0) return ['axe checked no rule on this page'];
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
		}));
	}, TAGS);
}
