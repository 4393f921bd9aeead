/** The id of one option's section in a pattern's calculator: the build, the browser and the table of contents agree on it. */
export function calculatorOptionId(patternId: string, optionKey: string): string {
	return `calc-${patternId}-${optionKey.replace(/\W+/g, '-')}`;
}
