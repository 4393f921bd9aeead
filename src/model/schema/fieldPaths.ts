/**
 * Dotted paths into a workload ("routing.ttlSeconds", "tiers.0.vmCount"), the one module that
 * reads and writes them: form fields and link parameters are named by them. These helpers read
 * and set one path, and turn a list of [path, value] pairs into a nested object and back, so a
 * form can be read into a workload for the model's schema and a workload written back into a
 * form. Pure.
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

/** Reads a dotted path from a workload-like object; undefined where the path leads nowhere. */
export function valueAtPath(obj: unknown, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(node, key) =>
				node !== null && typeof node === 'object'
					? (node as Record<string, unknown>)[key]
					: undefined,
			obj,
		);
}

/** Sets a dotted path in an object, creating the objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
	const keys = path.split('.');
	let node = target;
	keys.slice(0, -1).forEach((key) => {
		const next = node[key];
		if (next === null || typeof next !== 'object') node[key] = {};
		node = node[key] as Record<string, unknown>;
	});
	const last = keys[keys.length - 1];
	if (last !== undefined) node[last] = value;
}
