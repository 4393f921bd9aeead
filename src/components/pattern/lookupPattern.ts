/** getPattern() with a build error that names the page's source file to fix. */
import { getPattern, type Pattern } from '~/model/index.ts';
import { sourceFileHint } from '~/lib/siteLinks.ts';

export function lookupPattern(id: string, pathname: string, component: string): Pattern {
	try {
		return getPattern(id);
	} catch (error) {
		throw new Error(
			`${error instanceof Error ? error.message : String(error)}\nHint: fix <${component} pattern="${id}"> in ${sourceFileHint(pathname)}.`,
		);
	}
}
