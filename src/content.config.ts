import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
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
};
