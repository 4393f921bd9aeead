import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	linkFieldName,
	MAX_NOTICES,
	referenceWorkload,
	workloadFromSearchParams,
	workloadToQuery,
	parseWorkload,
	referenceWorkloadInput,
	RANGES,
	rangeText,
} from '~/model/index.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { workloadArb } from './arbitraries.ts';

describe('share URLs', () => {
	it('round-trip every example workload exactly', () => {
		const dir = new URL('../../../examples/', import.meta.url);
		// Workload files only: examples/import/ holds what `az vm list` prints.
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
			const r = parseWorkload(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
			if (!r.ok) throw new Error(file);
			const back = workloadFromSearchParams(new URLSearchParams(workloadToQuery(r.workload)));
			expect(back.notices).toEqual([]);
			expect(back.workload).toEqual(r.workload);
		}
	});

	it('round-trip any valid workload exactly, optional fields absent or present', () => {
		fc.assert(
			fc.property(
				workloadArb,
				fc.boolean(),
				fc.record(
					{
						vcpuHourUsd: fc.double({ min: 0, max: 10, noNaN: true }),
						sqlVcoreHourUsd: fc.double({ min: 0, max: 10, noNaN: true }),
						blobPerGibMonthUsd: fc.double({ min: 0, max: 1, noNaN: true }),
						backupPerGibMonthUsd: fc.double({ min: 0, max: 1, noNaN: true }),
					},
					{ requiredKeys: [] },
				),
				(input, stripChange, prices) => {
					const tiers = input.tiers.map((t) => {
						const copy: Record<string, unknown> = { ...t };
						if (stripChange) delete copy['dailyChangeGiB'];
						return copy;
					});
					const r = parseWorkload({ ...input, tiers, prices });
					if (!r.ok) throw new Error(JSON.stringify(r.issues));
					const back = workloadFromSearchParams(new URLSearchParams(workloadToQuery(r.workload)));
					expect(back.notices).toEqual([]);
					expect(back.workload).toEqual(r.workload);
				},
			),
		);
	});

	it('fills what a hand-written link leaves out from a reference tier of the same kind', () => {
		const params = new URLSearchParams(
			'v=1&rto=60&rpo=5&t0.name=a&t0.kind=stateless&t0.vms=2&t1.name=b&t1.kind=stateless&t1.vms=1&t2.name=c&t2.kind=stateful&t2.svc=vm-plain&t2.vms=1',
		);
		const r = workloadFromSearchParams(params);
		expect(r.notices).toEqual([]);
		expect(r.isReference).toBe(false);
		expect(r.workload.tiers.map((t) => [t.name, t.kind, t.data])).toEqual([
			['a', 'stateless', 'none'],
			['b', 'stateless', 'none'],
			['c', 'stateful', 'vm-plain'],
		]);
	});

	it('says a tier beyond the twentieth is over the limit, not unknown', () => {
		const r = workloadFromSearchParams(new URLSearchParams('v=1&t20.name=extra'));
		expect(r.notices).toContain('Ignored “t20.name”: a workload has at most 20 tiers.');
	});

	it('writes links at v=2', () => {
		expect(workloadToQuery(referenceWorkload)).toMatch(/^v=2&/);
	});

	it('carries the named regions in a v=2 link and reads them back', () => {
		const input = {
			...referenceWorkloadInput,
			sourceRegion: 'westeurope',
			targetRegion: 'swedencentral',
		};
		const parsed = parseWorkload(input);
		if (!parsed.ok) throw new Error('invalid test workload');
		const query = workloadToQuery(parsed.workload);
		expect(new URLSearchParams(query).get('src')).toBe('westeurope');
		const r = workloadFromSearchParams(new URLSearchParams(query));
		expect(r.notices).toEqual([]);
		expect(r.workload).toEqual(parsed.workload);
		expect(r.workload.sourceRegion).toBe('westeurope');
		expect(r.workload.targetRegion).toBe('swedencentral');
	});

	it('reads a v=1 link with its old meaning: a field v=1 did not carry is ignored, with a notice', () => {
		const r = workloadFromSearchParams(new URLSearchParams('v=1&rto=60&src=westeurope'));
		expect(r.workload.rtoMinutes).toBe(60);
		expect(r.workload.sourceRegion).toBeUndefined();
		expect(r.notices.some((n) => n.includes('“src”') && n.includes('version 1'))).toBe(true);
	});

	it('drops an unknown region from a link, saying which names are near', () => {
		const r = workloadFromSearchParams(new URLSearchParams('v=2&src=westeuropa&rto=60'));
		expect(r.workload.sourceRegion).toBeUndefined();
		expect(r.workload.rtoMinutes).toBe(60);
		// Named as the link names it (src), not by the JSON path (sourceRegion).
		expect(
			r.notices.some(
				(n) => n.startsWith('Ignored src (Source region):') && n.includes('westeurope'),
			),
		).toBe(true);
	});

	it('reads text like the form does: on/1/0 boxes, empty optional numbers as none', () => {
		const read = (query: string) => workloadFromSearchParams(new URLSearchParams(query));
		const withBudget = read('v=1&budget=500&appc=on');
		expect(withBudget.workload.budgetUsd).toBe(500);
		expect(withBudget.workload.appConsistency).toBe(true);
		const empty = read('v=1&budget=&appc=0');
		expect(empty.notices).toEqual([]);
		expect(empty.workload.budgetUsd).toBeUndefined();
		expect(empty.workload.appConsistency).toBe(false);
		// The reference database tier has a daily change; an empty one in the link has none.
		expect(referenceWorkload.tiers[1]?.dailyChangeGiB).toBeDefined();
		const noChange = read('v=1&t1.chg=');
		expect(noChange.notices).toEqual([]);
		expect(noChange.workload.tiers[1]?.dailyChangeGiB).toBeUndefined();
		expect(read('v=1&appc=maybe').notices).toEqual([
			'Ignored appc (Data must be application-consistent): it must be on or off (1 or 0).',
		]);
		expect(read('v=1&rto=').notices).toEqual([
			`Ignored rto (RTO target): it is required: ${rangeText(RANGES.rtoMinutes)}.`,
		]);
	});

	it('ignores unknown and malformed parameters with plain-text notices', () => {
		const r = workloadFromSearchParams(
			new URLSearchParams([
				['v', '1'],
				['rto', 'abc'],
				['<img src=x onerror=alert(1)>', '1'],
				['t0.vms', '-5'],
				['t9.kind', 'robot'],
			]),
		);
		expect(r.workload.rtoMinutes).toBe(referenceWorkload.rtoMinutes);
		expect(r.workload.tiers[0]?.vmCount).toBe(referenceWorkload.tiers[0]?.vmCount);
		expect(r.notices).toContain(
			`Ignored rto (RTO target): it must be ${rangeText(RANGES.rtoMinutes)}; “abc” is not a number.`,
		);
		expect(
			r.notices.some((n) =>
				n.startsWith('Ignored unknown parameter “<img src=x onerror=alert(1)>”'),
			),
		).toBe(true);
		expect(r.notices.some((n) => n.startsWith('Ignored t0.vms (VMs, tier 1):'))).toBe(true);
	});

	it('names a field the same way whether the link’s text or the schema refused it (cost review C8)', () => {
		// t0.os is refused as text (not a choice), t0.size by the schema (tiers.0.vmSize): both are
		// named by the parameter in the link and the label the form gives it, never by a JSON path.
		const r = workloadFromSearchParams(
			new URLSearchParams(
				'v=2&t0.name=web&t0.kind=stateless&t0.os=win2022&t0.size=Standard_D4as_v7',
			),
		);
		const os = r.notices.find((n) => n.startsWith('Ignored t0.os '));
		const size = r.notices.find((n) => n.startsWith('Ignored t0.size '));
		expect(os).toMatch(/^Ignored t0\.os \(Operating system, tier 1 “web”\): it must be one of/);
		expect(size).toMatch(/^Ignored t0\.size \(VM size, tier 1 “web”\): it is not a VM size/);
		expect(r.notices.join(' ')).not.toMatch(/tiers\.\d/);
		expect(linkFieldName('tiers.3.vmSize')).toBe('t3.size (VM size, tier 4)');
		expect(linkFieldName('rpoMinutes')).toBe('rpo (RPO target)');
		expect(linkFieldName('no.such.path')).toBe('no.such.path');
	});

	it('lists at most a few notices for a link full of junk, and counts the rest', () => {
		const params = new URLSearchParams([['v', '1']]);
		for (let i = 0; i < 5000; i++) params.append(`junk${i}`, '1');
		params.append('rto', 'abc');
		const r = workloadFromSearchParams(params);
		expect(r.notices).toHaveLength(MAX_NOTICES);
		expect(r.notices[0]).toBe('Ignored unknown parameter “junk0”.');
		expect(r.notices[MAX_NOTICES - 1]).toBe(
			`Ignored ${5001 - (MAX_NOTICES - 1)} more parameters or values.`,
		);
		expect(r.workload.rtoMinutes).toBe(referenceWorkload.rtoMinutes);
	});

	it('falls back to the reference workload for another version', () => {
		const r = workloadFromSearchParams(new URLSearchParams('v=3&rto=5'));
		expect(r.isReference).toBe(true);
		expect(r.notices[0]).toMatch(/version/);
	});
});
