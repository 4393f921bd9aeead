/**
 * Starlight route middleware: the facts page's categories are headings FactsTable.astro renders,
 * not its MDX, so its "On this page" list is completed here with one entry per category.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { facts } from '~/model/index.ts';
import { factGroups } from './factGroups.ts';

/** The page FactsTable.astro is on. */
export const FACTS_PAGE_ID = 'reference/facts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.entry.id !== FACTS_PAGE_ID || route.toc === undefined) return;
	route.toc.items = [
		...route.toc.items,
		...factGroups(facts).map((g) => ({
			depth: 2,
			slug: `group-${g.key}`,
			text: g.title,
			children: [],
		})),
	];
});
