/**
 * A small HCL writer: attributes, blocks and comments, in `terraform fmt`'s canonical layout:
 * two-space indentation, the `=` of consecutive one-line attributes aligned, one blank line
 * between top-level blocks, no trailing spaces.
 * Values are literals (strings are quoted and escaped, including `${` and `%{`) unless wrapped
 * in `expr()`, which is written as it is (references, function calls, for expressions).
 */

export class HclExpr {
	readonly text: string;
	constructor(text: string) {
		this.text = text;
	}
}

/** A Terraform expression written verbatim: `expr('var.location')`. */
export const expr = (text: string): HclExpr => new HclExpr(text);

export type HclValue =
	string | number | boolean | HclExpr | readonly HclValue[] | { readonly [key: string]: HclValue };

export interface HclAttr {
	kind: 'attr';
	name: string;
	value: HclValue;
}

export interface HclBlock {
	kind: 'block';
	type: string;
	labels: readonly string[];
	body: HclBody;
	/** Comment lines written above the block. */
	comment?: readonly string[];
}

export interface HclComment {
	kind: 'comment';
	lines: readonly string[];
}

export type HclItem = HclAttr | HclBlock | HclComment;
export type HclBody = readonly HclItem[];

export const attr = (name: string, value: HclValue): HclAttr => ({ kind: 'attr', name, value });

export const block = (
	type: string,
	labels: readonly string[],
	body: HclBody,
	comment?: readonly string[],
): HclBlock => ({
	kind: 'block',
	type,
	labels,
	body,
	...(comment !== undefined ? { comment } : {}),
});

export const comment = (...lines: string[]): HclComment => ({ kind: 'comment', lines });

/** A quoted HCL string: backslashes, quotes, newlines and template openers escaped. */
export function quote(text: string): string {
	return `"${text
		.replace(/\\/g, '\\\\')
		.replace(/"/g, '\\"')
		.replace(/\r?\n/g, '\\n')
		.replace(/\t/g, '\\t')
		.replace(/\$\{/g, '$${')
		.replace(/%\{/g, '%%{')}"`;
}

function isExpr(value: HclValue): value is HclExpr {
	return value instanceof HclExpr;
}

function renderValue(value: HclValue, indent: string): string {
	if (isExpr(value)) return value.text;
	if (typeof value === 'string') return quote(value);
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
		return String(value);
	}
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (Array.isArray(value)) {
		const items = value as readonly HclValue[];
		return `[${items.map((v) => renderValue(v, indent)).join(', ')}]`;
	}
	const entries = Object.entries(value as { readonly [key: string]: HclValue });
	if (entries.length === 0) return '{}';
	const inner = `${indent}  `;
	const lines = aligned(
		entries.map(([k, v]) => ({ name: k, value: renderValue(v, inner) })),
		inner,
	);
	return `{\n${lines.join('\n')}\n${indent}}`;
}

/**
 * `name = value` lines as `terraform fmt` writes them: the `=` of consecutive one-line
 * assignments aligned one space after the longest name. A value that spans lines (an object)
 * is not aligned and ends the run, as do blocks, comments and blank lines.
 */
function aligned(
	assignments: readonly { name: string; value: string }[],
	indent: string,
): string[] {
	const out: string[] = [];
	let run: { name: string; value: string }[] = [];
	const flush = () => {
		const width = Math.max(0, ...run.map((a) => a.name.length));
		for (const a of run) out.push(`${indent}${a.name.padEnd(width)} = ${a.value}`);
		run = [];
	};
	for (const a of assignments) {
		if (a.value.includes('\n')) {
			flush();
			out.push(`${indent}${a.name} = ${a.value}`);
		} else run.push(a);
	}
	flush();
	return out;
}

/** One comment line per line, each starting "# ". Comments never hold a newline themselves. */
function renderComment(lines: readonly string[], indent: string): string[] {
	return lines.flatMap((l) => l.split('\n')).map((l) => `${indent}# ${l}`.trimEnd());
}

function renderItem(item: HclItem, indent: string): string[] {
	if (item.kind === 'comment') return renderComment(item.lines, indent);
	if (item.kind === 'attr') return [`${indent}${item.name} = ${renderValue(item.value, indent)}`];
	const header = [item.type, ...item.labels.map(quote)].join(' ');
	const above = item.comment !== undefined ? renderComment(item.comment, indent) : [];
	if (item.body.length === 0) return [...above, `${indent}${header} {}`];
	return [...above, `${indent}${header} {`, ...renderBody(item.body, `${indent}  `), `${indent}}`];
}

/** A block's body: runs of attributes aligned, blocks and comments as they are. */
function renderBody(body: HclBody, indent: string): string[] {
	const out: string[] = [];
	let run: { name: string; value: string }[] = [];
	for (const item of body) {
		if (item.kind === 'attr') {
			run.push({ name: item.name, value: renderValue(item.value, indent) });
			continue;
		}
		out.push(...aligned(run, indent), ...renderItem(item, indent));
		run = [];
	}
	out.push(...aligned(run, indent));
	return out;
}

/** The items as an HCL file: top-level items separated by blank lines. */
export function renderHcl(items: HclBody): string {
	return `${items.map((i) => renderItem(i, '').join('\n')).join('\n\n')}\n`;
}
