/**
 * Lets plain Node run src/ as the site does: resolves tsconfig's `~/` alias to src/. Imported
 * first by bench/model.ts, before anything that imports through `~/`.
 */
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const SRC = join(process.cwd(), 'src');

registerHooks({
	resolve(specifier, context, nextResolve) {
		return specifier.startsWith('~/')
			? nextResolve(pathToFileURL(join(SRC, specifier.slice(2))).href, context)
			: nextResolve(specifier, context);
	},
});
