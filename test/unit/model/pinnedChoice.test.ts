import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	candidateKey,
	candidateName,
	candidatesFor,
	formatIssue,
	OPTION_KEYS_BY_SITUATION,
	OPTION_LABELS,
	optionKeysFor,
	parseWorkload,
	pinnedText,
	recommend,
	workloadFromSearchParams,
	workloadToQuery,
	type Tier,
	type WorkloadInput,
} from '~/model/index.ts';
import { runRecommend, parseArgs } from '~/cli/runRecommend.ts';
import { planHtml } from '~/components/widgets/planView.ts';
import { valid, workloadArb } from './arbitraries.ts';

const example = (file: string): WorkloadInput =>
	JSON.parse(
		readFileSync(new URL(`../../../examples/${file}`, import.meta.url), 'utf8'),
	) as WorkloadInput;

const pinned = (file: string, tier: number, pattern: string): WorkloadInput => {
	const input = example(file);
	const tiers = input.tiers.map((t, i) => (i === tier ? { ...t, pattern } : t));
	return { ...input, tiers } as WorkloadInput;
};

describe('option keys a tier may name', () => {
	it('are, for each kind of tier, the keys the engine evaluates, in its order', () => {
		const tiers: Record<keyof typeof OPTION_KEYS_BY_SITUATION, Tier> = {
			stateless: valid({
				rtoMinutes: 60,
				rpoMinutes: 60,
				tiers: [{ name: 'a', kind: 'stateless', vmCount: 2 }],
			}).tiers[0] as Tier,
			'stateful-vm': valid({
				rtoMinutes: 60,
				rpoMinutes: 60,
				tiers: [{ name: 'a', kind: 'stateful', data: 'vm-plain', vmCount: 2 }],
			}).tiers[0] as Tier,
			paas: valid({
				rtoMinutes: 60,
				rpoMinutes: 60,
				tiers: [{ name: 'a', kind: 'stateful', data: 'paas', vmCount: 1 }],
			}).tiers[0] as Tier,
		};
		for (const [situation, tier] of Object.entries(tiers))
			expect([...optionKeysFor(tier)], situation).toEqual(candidatesFor(tier).map(candidateKey));
		for (const data of ['vm-replication', 'vm-backup'] as const) {
			const tier = valid({
				rtoMinutes: 60,
				rpoMinutes: 60,
				tiers: [{ name: 'a', kind: 'stateful', data, vmCount: 2 }],
			}).tiers[0] as Tier;
			expect([...optionKeysFor(tier)]).toEqual(candidatesFor(tier).map(candidateKey));
		}
	});
	it('carry the names the plan gives the options', () => {
		for (const tier of [
			{ name: 'a', kind: 'stateless' as const, vmCount: 2 },
			{ name: 'a', kind: 'stateful' as const, data: 'vm-plain' as const, vmCount: 2 },
			{ name: 'a', kind: 'stateful' as const, data: 'paas' as const, vmCount: 1 },
		])
			for (const c of candidatesFor(
				valid({ rtoMinutes: 60, rpoMinutes: 60, tiers: [tier] }).tiers[0] as Tier,
			))
				expect(OPTION_LABELS[candidateKey(c) as keyof typeof OPTION_LABELS]).toBe(
					`${candidateName(c)}${c.reserveCapacity === true ? ', with a capacity reservation' : ''}`,
				);
	});
	it('an unknown key, or one for another kind of tier, names the field and lists the tier’s options', () => {
		const unknown = parseWorkload(pinned('a-web-chef-sql-paas.json', 0, 'active-active'));
		expect(unknown.ok).toBe(false);
		if (unknown.ok) return;
		expect(unknown.issues.map(formatIssue)).toEqual([
			`tiers.0.pattern: must be an option key; the options for a stateless tier are: ${OPTION_KEYS_BY_SITUATION.stateless.join(', ')}`,
		]);
		const wrongKind = parseWorkload(pinned('b-sql-vm-app-tier.json', 1, 'scale-set-rebuild/hot'));
		expect(wrongKind.ok).toBe(false);
		if (wrongKind.ok) return;
		expect(wrongKind.issues.map(formatIssue)).toEqual([
			`tiers.1.pattern: does not apply to a stateful tier on VMs; the options for a stateful tier on VMs are: ${OPTION_KEYS_BY_SITUATION['stateful-vm'].join(', ')}`,
		]);
		const cli = runRecommend(
			parseArgs([]) as Parameters<typeof runRecommend>[0],
			JSON.stringify(pinned('b-sql-vm-app-tier.json', 1, 'paas-sql-geo/geo-restore')),
			'b.json',
		);
		expect(cli.code).toBe(2);
		expect(cli.stderr).toMatch(
			/tiers\.1\.pattern: does not apply to a stateful tier on VMs; the options for a stateful tier on VMs are: disk-copy-interval, /,
		);
	});
});

describe('a pinned choice', () => {
	it('keeps the option as given and shows what the engine would pick, with the differences', () => {
		const free = recommend(valid(example('a-web-chef-sql-paas.json')));
		const plan = recommend(
			valid(pinned('a-web-chef-sql-paas.json', 0, 'scale-set-rebuild/active-active')),
		);
		const web = plan.tiers[0];
		const engine = free.tiers[0];
		if (web === undefined || engine === undefined) throw new Error('no web tier');
		expect(web.recommended.key).toBe('scale-set-rebuild/active-active');
		expect(engine.recommended.key).not.toBe('scale-set-rebuild/active-active');
		expect(web.pinned?.enginePick.key).toBe(engine.recommended.key);
		expect(web.pinned?.difference.monthlyUsd).toBeCloseTo(
			web.recommended.cost.monthlyUsd - engine.recommended.cost.monthlyUsd,
			1,
		);
		expect(web.pinned?.difference.rtoMinutes).toBeCloseTo(
			web.recoveredBy.typical - engine.recoveredBy.typical,
			1,
		);
		expect(web.pinned?.difference.rtoMinutes).toBeLessThan(0);
		expect(plan.headline).toMatch(/The option you gave is kept for web/);
		// The other options stay listed, as the engine ranked them.
		expect(web.alternatives.map((a) => a.key)).toContain(engine.recommended.key);
		expect(String(planHtml(plan))).toContain(
			`data-pinned-option="scale-set-rebuild/active-active"`,
		);
		expect(String(planHtml(plan))).toContain(`data-engine-pick="${engine.recommended.key}"`);
	});
	it('plans the other tiers around a pinned tier that misses its targets, and says so', () => {
		const plan = recommend(valid(pinned('b-sql-vm-app-tier.json', 1, 'azure-backup')));
		const sql = plan.tiers[1];
		expect(sql?.recommended.key).toBe('azure-backup');
		expect(sql?.pinned?.enginePick.key).not.toBe('azure-backup');
		expect(sql?.meetsTargets).toBe(false);
	});
	it('holds for any workload and any option a tier is offered', () => {
		fc.assert(
			fc.property(workloadArb, fc.nat(), fc.nat(), (input, t, k) => {
				const w = valid(input);
				const i = t % w.tiers.length;
				const tier = w.tiers[i] as Tier;
				const keys = optionKeysFor(tier);
				const key = keys[k % keys.length] ?? '';
				const plan = recommend({
					...w,
					tiers: w.tiers.map((x, j) => (j === i ? { ...x, pattern: key } : x)),
				} as typeof w);
				expect(plan.tiers[i]?.recommended.key).toBe(key);
				const free = recommend(w);
				expect(plan.tiers[i]?.pinned?.enginePick.key).toBe(free.tiers[i]?.recommended.key);
				if (free.tiers[i]?.recommended.key === key)
					expect(plan.tiers[i]?.pinned?.difference.monthlyUsd).toBe(0);
			}),
			{ numRuns: 25 },
		);
	});
	it('travels in share links of v=2, and v=1 links ignore it', () => {
		const w = valid(pinned('a-web-chef-sql-paas.json', 0, 'scale-set-rebuild/hot'));
		const query = workloadToQuery(w);
		expect(query).toContain('t0.pin=scale-set-rebuild%2Fhot');
		const back = workloadFromSearchParams(new URLSearchParams(query));
		expect(back.notices).toEqual([]);
		expect(back.workload).toEqual(w);
		const old = workloadFromSearchParams(new URLSearchParams(query.replace('v=2', 'v=1')));
		expect(old.workload.tiers[0]?.pattern).toBeUndefined();
		const bad = workloadFromSearchParams(
			new URLSearchParams(query.replace('scale-set-rebuild%2Fhot', 'app-replication%2Ffull')),
		);
		expect(bad.workload.tiers[0]?.pattern).toBeUndefined();
		expect(bad.notices.join(' ')).toMatch(
			/Ignored t0\.pin \(We already run…, tier 1[^)]*\): it does not apply to a stateless tier; the options for a stateless tier are: scale-set-rebuild\/cold/,
		);
	});
});

describe('a pinned tier where nothing meets', () => {
	it('lists each other option once (the engine’s nearest is already among its rejected)', () => {
		const r = parseWorkload({
			name: 'Confidential database, Site Recovery pinned',
			rtoMinutes: 30,
			rpoMinutes: 1,
			tiers: [
				{
					name: 'db',
					kind: 'stateful',
					data: 'vm-replication',
					vmCount: 2,
					securityType: 'confidential',
					pattern: 'site-recovery-a2a',
				},
			],
		});
		if (!r.ok) throw new Error(JSON.stringify(r.issues));
		const tier = recommend(r.workload).tiers[0];
		const keys = [...(tier?.alternatives ?? []), ...(tier?.rejected ?? [])].map((e) => e.key);
		expect(keys.length).toBeGreaterThan(0);
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys).not.toContain('site-recovery-a2a');
	});
});

describe('a pinned option that a rule rules out', () => {
	const confidential = (pattern: string) => {
		const r = parseWorkload({
			name: 'Confidential database, loose targets',
			rtoMinutes: 240,
			rpoMinutes: 60,
			tiers: [
				{
					name: 'db',
					kind: 'stateful',
					data: 'vm-plain',
					vmCount: 2,
					securityType: 'confidential',
					pattern,
				},
			],
		});
		if (!r.ok) throw new Error(JSON.stringify(r.issues));
		return r.workload;
	};
	it('is missed on both targets with the rule’s reason, never met, in the plan, its view and the CLI', () => {
		const w = confidential('site-recovery-a2a');
		const plan = recommend(w);
		const db = plan.tiers[0];
		if (db === undefined) throw new Error('no tier');
		// Its estimate alone is well within both loose targets: only the rule makes it missed.
		expect(db.recommended.rto.total.high).toBeLessThan(240);
		expect(db.recommended.rpo.minutes.high).toBeLessThan(60);
		expect(db.recommended.rejections.some((r) => r.kind === 'not-supported')).toBe(true);
		expect(db.targetStatus.rto.status).toBe('missed');
		expect(db.targetStatus.rpo.status).toBe('missed');
		expect(plan.targetStatus.rto.status).toBe('missed');
		expect(plan.targetStatus.rpo.status).toBe('missed');
		expect(db.pinned?.ruledOut).toMatch(/confidential/);
		expect(plan.headline).toMatch(/cannot be used: Site Recovery and confidential VMs/);
		const view = String(planHtml(plan));
		expect(view).toContain('data-rto-status="missed"');
		// No option a rule rules out reads met, the pinned one or any other.
		for (const e of [db.recommended, ...db.rejected].filter((x) =>
			x.rejections.some((r) => !['rto', 'rpo', 'budget'].includes(r.kind)),
		))
			expect([e.targetStatus.rto.status, e.targetStatus.rpo.status], e.key).toEqual([
				'missed',
				'missed',
			]);
		expect(view).toMatch(/cannot be used for this tier: Site Recovery and confidential VMs/);
		const cli = runRecommend(
			parseArgs([]) as Parameters<typeof runRecommend>[0],
			JSON.stringify({ ...w, tiers: w.tiers }),
			'c.json',
		);
		expect(cli.stdout).toMatch(/RTO missed: not supported for db, so its estimate/);
		expect(cli.stdout).not.toMatch(/RTO met/);
	});
	it('says so when the engine’s own nearest option is the same ruled-out one', () => {
		// Every option is ruled out for this tier; the engine falls back on the one a reader can
		// act on (a missing prerequisite), never on a retired service.
		const db = recommend(confidential('app-replication/one-replica')).tiers[0];
		if (db?.pinned === undefined) throw new Error('no pin');
		expect(db.pinned.enginePick.key).toBe('app-replication/one-replica');
		expect(pinnedText(db.pinned)).toMatch(
			/cannot be used for this tier: Needs a data store .*the engine’s nearest option is the same one/,
		);
	});
	it('keeps a supported pin’s judgement as the estimate gives it', () => {
		const plan = recommend(valid(pinned('a-web-chef-sql-paas.json', 0, 'scale-set-rebuild/hot')));
		expect(plan.tiers[0]?.pinned?.ruledOut).toBeUndefined();
		expect(plan.tiers[0]?.targetStatus.rto.ruledOut).toBeUndefined();
	});
	it('is refused before planning when the key is not the tier’s, naming tiers.N.pattern', () => {
		const w = valid(example('a-web-chef-sql-paas.json'));
		const bad = { ...w, tiers: w.tiers.map((t, i) => (i === 1 ? { ...t, pattern: 'x' } : t)) };
		expect(() => recommend(bad as typeof w)).toThrow(/^tiers\.1\.pattern: /);
	});
});
