/**
 * Pure helpers on Mermaid source text: the accessible title and description it declares, and
 * adding them where a caller supplies them (the <Diagram> component's props).
 */
export interface Accessibility {
	title: string;
	description: string;
}

const ACC_TITLE = /^\s*accTitle\s*:\s*(.+?)\s*$/m;
const ACC_DESCR_LINE = /^\s*accDescr\s*:\s*(.+?)\s*$/m;
const ACC_DESCR_BLOCK = /^\s*accDescr\s*\{([\s\S]*?)\}/m;

export function readAccessibility(code: string): Partial<Accessibility> {
	const title = ACC_TITLE.exec(code)?.[1];
	const description = (ACC_DESCR_LINE.exec(code)?.[1] ?? ACC_DESCR_BLOCK.exec(code)?.[1])
		?.replace(/\s+/g, ' ')
		.trim();
	return {
		...(title !== undefined ? { title } : {}),
		...(description !== undefined && description !== '' ? { description } : {}),
	};
}

function oneLine(text: string): string {
	// Mermaid ends an accTitle/accDescr line at the newline; braces would open a block.
	return text
		.replace(/[\r\n{}]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Appends accTitle/accDescr lines when the code lacks them. They go at the end so that line
 * numbers in Mermaid's parse errors still match the author's source.
 */
export function withAccessibility(code: string, acc: Partial<Accessibility>): string {
	const present = readAccessibility(code);
	const extra: string[] = [];
	if (present.title === undefined && acc.title !== undefined)
		extra.push(`accTitle: ${oneLine(acc.title)}`);
	if (present.description === undefined && acc.description !== undefined) {
		extra.push(`accDescr: ${oneLine(acc.description)}`);
	}
	return extra.length === 0
		? code
		: `${code.replace(/\s+$/, '')}\n${extra.map((l) => `  ${l}`).join('\n')}\n`;
}

/** The 1-based line Mermaid names in a parse error ("Parse error on line 4:"), if any. */
export function errorLine(message: string): number | undefined {
	const match = /on line (\d+)/i.exec(message);
	return match?.[1] !== undefined ? Number(match[1]) : undefined;
}
