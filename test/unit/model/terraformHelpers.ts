/**
 * What the Terraform tests share: the HCL parser loaded once per file, a resource block and the
 * first of a nested block in the parsed JSON, and a plan with chosen options in place of the
 * recommended ones.
 */
import { beforeAll } from 'vitest';
import {
	candidatesFor,
	evaluateCandidate,
	recommend,
	type Plan,
	type Workload,
} from '~/model/index.ts';
import { parseHcl, type HclJson } from './terraformSnapshot.ts';

/** The HCL parser is WebAssembly: load it once, with time to spare on a busy machine. */
export function loadHclParserFirst(): void {
	beforeAll(async () => {
		await parseHcl('');
	}, 60_000);
}

type Section = Record<string, Record<string, Record<string, unknown>[]>>;

/** The body of `resource "<type>" "<name>"`; throws when the HCL has none. */
export function resourceBlock(json: HclJson, type: string, name: string): Record<string, unknown> {
	const found = (json['resource'] as Section | undefined)?.[type]?.[name]?.[0];
	if (found === undefined) throw new Error(`no ${type}.${name}`);
	return found;
}

/** The names of the resources of one type. */
export const resourcesOfType = (json: HclJson, type: string): string[] =>
	Object.keys((json['resource'] as Section | undefined)?.[type] ?? {});

/** The first of a nested block (HCL JSON writes every nested block as a list). */
export const first = (v: unknown): Record<string, unknown> =>
	(v as Record<string, unknown>[])[0] ?? {};

/**
 * The plan with each named tier's recommended option replaced by the option given:
 * `<pattern>/<variant>` for a variant, or a pattern id for the pattern's option without a
 * variant, else its first.
 */
export function planWith(w: Workload, choice: Record<string, string>): Plan {
	const plan = recommend(w);
	for (const tp of plan.tiers) {
		const wanted = choice[tp.tier];
		if (wanted === undefined) continue;
		const tier = w.tiers.find((t) => t.name === tp.tier);
		const candidates = tier === undefined ? [] : candidatesFor(tier);
		const candidate =
			candidates.find(
				(c) => `${c.patternId}${c.variant !== undefined ? `/${c.variant}` : ''}` === wanted,
			) ?? candidates.find((c) => c.patternId === wanted);
		if (tier === undefined || candidate === undefined) throw new Error(`no ${wanted}`);
		tp.recommended = evaluateCandidate(w, tier, candidate);
	}
	return plan;
}
