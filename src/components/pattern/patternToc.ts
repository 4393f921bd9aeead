/**
 * Starlight route middleware: a pattern page's headings come from PatternPage.astro, not from
 * its MDX, so its "On this page" list is completed here with the fixed sections, the
 * calculator's options under its section. Starlight highlights the entry of the heading above
 * what is in view: without its options listed, the calculator's option headings matched no
 * entry, and the highlight stayed on the section before it.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { patternReference } from '~/model/index.ts';
import { calculatorOptionId } from './calculatorIds.ts';
import { PATTERN_SECTIONS, patternSectionsToc, type TocItem } from './patternSections.ts';

function withCalculatorOptions(items: TocItem[], patternId: string): TocItem[] {
	const options = patternReference(patternId)?.evaluations ?? [];
	return items.map((item) =>
		item.slug === PATTERN_SECTIONS.estimate.slug
			? {
					...item,
					children: options.map((e) => ({
						depth: 3,
						slug: `${calculatorOptionId(patternId, e.key)}-h`,
						text: e.name,
						children: [],
					})),
				}
			: item,
	);
}

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const data = route.entry.data as { pattern?: string };
	if (data.pattern === undefined || route.toc === undefined) return;
	const [overview, ...own] = route.toc.items;
	route.toc.items = [
		...(overview === undefined ? [] : [overview]),
		...withCalculatorOptions(patternSectionsToc(), data.pattern),
		...own,
	];
});
