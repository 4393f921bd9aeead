/**
 * Starlight route middleware: a pattern page's headings come from PatternPage.astro, not from
 * its MDX, so its "On this page" list is completed here with the fixed sections.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { patternSectionsToc } from './patternSections.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const data = route.entry.data as { pattern?: string };
	if (data.pattern === undefined || route.toc === undefined) return;
	const [overview, ...own] = route.toc.items;
	route.toc.items = [
		...(overview === undefined ? [] : [overview]),
		...patternSectionsToc(),
		...own,
	];
});
