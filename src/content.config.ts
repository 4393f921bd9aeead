import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';

/**
 * Starlight's docs collection, loaded from the top-level content/docs folder.
 * `pattern` ties a page to the model pattern it teaches (one page per pattern, tested).
 */
export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({
			extend: z.object({
				pattern: z.string().optional(),
			}),
		}),
	}),
	// Starlight's UI strings (src/content/i18n/), as its docs define the collection: Starlight reads
	// it on every page and the build warns when it is missing.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
