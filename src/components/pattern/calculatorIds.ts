import { anchorId } from '~/lib/anchorId.ts';

/** The id of one option's section in a pattern's calculator: the build, the browser and the table of contents agree on it. */
export function calculatorOptionId(patternId: string, optionKey: string): string {
	return anchorId('calc', patternId, optionKey);
}
