import { describe, expect, it } from 'vitest';
import {
	measuredFromText,
	measuredToText,
	parseWorkload,
	recommend,
	referenceWorkloadInput,
	workloadFromSearchParams,
	workloadToSearchParams,
} from '~/model/index.ts';

function plan(measured?: Record<string, number>) {
	const parsed = parseWorkload({ ...referenceWorkloadInput, ...(measured ? { measured } : {}) });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return recommend(parsed.workload);
}

describe('step keys', () => {
	it('are unique in every timeline, shared steps by kind and tier steps as tier/kind', () => {
		const p = plan();
		const keys = p.rto.steps.map((s) => s.key);
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys[0]).toBe('detect');
		expect(keys).toContain('traffic');
		for (const s of p.rto.steps)
			if (s.tier !== undefined) expect(s.key).toMatch(new RegExp(`^${s.tier}/${s.kind}(-\\d+)?$`));
		for (const t of p.tiers)
			for (const e of [t.recommended, ...t.alternatives]) {
				const k = e.rto.steps.map((s) => s.key);
				expect(new Set(k).size).toBe(k.length);
			}
	});
});

describe('measured step times', () => {
	it('are absent from a plan without them', () => {
		expect(plan().measured).toBeUndefined();
	});

	it('show planned against measured, a total only when every step was measured, and keep the planned RTO', () => {
		const base = plan();
		const some = plan({ detect: 7, nonsense: 4 });
		expect(some.rto).toEqual(base.rto);
		expect(some.measured?.steps.find((s) => s.key === 'detect')?.measuredMinutes).toBe(7);
		expect(some.measured?.measuredTotalMinutes).toBeUndefined();
		expect(some.measured?.missing).toEqual(base.rto.steps.map((s) => s.key).slice(1));
		expect(some.measured?.unmatched).toEqual(['nonsense']);
		expect(some.measured?.note).toMatch(/still use the planned estimates/);

		const all = Object.fromEntries(base.rto.steps.map((s, i) => [s.key, i + 1]));
		const full = plan(all);
		const n = base.rto.steps.length;
		expect(full.measured?.measuredTotalMinutes).toBe((n * (n + 1)) / 2);
		expect(full.measured?.missing).toEqual([]);
		expect(full.rto.total).toEqual(base.rto.total);
	});

	it('reject out-of-range minutes naming the key and the range', () => {
		const r = parseWorkload({ ...referenceWorkloadInput, measured: { 'web/boot': 20000 } });
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.issues).toContainEqual({
				field: 'measured.web/boot',
				message: 'must be a number from 0 to 10,080 (minutes)',
			});
	});
});

describe('key=minutes lines', () => {
	it('round-trip', () => {
		const m = { detect: 12, 'web/provision-2': 3.5 };
		expect(measuredFromText(measuredToText(m))).toEqual({ ok: true, measured: m });
		expect(measuredFromText('\n detect = 4 \n\n')).toEqual({ ok: true, measured: { detect: 4 } });
	});

	it('name the line, the key and the range for each bad line', () => {
		const r = measuredFromText('detect=12\nweb/boot=-3\nvalidate\ndetect=1\ntraffic=abc');
		expect(r).toEqual({
			ok: false,
			errors: [
				'line 2: web/boot must be a number from 0 to 10,080 (minutes); “-3” is not',
				'line 3: “validate” must be key=minutes, such as detect=12',
				'line 4: detect is given twice',
				'line 5: traffic must be a number from 0 to 10,080 (minutes); “abc” is not',
			],
		});
	});

	it('travel in share links', () => {
		const parsed = parseWorkload({
			...referenceWorkloadInput,
			measured: { detect: 9, 'db/boot': 2 },
		});
		if (!parsed.ok) throw new Error('invalid');
		const params = workloadToSearchParams(parsed.workload);
		expect(params.get('m')).toBe('detect=9;db/boot=2');
		const back = workloadFromSearchParams(params);
		expect(back.notices).toEqual([]);
		expect(back.workload.measured).toEqual({ detect: 9, 'db/boot': 2 });
		params.set('m', 'detect=x');
		const bad = workloadFromSearchParams(params);
		expect(bad.notices.join(' ')).toMatch(/detect must be a number from 0 to 10,080/);
	});
});
