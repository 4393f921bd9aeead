/**
 * Form fields are named by dotted paths into the workload ("tiers.0.vmCount"). These helpers
 * turn a list of [path, value] pairs into a nested object and back, so a form can be read into
 * a workload for the model's schema and a workload written back into a form. Pure.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const INDEX = /^\d+$/;
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/** Builds a nested object from dotted paths. Keys that could reach Object.prototype are dropped. */
export function fromPaths(entries: Iterable<readonly [string, Json]>): Record<string, Json> {
	const root: Record<string, Json> = {};
	for (const [path, value] of entries) {
		const keys = path.split('.');
		if (keys.some((k) => k === '' || FORBIDDEN.has(k))) continue;
		let node: Record<string, Json> | Json[] = root;
		keys.forEach((key, i) => {
			const last = i === keys.length - 1;
			const container = node as Record<string, Json>;
			if (last) {
				container[key] = value;
				return;
			}
			const nextIsIndex = INDEX.test(keys[i + 1] ?? '');
			const existing = container[key];
			if (existing === undefined || existing === null || typeof existing !== 'object') {
				container[key] = nextIsIndex ? [] : {};
			}
			node = container[key] as Record<string, Json> | Json[];
		});
	}
	return root;
}

/** Flattens a nested object to [dotted path, leaf value] pairs, in a stable order. */
export function toPaths(value: Json, prefix = ''): [string, string | number | boolean | null][] {
	if (value === null || typeof value !== 'object') return prefix === '' ? [] : [[prefix, value]];
	const entries = Array.isArray(value)
		? value.map((v, i) => [String(i), v] as const)
		: Object.entries(value);
	return entries.flatMap(([key, child]) =>
		toPaths(child, prefix === '' ? key : `${prefix}.${key}`),
	);
}

/** Dotted paths are read by the model's valueAtPath, re-exported for the widgets. */
export { valueAtPath } from '~/model/index.ts';
