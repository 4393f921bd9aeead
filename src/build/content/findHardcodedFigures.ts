/**
 * Finds figures with a time, size, rate, money or percentage unit written straight into MDX
 * prose. Every such figure must come from the model through a component (<Fact id=…/> and
 * friends), so that prose and calculators cannot disagree.
 *
 * Ignored: frontmatter, import/export lines, fenced and inline code, and the opening tags of
 * JSX components (their attributes). Text between a component's tags is prose, and is scanned.
 */
export interface HardcodedFigure {
	line: number;
	match: string;
	text: string;
}

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const UNIT = String.raw`(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|[KMGTP]i?B(?:\/s)?|[KMG]bps|[KMG]b\/s|%|percent|USD|EUR|GBP|TB|GB)`;
const FIGURE = new RegExp(
	String.raw`(?:[$€£]\s?${NUMBER}|\bUSD\s?${NUMBER}|\b${NUMBER}(?:\s|-|\u00a0)?${UNIT}(?![A-Za-z]))`,
	'g',
);

/** Blanks out (keeping line breaks) the parts of an MDX source that are not prose. */
export function proseOnly(source: string): string {
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	let out = source;
	// Frontmatter.
	out = out.replace(/^---\n[\s\S]*?\n---\n/, blank);
	// Fenced code blocks.
	out = out.replace(/^(\s*)(```|~~~)[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, blank);
	// import/export statements (single or multi-line, ending with a semicolon or a quote).
	out = out.replace(/^(?:import|export)\b[\s\S]*?(?:;|['"])\s*$/gm, blank);
	// JSX expressions in braces at any depth, e.g. code={`…`} or {value}.
	out = blankBraces(out);
	// JSX opening/self-closing/closing tags of capitalised components and lower-case HTML.
	out = out.replace(/<\/?[A-Za-z][\w.]*(?:\s[^<>]*)?\/?>/g, blank);
	// Inline code.
	out = out.replace(/`[^`\n]*`/g, blank);
	return out;
}

function blankBraces(text: string): string {
	let depth = 0;
	let result = '';
	for (const ch of text) {
		if (ch === '{') depth += 1;
		if (depth > 0) result += ch === '\n' ? '\n' : ' ';
		else result += ch;
		if (ch === '}' && depth > 0) depth -= 1;
	}
	return result;
}

export function findHardcodedFigures(source: string): HardcodedFigure[] {
	const lines = proseOnly(source).split('\n');
	const found: HardcodedFigure[] = [];
	lines.forEach((text, i) => {
		for (const m of text.matchAll(FIGURE)) {
			found.push({ line: i + 1, match: m[0].trim(), text: text.trim() });
		}
	});
	return found;
}
