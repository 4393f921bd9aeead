/**
 * A widget's CSS reaches only the pages that show the widget: the stylesheets every page links
 * (Starlight's and the site's customCss) carry no widget rules, and a page's own styles carry a
 * widget's rules exactly when the page has the widget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distPages } from '../support/distPages.ts';

const pages = distPages();

/** All CSS a page gets: its linked stylesheets and its inline <style> elements. */
function cssOf(page: (typeof pages)[number]): { linked: string; inline: string } {
	const linked = [...page.document.querySelectorAll('link[rel="stylesheet"]')]
		.map((l) => readFileSync(join(DIST, l.getAttribute('href') ?? ''), 'utf8'))
		.join('\n');
	const inline = [...page.document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
	return { linked, inline };
}

// A rule each widget's stylesheet has, and the elements that say the page has the widget's
// component. A pattern's calculator ships its styles also where it only says there is nothing
// to calculate (.calculator-none): Astro bundles CSS by import, not by what renders.
const FORMS = '.workload-widget, .calculator, .calculator-none';
const WIDGETS = [
	{ name: 'workload form', rule: /\.workload-notices\s*\{/, element: FORMS },
	{ name: 'field', rule: /\.field \.field-hint\s*\{/, element: FORMS },
	{ name: 'evaluation', rule: /\.timeline \.step-bar\s*\{/, element: FORMS },
	{ name: 'comparison table', rule: /\.cmp-table-wrap\s*\{/, element: '.cmp-table-wrap' },
	{ name: 'decision tree highlight', rule: /\.on-path rect/, element: '.wizard-tree' },
	// The plan summary widens the page by a plain `main` rule (no `:has()`, which made Chromium
	// restyle all of main whenever anything in it was shown or hidden): only its pages may get it.
	{ name: 'plan summary page width', rule: /(?:^|[\s}])main\s*\{\s*--sl-content-width/, element: '.plan-beside' },
] as const;

describe.each(WIDGETS)('$name styles', ({ rule, element }) => {
	it('are not in any stylesheet every page links', () => {
		for (const page of pages) expect(cssOf(page).linked).not.toMatch(rule);
	});
	it('are on exactly the pages that show the widget', () => {
		const withWidget = pages.filter((p) => p.document.querySelector(element) !== null);
		expect(withWidget.length).toBeGreaterThan(0);
		for (const page of pages) {
			const has = rule.test(cssOf(page).inline);
			expect({ page: page.path, has }).toEqual({
				page: page.path,
				has: withWidget.includes(page),
			});
		}
	});
});
