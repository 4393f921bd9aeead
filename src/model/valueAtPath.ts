/** Reads a dotted field path ("routing.ttlSeconds", "tiers.0.name") from a workload-like object. */
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
