import { describe, expect, it } from 'vitest';
import {
	facts,
	UNDATED,
	factRefsIn,
	renderFactText,
	factsWithPrevious,
	getFact,
	patterns,
	UnknownFactError,
	type Pattern,
} from '~/model/index.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function patternTexts(p: Pattern): string[] {
	return [
		p.summary,
		p.consistency.note,
		p.then.text,
		p.now,
		...p.protects.map((x) => x.note),
		...(p.variants ?? []).flatMap((v) => (v.protects ?? []).map((x) => x.note)),
		...p.prerequisites,
		...p.useWhen,
		...p.avoidWhen,
		...p.drills,
		...p.caveats.map((c) => c.text),
		...[...p.failover, ...p.failback].flatMap((s) => [s.title, s.detail]),
		...p.diagram.nodes.map((n) => n.label),
		...p.diagram.edges.map((e) => e.label),
	];
}

describe('facts', () => {
	it('have unique ids', () => {
		expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
	});

	it.each(facts.map((f) => [f.id, f] as const))('%s is sourced, dated and explained', (_id, f) => {
		expect(f.label.length).toBeGreaterThan(3);
		expect(f.note.length).toBeGreaterThan(10);
		expect(f.sources.length).toBeGreaterThan(0);
		for (const s of f.sources) expect(s.url).toMatch(/^https:\/\//);
		// A real date of the source, or "undated": never a made-up first of January.
		if (f.asOf !== UNDATED) {
			expect(f.asOf).toMatch(ISO);
			// The one source whose own ms.date is a first of January (read on 2026-12-07).
			const genuine =
				f.asOf === '2026-01-01' &&
				f.sources.some((s) => s.url.endsWith('/site-recovery/azure-to-azure-support-matrix'));
			if (!genuine) expect(f.asOf).not.toMatch(/-01-01$/);
		}
		expect(f.checked).toMatch(ISO);
		if (f.range !== undefined) {
			expect(typeof f.value).toBe('number');
			expect(f.range.low).toBeLessThanOrEqual(f.value as number);
			expect(f.range.high).toBeGreaterThanOrEqual(f.value as number);
		}
		if (f.previous !== undefined) {
			expect(f.previous.era).not.toBe('');
			expect(f.previous.changed.length).toBeGreaterThan(10);
		}
		if (f.status === 'conflict') expect(f.conflict?.length ?? 0).toBeGreaterThan(0);
	});

	it('records both sides of the Site Recovery RTO SLA conflict', () => {
		const sla = getFact('asr.rto-sla');
		expect(sla.status).toBe('conflict');
		expect([sla.value, ...(sla.conflict ?? []).map((c) => c.value)].sort()).toEqual([1, 2]);
	});

	it('names the nearest id and the folder when an id is unknown', () => {
		expect(() => getFact('asr.crash-point-intervl')).toThrow(UnknownFactError);
		expect(() => getFact('asr.crash-point-intervl')).toThrow(
			/asr\.crash-point-interval.*src\/model\/facts\//,
		);
	});

	it('lists exactly the facts with an old value as what changed', () => {
		expect(
			factsWithPrevious()
				.map((f) => f.id)
				.sort(),
		).toEqual(
			facts
				.filter((f) => f.previous !== undefined)
				.map((f) => f.id)
				.sort(),
		);
		expect(factsWithPrevious().length).toBeGreaterThanOrEqual(10);
	});
});

describe('patterns cite only facts that exist', () => {
	it.each(patterns.map((p) => [p.id, p] as const))('%s', (_id, p) => {
		const refs = [...patternTexts(p).flatMap(factRefsIn), ...p.factIds];
		expect(refs.length).toBeGreaterThan(0);
		for (const id of refs) expect(() => getFact(id)).not.toThrow();
	});

	it('cover every pattern the seed names, each with steps, caveats and sources', () => {
		const ids = patterns.map((p) => p.id);
		for (const id of [
			'grs-vm-disks',
			'azure-backup',
			'site-recovery-2016',
			'scale-set-rebuild',
			'disk-copy',
			'captured-image',
			'disk-copy-interval',
			'app-backup-shipping',
			'app-replication',
			'site-recovery-a2a',
			'paas-sql-geo',
			'dns-failover',
		]) {
			expect(ids).toContain(id);
		}
		for (const p of patterns) {
			expect(p.failover.length).toBeGreaterThan(0);
			expect(p.failback.length).toBeGreaterThan(0);
			expect(p.caveats.length).toBeGreaterThan(0);
			expect(p.drills.length).toBeGreaterThan(0);
			expect(p.protects.map((x) => x.threat).sort()).toEqual([
				'corruption',
				'deletion',
				'region-outage',
				'zone-outage',
			]);
		}
	});

	it('keeps the seed’s five GRS caveats and today’s additions', () => {
		const text = getPatternText('grs-vm-disks');
		for (const phrase of [
			/RA-GRS/,
			/read-only/,
			/lag/,
			/independently|on its own/,
			/pair/,
			/retired|unmanaged/,
		])
			expect(text).toMatch(phrase);
	});
});

function getPatternText(id: string): string {
	const p = patterns.find((x) => x.id === id);
	return p === undefined ? '' : patternTexts(p).join(' ');
}

describe('a renamed fact', () => {
	it('is found by its new id and by its former one, in text too', () => {
		const grace = getFact('sql.managed-failover-grace-period');
		expect(grace.label).toContain('not an RTO');
		expect(getFact('sql.auto-failover-rto')).toBe(grace);
		expect(renderFactText('at least {fact:sql.auto-failover-rto}')).toBe(
			renderFactText('at least {fact:sql.managed-failover-grace-period}'),
		);
	});

	it('keeps each former id unique and apart from every current id', () => {
		const current = new Set(facts.map((f) => f.id));
		const former = facts.flatMap((f) => f.formerIds ?? []);
		expect(former.filter((id) => current.has(id))).toEqual([]);
		expect(new Set(former).size).toBe(former.length);
	});
});
