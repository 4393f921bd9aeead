/**
 * The model's layers, lowest first. A file may import from its own layer and from the layers
 * before it, never from one after it (type-only imports included): facts and their sources,
 * then regions and the workload schema, the kit patterns are built from, the pattern folders,
 * and the engine that runs them. `index.ts` beside this file sits above them all, and pages,
 * widgets and the CLI above that. `test/unit/model/layers.test.ts` holds every import to it.
 */
export const MODEL_LAYERS = ['facts', 'regions', 'schema', 'kit', 'patterns', 'engine'] as const;

export type ModelLayer = (typeof MODEL_LAYERS)[number];
