import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dependencyIssues, schedule, startGroups } from '~/model/engine/dependencyOrder.ts';

const r = (typical: number) => ({ low: typical / 2, typical, high: typical * 2 });
/** A tier whose every step waits for its dependencies (nothing prepared ahead). */
const serving = (typical: number) => ({ prepare: r(0), serve: r(typical) });

describe('dependency order', () => {
	const web = { name: 'web', dependsOn: ['app'] };
	const app = { name: 'app', dependsOn: ['db', 'cache'] };
	const db = { name: 'db' };
	const cache = { name: 'cache' };
	const tiers = [web, app, db, cache];
	const minutes: Record<string, number> = { web: 10, app: 20, db: 60, cache: 5 };

	it('starts a tier when its slowest dependency is up, and names the path', () => {
		const s = schedule(tiers, (t) => serving(minutes[t] ?? 0));
		const at = (name: string) => s.tiers.find((t) => t.tier === name);
		expect(at('db')?.start.typical).toBe(0);
		expect(at('app')?.start.typical).toBe(60);
		expect(at('app')?.waitsFor).toBe('db');
		expect(at('web')?.finish.typical).toBe(90);
		expect(s.total).toEqual({ low: 45, typical: 90, high: 180 });
		expect(s.criticalPath).toEqual(['db', 'app', 'web']);
	});

	it('holds back a tier’s serving, not its preparation', () => {
		const pair = [{ name: 'web', dependsOn: ['db'] }, { name: 'db' }];
		const at = (s: ReturnType<typeof schedule>, name: string) =>
			s.tiers.find((t) => t.tier === name);
		// The web tier's VMs start (3 min) while the database is promoted (40 min).
		const quick = schedule(pair, (t) =>
			t === 'web' ? { prepare: r(3), serve: r(2) } : serving(40),
		);
		expect(at(quick, 'web')).toMatchObject({
			start: { typical: 0 },
			serveFrom: { typical: 40 },
			finish: { typical: 42 },
			waitsFor: 'db',
			heldBack: true,
		});
		expect(quick.criticalPath).toEqual(['db', 'web']);
		// Preparation longer than the database: the dependency holds nothing back.
		const slow = schedule(pair, (t) =>
			t === 'web' ? { prepare: r(50), serve: r(2) } : serving(40),
		);
		expect(at(slow, 'web')).toMatchObject({ finish: { typical: 52 }, heldBack: false });
		expect(slow.criticalPath).toEqual(['web']);
	});

	it('without dependencies, tiers recover in parallel', () => {
		const s = schedule(
			tiers.map((t) => ({ name: t.name })),
			(t) => serving(minutes[t] ?? 0),
		);
		expect(s.total.typical).toBe(60);
		expect(s.criticalPath).toEqual(['db']);
	});

	it('groups tiers into start waves, in input order within a wave', () => {
		expect(startGroups(tiers)).toEqual([['db', 'cache'], ['app'], ['web']]);
	});

	it('names unknown tiers, self-references, repeats and cycles', () => {
		expect(dependencyIssues([{ name: 'a', dependsOn: ['b'] }])[0]?.message).toMatch(
			/"b", which is not a tier/,
		);
		expect(dependencyIssues([{ name: 'a', dependsOn: ['a'] }])[0]?.message).toMatch(/itself/);
		expect(
			dependencyIssues([{ name: 'a', dependsOn: ['b', 'b'] }, { name: 'b' }])[0],
		).toMatchObject({ tier: 0, entry: 1 });
		const cycle = dependencyIssues([
			{ name: 'x' },
			{ name: 'a', dependsOn: ['b'] },
			{ name: 'b', dependsOn: ['c'] },
			{ name: 'c', dependsOn: ['a'] },
		]);
		expect(cycle).toHaveLength(1);
		expect(cycle[0]?.tier).toBe(1);
		expect(cycle[0]?.message).toBe(
			'forms a cycle: "a" needs "b" needs "c" needs "a"; every tier must be able to start once the ones it needs are up',
		);
		expect(dependencyIssues(tiers)).toEqual([]);
	});

	it('adding a dependency never shortens the recovery, nor makes a tier later than waiting for everything (any acyclic graph)', () => {
		// Tiers 0..n-1; a tier may depend only on lower indices, so every graph is acyclic. Each
		// tier's steps split between preparing and serving at random.
		const graph = fc.integer({ min: 1, max: 7 }).chain((n) =>
			fc.tuple(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 })), {
					minLength: n,
					maxLength: n,
				}),
				fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: n, maxLength: n }),
				fc.nat(),
				fc.nat(),
			),
		);
		fc.assert(
			fc.property(graph, ([durations, picks, from, to]) => {
				const n = durations.length;
				const deps = picks.map((p, i) => (i === 0 ? [] : [...new Set(p.map((x) => `t${x % i}`))]));
				const build = (d: string[][]) => d.map((dependsOn, i) => ({ name: `t${i}`, dependsOn }));
				const split = (t: string) => durations[Number(t.slice(1))] ?? [0, 0];
				const dur = (t: string) => ({ prepare: r(split(t)[0]), serve: r(split(t)[1]) });
				// Every step waiting for the dependencies: the latest a tier can be.
				const serial = (t: string) => serving(split(t)[0] + split(t)[1]);
				const before = schedule(build(deps), dur);
				const alone = schedule(build(deps.map(() => [])), dur);
				const waitingAll = schedule(build(deps), serial);
				before.tiers.forEach((t, i) => {
					expect(t.finish.typical).toBeGreaterThanOrEqual(alone.tiers[i]?.finish.typical ?? 0);
					expect(t.finish.typical).toBeLessThanOrEqual(waitingAll.tiers[i]?.finish.typical ?? 0);
				});
				const a = Math.max(from % n, to % n);
				const b = Math.min(from % n, to % n);
				if (a === b) return;
				const more = deps.map((d, i) => (i === a && !d.includes(`t${b}`) ? [...d, `t${b}`] : d));
				expect(dependencyIssues(build(more))).toEqual([]);
				const after = schedule(build(more), dur).total;
				expect(after.low).toBeGreaterThanOrEqual(before.total.low);
				expect(after.typical).toBeGreaterThanOrEqual(before.total.typical);
				expect(after.high).toBeGreaterThanOrEqual(before.total.high);
			}),
			{ numRuns: 300 },
		);
	});
});
