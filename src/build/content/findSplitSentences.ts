/**
 * Finds sentences cut in two by a blank line before an inline component, as in
 * "allow about … and\n\n<Fact id=… /> of downtime": MDX then renders two paragraphs. (Prettier's
 * MDX printer makes this change by itself, which is why MDX is not formatted by Prettier.)
 */
export interface SplitSentence {
	/** 1-based line of the component that starts the second half. */
	line: number;
	text: string;
}

const INLINE_COMPONENT = /^<(Fact|PatternLink|FactText)\b/;
/** A line that can end a paragraph: punctuation, a closing tag, a table row or a heading. */
const ENDS_BLOCK = /([.:!?)>|]|\*\*|```)\s*$|^\s*#/;

export function findSplitSentences(mdx: string): SplitSentence[] {
	const lines = mdx.split('\n');
	const found: SplitSentence[] = [];
	let inFence = false;
	for (let i = 2; i < lines.length; i++) {
		const line = lines[i] ?? '';
		if (/^\s*```/.test(lines[i - 2] ?? '')) inFence = !inFence;
		const blank = (lines[i - 1] ?? '').trim() === '';
		const before = lines[i - 2] ?? '';
		if (
			!inFence &&
			blank &&
			INLINE_COMPONENT.test(line) &&
			before.trim() !== '' &&
			!ENDS_BLOCK.test(before) &&
			!/^\s*([-*]|\d+\.)\s/.test(line)
		) {
			found.push({ line: i + 1, text: `${before.trim()} ⏎⏎ ${line.trim()}` });
		}
	}
	return found;
}
