/** Looking facts up by id, with errors that say what to fix. */
import type { Fact, Range } from './fact.ts';
import { allFacts } from './index.ts';

export const facts: readonly Fact[] = allFacts;

/** Every fact by its id and by the ids it had before a rename (formerIds). */
const byId = new Map<string, Fact>();
for (const fact of facts) {
	for (const id of [fact.id, ...(fact.formerIds ?? [])]) {
		if (byId.has(id)) throw new Error(`Duplicate fact id "${id}" in src/model/facts/.`);
		byId.set(id, fact);
	}
}

export class UnknownFactError extends Error {
	readonly id: string;
	constructor(id: string) {
		const near = nearestIds(id, [...byId.keys()]);
		super(
			`Unknown fact "${id}".${near.length > 0 ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ''} Facts live in src/model/facts/.`,
		);
		this.name = 'UnknownFactError';
		this.id = id;
	}
}

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0] ?? 0;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j] ?? 0;
			row[j] = Math.min(
				(row[j] ?? 0) + 1,
				(row[j - 1] ?? 0) + 1,
				previous + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
			previous = current;
		}
	}
	return row[b.length] ?? 0;
}

/** The known ids closest to a mistyped one (at most two). */
export function nearestIds(id: string, known: readonly string[]): string[] {
	return known
		.map((k) => ({ k, d: distance(id, k) }))
		.filter(({ d }) => d <= Math.max(3, Math.floor(id.length / 3)))
		.sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
		.slice(0, 2)
		.map(({ k }) => k);
}

export function hasFact(id: string): boolean {
	return byId.has(id);
}

export function getFact(id: string): Fact {
	const fact = byId.get(id);
	if (fact === undefined) throw new UnknownFactError(id);
	return fact;
}

/** A numeric fact's value; throws when the fact is text. */
export function factNumber(id: string): number {
	const { value } = getFact(id);
	if (typeof value !== 'number') throw new Error(`Fact "${id}" is not a number.`);
	return value;
}

/** A numeric fact as low / typical / high (all three equal when the fact has no range). */
export function factSpread(id: string): Range {
	const fact = getFact(id);
	const typical = factNumber(id);
	return { low: fact.range?.low ?? typical, typical, high: fact.range?.high ?? typical };
}

const MINUTES_PER: Partial<Record<Fact['unit'], number>> = { s: 1 / 60, min: 1, h: 60, d: 1440 };

/** A duration fact as low / typical / high minutes, whatever unit it is kept in. */
export function factMinutes(id: string): Range {
	const per = MINUTES_PER[getFact(id).unit];
	if (per === undefined) throw new Error(`Fact "${id}" is not a duration.`);
	const r = factSpread(id);
	return { low: r.low * per, typical: r.typical * per, high: r.high * per };
}

/** Facts that record what they were in 2016/2017: the "what changed" table. */
export function factsWithPrevious(): Fact[] {
	return facts.filter((f) => f.previous !== undefined);
}
