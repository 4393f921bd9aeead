/**
 * A small HCL writer: attributes, blocks and comments, rendered with two-space indentation.
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
	return `{\n${entries.map(([k, v]) => `${inner}${k} = ${renderValue(v, inner)}`).join('\n')}\n${indent}}`;
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
	return [
		...above,
		`${indent}${header} {`,
		...item.body.flatMap((i) => renderItem(i, `${indent}  `)),
		`${indent}}`,
	];
}

/** The items as an HCL file: top-level items separated by blank lines. */
export function renderHcl(items: HclBody): string {
	return `${items.map((i) => renderItem(i, '').join('\n')).join('\n\n')}\n`;
}
