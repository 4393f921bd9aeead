/**
 * The model as JSON, published under /api/: every sourced fact, every pattern, and the workload
 * file's JSON Schema generated from the zod schema (input mode: what a workload file may say,
 * with defaults and every field's range). Pure: the integration writes these to dist/.
 */
import { z } from 'zod';
import { facts, MODEL_VERSION, patterns, workloadSchema } from '../../model/index.ts';

export const API_PATHS = {
	facts: 'api/facts.json',
	patterns: 'api/patterns.json',
	workloadSchema: 'api/workload.schema.json',
} as const;

export function factsDocument(): object {
	return {
		about:
			'Every sourced fact of the Azure VM DR Guides strategy model: value, unit, sources, the date the source states (asOf), when it was last checked, and its status (documented, third-party, estimate, unconfirmed or conflict).',
		modelVersion: MODEL_VERSION,
		facts,
	};
}

export function patternsDocument(): object {
	return {
		about:
			'Every disaster-recovery pattern of the model. In text fields, {fact:id} stands for the fact with that id in facts.json.',
		modelVersion: MODEL_VERSION,
		patterns,
	};
}

export function workloadJsonSchema(siteUrl: string): Record<string, unknown> {
	const schema = z.toJSONSchema(workloadSchema, { io: 'input' });
	return {
		...schema,
		$id: new URL(API_PATHS.workloadSchema, siteUrl).href,
		title: 'Workload',
		description:
			'A workload for the Azure VM DR Guides planner (the wizard form, `npm run recommend`): its tiers, recovery targets, constraints, routing, operations times and price overrides.',
	};
}
