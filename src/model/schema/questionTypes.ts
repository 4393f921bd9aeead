/**
 * The types of the wizard's questions and of their words: the typed field paths of the workload
 * and what each question's words must give (options only for a field whose schema has choices).
 */
import type { z } from 'zod';
import type {
	operationsSchema,
	protectionSchema,
	pricesSchema,
	routingSchema,
	tierSchema,
	workloadSchema,
	RangeName,
} from './workload.ts';

export interface Option {
	value: string;
	label: string;
}

export interface WizardQuestion {
	/** Field path in the workload; `tiers.*.x` repeats for each tier. */
	field: string;
	/** Short URL parameter name (tier fields are prefixed t0., t1., …). */
	param: string;
	label: string;
	why: string;
	/**
	 * `list`: names separated by commas, or numbers when it has a range (each in it); `lines`: `key=minutes`, one a line (the drill's measured
	 * step times); `region`: a searchable list of Azure regions.
	 */
	input: 'number' | 'select' | 'checkbox' | 'text' | 'list' | 'lines' | 'region';
	range?: RangeName;
	/** Accepted values of a select; for a region, the suggestions of its searchable list. */
	options?: readonly Option[];
	/** The share-link version that first carried this field (links before it ignore it). */
	since?: number;
	optional?: boolean;
	group: 'targets' | 'constraints' | 'tier' | 'routing' | 'operations' | 'drill' | 'prices';
}

export const WIZARD_GROUPS: Record<WizardQuestion['group'], string> = {
	targets: 'Targets',
	constraints: 'Constraints',
	tier: 'Tier',
	routing: 'Traffic routing',
	operations: 'Your team (optional: your own times)',
	drill: 'Your drill (optional: measured step times)',
	prices: 'Prices (optional overrides)',
};

type Sections = 'tiers' | 'routing' | 'operations' | 'prices' | 'protection';
export type Shape<S extends { shape: object }> = S['shape'];
type OptionValues<S> =
	S extends z.ZodEnum<infer E>
		? keyof E
		: S extends z.ZodDefault<infer I> | z.ZodOptional<infer I>
			? OptionValues<I>
			: never;

/** Every field of the workload a reader answers, as a dotted path. */
export type FieldPath =
	| Exclude<keyof Shape<typeof workloadSchema>, Sections>
	| `tiers.*.${keyof Shape<typeof tierSchema>}`
	| `routing.${keyof Shape<typeof routingSchema>}`
	| `operations.${keyof Shape<typeof operationsSchema>}`
	| `protection.${keyof Shape<typeof protectionSchema>}`
	| `prices.${keyof Shape<typeof pricesSchema>}`;

export type QuestionText<P extends FieldPath> = Pick<
	WizardQuestion,
	'param' | 'label' | 'why' | 'group' | 'since'
> &
	(OptionValues<SchemaOf<P>> extends never
		? { options?: never }
		: { options: Record<OptionValues<SchemaOf<P>> & string, string> });

type SchemaOf<P extends FieldPath> = P extends `tiers.*.${infer K}`
	? Shape<typeof tierSchema>[K & keyof Shape<typeof tierSchema>]
	: P extends `routing.${infer K}`
		? Shape<typeof routingSchema>[K & keyof Shape<typeof routingSchema>]
		: P extends `operations.${infer K}`
			? Shape<typeof operationsSchema>[K & keyof Shape<typeof operationsSchema>]
			: P extends `protection.${infer K}`
				? Shape<typeof protectionSchema>[K & keyof Shape<typeof protectionSchema>]
				: P extends `prices.${infer K}`
					? Shape<typeof pricesSchema>[K & keyof Shape<typeof pricesSchema>]
					: Shape<typeof workloadSchema>[P & keyof Shape<typeof workloadSchema>];
