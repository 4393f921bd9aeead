/**
 * The rows of the workload-file reference page (content/docs/reference/workload-file.mdx), read
 * from the zod schema at build time so the page cannot drift from what the CLI and the wizard
 * accept: every field of the JSON Schema that `z.toJSONSchema` derives from `workloadSchema`
 * (input mode, as api/workload.schema.json), with its type, accepted values or range, default and
 * description. The description is the field's own schema `description` where it has one, else
 * the wizard's question for it (its label and "why we ask"), which the type checker requires for
 * every field. A field added to the schema appears here by itself.
 */
import { z } from 'zod';
import {
	formatDecimal,
	questionFor,
	RANGES,
	rangeText,
	workloadSchema,
	type RangeName,
} from '~/model/index.ts';

export interface WorkloadFieldRow {
	/** Dotted path, with `[]` for each element of a list: `tiers[].vmCount`. */
	field: string;
	/** The JSON type: `string`, `integer`, `number`, `boolean`, `object`, `list of objects`… */
	type: string;
	required: boolean;
	/** Accepted values or range, in words. */
	accepts: string;
	/** The value used when the field is left out, or '' when it has none. */
	defaultValue: string;
	/** Model text: figures are `{fact:id}` placeholders (render with FactText). */
	description: string;
}

/** The subset of JSON Schema that z.toJSONSchema writes for this schema. */
interface JsonSchemaNode {
	type?: string;
	enum?: readonly unknown[];
	minimum?: number;
	maximum?: number;
	minLength?: number;
	maxLength?: number;
	minItems?: number;
	maxItems?: number;
	pattern?: string;
	default?: unknown;
	description?: string;
	range?: string;
	/** The schema's own words for what a field accepts, where its type says too little. */
	accepts?: string;
	region?: string;
	properties?: Record<string, JsonSchemaNode>;
	required?: readonly string[];
	items?: JsonSchemaNode;
	propertyNames?: JsonSchemaNode;
	additionalProperties?: JsonSchemaNode | boolean;
}

const isRangeName = (name: string | undefined): name is RangeName =>
	name !== undefined && Object.hasOwn(RANGES, name);

const num = (n: number) => formatDecimal(n, 3);

function typeOf(node: JsonSchemaNode): string {
	if (node.type === 'array') {
		const item = node.items?.type ?? 'value';
		return `list of ${item === 'object' ? 'objects' : `${item}s`}`;
	}
	if (node.type === 'object' && node.properties === undefined) return 'object (map)';
	return node.type ?? 'any';
}

function lengthText(min: number | undefined, max: number | undefined, unit: string): string {
	if (min !== undefined && max !== undefined) return `${num(min)} to ${num(max)} ${unit}`;
	if (max !== undefined) return `up to ${num(max)} ${unit}`;
	if (min !== undefined) return `at least ${num(min)} ${unit}`;
	return '';
}

function acceptsOf(node: JsonSchemaNode): string {
	if (node.accepts !== undefined) return node.accepts;
	if (node.enum !== undefined) return `one of: ${node.enum.map(String).join(', ')}`;
	if (isRangeName(node.range)) return rangeText(RANGES[node.range]);
	if (node.type === 'number' || node.type === 'integer') {
		const what = node.type === 'integer' ? 'a whole number' : 'a number';
		const span = lengthText(node.minimum, node.maximum, '');
		return span === '' ? what : `${what} from ${span.trim()}`;
	}
	if (node.type === 'boolean') return 'true or false';
	if (node.type === 'string') {
		if (node.region !== undefined) return node.description ?? 'an Azure region name';
		return lengthText(node.minLength, node.maxLength, 'characters');
	}
	if (node.type === 'array') {
		const items = node.items;
		const each =
			items !== undefined && items.type === 'string'
				? `, each ${lengthText(items.minLength, items.maxLength, 'characters')}`
				: '';
		return `${lengthText(node.minItems, node.maxItems, 'items')}${each}`.replace(/^, /, '');
	}
	if (node.type === 'object' && node.properties === undefined) {
		const value = node.additionalProperties;
		const values =
			typeof value === 'object' && isRangeName(value.range)
				? rangeText(RANGES[value.range])
				: 'values';
		const keys =
			node.propertyNames?.pattern !== undefined
				? 'keys of 1 to 60 characters without =, ; or line breaks'
				: 'any keys';
		return `${keys}, each mapped to ${values}`;
	}
	if (node.type === 'object') return 'the fields below';
	return '';
}

/**
 * The default, from the input-mode schema or else the output-mode one: a default on a field that
 * transforms its input (a region name) shows only in the output mode.
 */
function defaultOf(node: JsonSchemaNode, output: JsonSchemaNode | undefined): string {
	const value = node.default ?? output?.default;
	if (value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return "each field's default";
}

/** Words for the fields that group others and have no question of their own. */
const GROUP_WORDS: Record<string, string> = {
	tiers:
		'The tiers of the workload, each a group of identical VMs (or databases) that fail over together.',
	routing: 'How traffic reaches the region that serves: the router and its health probe.',
	operations:
		'Who starts the recovery, and your team’s own minutes for the steps people take, in place of the model’s estimates.',
	prices: 'Your own prices, in place of the model’s list prices.',
	protection:
		'How the copies kept against corruption and ransomware are protected: immutability, how long they are kept, and whether a Resource Guard must approve changes.',
};

/** The words for a field: its schema description, else the wizard's label and reason. */
function descriptionOf(path: string, node: JsonSchemaNode): string {
	const question = questionFor(path);
	if (node.description !== undefined && node.region === undefined) return node.description;
	if (question !== undefined) return `${question.label.replace(/ \(.*\)$/, '')}: ${question.why}`;
	return node.description ?? GROUP_WORDS[path] ?? '';
}

function rowsOf(
	node: JsonSchemaNode,
	output: JsonSchemaNode | undefined,
	prefix: string,
	questionPrefix: string,
	out: WorkloadFieldRow[],
): void {
	const required = new Set(node.required ?? []);
	for (const [key, child] of Object.entries(node.properties ?? {})) {
		const field = `${prefix}${key}`;
		const questionPath = `${questionPrefix}${key}`;
		const childOutput = output?.properties?.[key];
		out.push({
			field,
			type: typeOf(child),
			required: required.has(key),
			accepts: acceptsOf(child),
			defaultValue: defaultOf(child, childOutput),
			description: descriptionOf(questionPath, child),
		});
		if (child.type === 'object' && child.properties !== undefined)
			rowsOf(child, childOutput, `${field}.`, `${questionPath}.`, out);
		if (child.type === 'array' && child.items?.properties !== undefined)
			rowsOf(child.items, childOutput?.items, `${field}[].`, `${questionPath}.0.`, out);
	}
}

/** Every field of a workload file, in the schema's order, nested fields after their parent. */
export function workloadFieldRows(schema: z.ZodType = workloadSchema): WorkloadFieldRow[] {
	const input = z.toJSONSchema(schema, { io: 'input' }) as JsonSchemaNode;
	const output = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchemaNode;
	const rows: WorkloadFieldRow[] = [];
	rowsOf(input, output, '', '', rows);
	return rows;
}
