/**
 * The wizard's questions: what to ask, why, and the field each answer fills. The words are a
 * table keyed by the workload's typed field paths (questionWords.ts); the input type, the range,
 * the options' values and whether an answer is optional come from the zod schema (workload.ts),
 * so each is written once. Forms, URL parameters and messages all read their ranges through here.
 */
import { z } from 'zod';
import {
	operationsSchema,
	protectionSchema,
	pricesSchema,
	RANGES,
	routingSchema,
	tierSchema,
	workloadSchema,
	type RangeName,
} from './workload.ts';
import { regions } from '../regions/index.ts';
import {
	QUESTIONS,
	type FieldPath,
	type Option,
	type QuestionText,
	type WizardQuestion,
} from './questionWords.ts';

export { WIZARD_GROUPS, type Option, type WizardQuestion } from './questionWords.ts';

/** The schema of one field, by its path. */
function schemaAt(path: FieldPath): z.ZodType {
	const [head = '', ...rest] = path.split('.');
	const last = rest[rest.length - 1] ?? '';
	const shapes: Record<string, Record<string, z.ZodType>> = {
		tiers: tierSchema.shape,
		routing: routingSchema.shape,
		operations: operationsSchema.shape,
		protection: protectionSchema.shape,
		prices: pricesSchema.shape,
	};
	const shape: Record<string, z.ZodType> | undefined =
		rest.length === 0 ? workloadSchema.shape : shapes[head];
	const schema = shape?.[rest.length === 0 ? head : last];
	if (schema === undefined) throw new Error(`The workload schema has no field "${path}".`);
	return schema;
}

/** A question: its words from the table, everything else read from the field's schema. */
function question(field: FieldPath, text: QuestionText<FieldPath>): WizardQuestion {
	let schema = schemaAt(field);
	let optional = false;
	for (;;) {
		if (schema instanceof z.ZodOptional) optional = true;
		else if (!(schema instanceof z.ZodDefault)) break;
		schema = schema.unwrap() as z.ZodType;
	}
	const { param, label, why, group, since } = text;
	const base = {
		field,
		param,
		label,
		why,
		group,
		...(optional ? { optional } : {}),
		...(since !== undefined ? { since } : {}),
	};
	const region = schema.meta()?.['region'];
	if (region === 'source' || region === 'target') {
		const keywords: Option[] =
			region === 'target'
				? [
						{ value: 'any', label: 'Any allowed region (lowest published latency)' },
						{ value: 'pair', label: 'The paired region' },
					]
				: [];
		const names = regions.map((r) => ({ value: r.name, label: r.displayName }));
		return { ...base, input: 'region', options: [...keywords, ...names] };
	}
	if (schema instanceof z.ZodNumber) {
		const range = schema.meta()?.['range'];
		if (typeof range !== 'string' || !(range in RANGES))
			throw new Error(`The number field "${field}" has no range in its schema.`);
		return { ...base, input: 'number', range: range as RangeName };
	}
	if (schema instanceof z.ZodRecord) {
		const range = (schema.valueType as z.ZodType).meta()?.['range'];
		if (typeof range !== 'string' || !(range in RANGES))
			throw new Error(`The minutes of "${field}" have no range in their schema.`);
		return { ...base, input: 'lines', range: range as RangeName };
	}
	if (schema instanceof z.ZodBoolean) return { ...base, input: 'checkbox' };
	if (schema instanceof z.ZodArray) {
		// A list of numbers (a tier's data disk sizes) takes each one's range.
		const range = (schema.element as z.ZodType).meta()?.['range'];
		return typeof range === 'string' && range in RANGES
			? { ...base, input: 'list', range: range as RangeName }
			: { ...base, input: 'list' };
	}
	if (schema instanceof z.ZodEnum) {
		const labels: Record<string, string> = text.options ?? {};
		const values = schema.options as readonly string[];
		const options = Object.entries(labels).map(([value, l]) => ({ value, label: l }));
		if (options.length !== values.length || options.some((o) => !values.includes(o.value)))
			throw new Error(`The options of "${field}" do not match its schema.`);
		return { ...base, input: 'select', options };
	}
	return { ...base, input: 'text' };
}

export const wizardQuestions: readonly WizardQuestion[] = (
	Object.entries(QUESTIONS) as [FieldPath, QuestionText<FieldPath>][]
).map(([field, text]) => question(field, text));

export const workloadQuestions = wizardQuestions.filter((q) => !q.field.startsWith('tiers.'));
export const tierQuestions = wizardQuestions.filter((q) => q.field.startsWith('tiers.'));

export function questionFor(field: string): WizardQuestion | undefined {
	const generic = field.replace(/^tiers\.\d+\./, 'tiers.*.');
	return wizardQuestions.find((q) => q.field === generic);
}

export function rangeOf(question: WizardQuestion) {
	return question.range === undefined ? undefined : RANGES[question.range];
}
