/** Looking patterns up by id. */
import { nearestIds } from '../facts/factRegistry.ts';
import type { Pattern } from './pattern.ts';
import { allPatterns } from './index.ts';

export const patterns: readonly Pattern[] = allPatterns;

const byId = new Map<string, Pattern>(patterns.map((p) => [p.id, p]));

export class UnknownPatternError extends Error {
	readonly id: string;
	constructor(id: string) {
		const near = nearestIds(id, [...byId.keys()]);
		super(
			`Unknown pattern "${id}".${near.length > 0 ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ''} Patterns live in src/model/patterns/.`,
		);
		this.name = 'UnknownPatternError';
		this.id = id;
	}
}

export function getPattern(id: string): Pattern {
	const pattern = byId.get(id);
	if (pattern === undefined) throw new UnknownPatternError(id);
	return pattern;
}

export function hasPattern(id: string): boolean {
	return byId.has(id);
}
