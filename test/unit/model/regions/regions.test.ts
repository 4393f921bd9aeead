import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getFact } from '~/model/index.ts';
import {
	CONTINENTS,
	editDistance,
	hasZones,
	latencyMs,
	latencyRegions,
	nearestNames,
	nearestRegion,
	nearestWhy,
	pairOf,
	regionByName,
	regions,
	targetCandidates,
	TRANSFER_FACT,
	transferKind,
	type Residency,
} from '~/model/regions/index.ts';

const names = regions.map((r) => r.name);
const regionName = fc.constantFrom(...names);

/** Pairs the pairs table gives in one direction only. */
const ONE_WAY = new Set([
	'brazilsouth',
	'brazilsoutheast',
	'westus3',
	'westindia',
	'indiasouthcentral',
]);

describe('the region table', () => {
	it('names every region once, in the form az account list-locations prints', () => {
		expect(new Set(names).size).toBe(names.length);
		for (const name of names) expect(name).toMatch(/^[a-z0-9]+$/);
		for (const recent of [
			'italynorth',
			'spaincentral',
			'mexicocentral',
			'newzealandnorth',
			'indonesiacentral',
			'malaysiawest',
			'chilecentral',
			'austriaeast',
			'belgiumcentral',
			'denmarkeast',
		]) {
			expect(regionByName(recent)?.pair, recent).toBeUndefined();
		}
	});

	it('has exactly the nonpaired regions the region-pairs fact counts', () => {
		const unpaired = regions.filter((r) => r.pair === undefined);
		expect(unpaired.length).toBe(getFact('regions.unpaired-count').value);
		const note = getFact('regions.unpaired-count').note ?? '';
		for (const r of unpaired) expect(note, r.displayName).toContain(r.displayName);
	});

	it('points every pair at a region in the table, never at itself', () => {
		fc.assert(
			fc.property(regionName, (name) => {
				const region = regionByName(name);
				if (region?.pair === undefined) return;
				expect(regionByName(region.pair)).toBeDefined();
				expect(region.pair).not.toBe(name);
			}),
		);
	});

	it('has symmetric pairs except the documented one-way ones', () => {
		fc.assert(
			fc.property(regionName, (name) => {
				const pair = pairOf(name);
				if (pair === undefined) return;
				if (ONE_WAY.has(name)) expect(pair.pair).not.toBe(name);
				else expect(pair.pair).toBe(name);
			}),
		);
	});

	it('keeps pairs inside one geography, except Brazil South', () => {
		for (const r of regions) {
			const pair = pairOf(r.name);
			if (pair === undefined || r.name === 'brazilsouth') continue;
			expect(pair.geography, r.name).toBe(r.geography);
		}
		expect(pairOf('brazilsouth')?.name).toBe('southcentralus');
	});

	it('uses only known continents', () => {
		for (const r of regions) expect(CONTINENTS).toContain(r.continent);
	});
});

describe('looking regions up', () => {
	it('finds regions by programmatic or display name, in any case', () => {
		expect(regionByName('westeurope')?.displayName).toBe('West Europe');
		expect(regionByName('West Europe')?.name).toBe('westeurope');
		expect(regionByName('EASTUS2')?.name).toBe('eastus2');
		expect(regionByName('atlantis')).toBeUndefined();
	});

	it('knows pairs and zones', () => {
		expect(pairOf('westeurope')?.name).toBe('northeurope');
		expect(pairOf('italynorth')).toBeUndefined();
		expect(hasZones('italynorth')).toBe(true);
		expect(hasZones('westus')).toBe(false);
		expect(hasZones('swedensouth')).toBeUndefined();
		expect(hasZones('atlantis')).toBeUndefined();
	});

	it('suggests real names, the closest first', () => {
		expect(nearestNames('westeurop')[0]).toBe('westeurope');
		expect(nearestNames('west-us-2')[0]).toBe('westus2');
		expect(nearestNames('Italy Nort')[0]).toBe('italynorth');
		fc.assert(
			fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 0, max: 8 }), (typed, count) => {
				const found = nearestNames(typed, count);
				expect(found.length).toBe(Math.min(count, names.length));
				for (const n of found) expect(names).toContain(n);
			}),
		);
	});

	it('returns a known name as its own nearest', () => {
		fc.assert(
			fc.property(regionName, (name) => {
				expect(nearestNames(name)[0]).toBe(name);
			}),
		);
	});

	it('measures edit distance as a metric', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		fc.assert(
			fc.property(fc.string(), fc.string(), (a, b) => {
				expect(editDistance(a, b)).toBe(editDistance(b, a));
				expect(editDistance(a, a)).toBe(0);
				expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
			}),
		);
	});
});

describe('the target for targetRegion any', () => {
	it('picks by published latency, not by name (issue 20)', () => {
		// The old rule sent Qatar Central to Israel Central and these four to Austria East.
		expect(nearestRegion('qatarcentral')?.region.name).toBe('uaenorth');
		expect(nearestRegion('spaincentral')?.region.name).toBe('francecentral');
		expect(nearestRegion('belgiumcentral')?.region.name).toBe('westeurope');
		expect(nearestRegion('italynorth')?.region.name).toBe('switzerlandnorth');
		// Poland Central's lowest-latency open neighbour happens to be Austria East (17 ms).
		expect(nearestRegion('polandcentral')).toMatchObject({
			region: { name: 'austriaeast' },
			latencyMs: 17,
		});
	});

	it('names the latency, the runner-up and a closer restricted region in its reason', () => {
		const why = nearestWhy('qatarcentral');
		expect(why).toContain('14 ms');
		expect(why).toContain('Runner-up: centralindia (42 ms)');
		expect(why).toContain('uaecentral (13 ms, restricted)');
	});

	it('picks the lowest-latency open allowed region, whatever the source', () => {
		fc.assert(
			fc.property(regionName, (name) => {
				const [first, ...rest] = targetCandidates(name);
				if (first === undefined) throw new Error('no target');
				for (const other of rest) {
					if (other.region.restricted && !first.region.restricted) continue;
					if (first.latencyMs !== undefined && other.latencyMs !== undefined)
						expect(first.latencyMs).toBeLessThanOrEqual(other.latencyMs);
				}
			}),
		);
	});

	it('falls back to geography, then continent, where the page lists no latency', () => {
		expect(latencyMs('chilecentral', 'brazilsouth')).toBeUndefined();
		expect(nearestRegion('westindia')).toMatchObject({
			region: { geography: 'India' },
			reason: 'same-geography',
		});
		expect(nearestRegion('chilecentral')?.region.continent).toBe('south-america');
	});

	it('keeps to the geography, the continent or the allowed list when asked', () => {
		expect(nearestRegion('westeurope', { residency: 'geography' })?.region.name).toBe(
			'northeurope',
		);
		expect(nearestRegion('southafricanorth')?.region.geography).not.toBe('South Africa');
		expect(nearestRegion('southafricanorth', { residency: 'geography' })?.region.name).toBe(
			'southafricawest',
		);
		// Only the restricted pair is left: the reason says so rather than "open to every subscription".
		const why = nearestWhy('southafricanorth', { residency: 'geography' });
		expect(why).toContain('by request only');
		expect(why).not.toContain('open to every subscription');
		expect(nearestWhy('southafricanorth')).toContain('open to every subscription');
		expect(
			nearestRegion('qatarcentral', { allowedTargetRegions: ['italynorth', 'swedencentral'] })
				?.region.name,
		).toBe('italynorth');
		expect(nearestRegion('italynorth', { residency: 'geography' })).toBeUndefined();
		fc.assert(
			fc.property(
				regionName,
				fc.constantFrom<Residency>('any', 'continent', 'geography'),
				fc.subarray(names, { maxLength: 5 }),
				(name, residency, allowed) => {
					const source = regionByName(name);
					if (source === undefined) throw new Error('known name');
					for (const c of targetCandidates(name, { residency, allowedTargetRegions: allowed })) {
						expect(c.region.name).not.toBe(name);
						if (allowed.length > 0) expect(allowed).toContain(c.region.name);
						if (residency === 'geography') expect(c.region.geography).toBe(source.geography);
						if (residency === 'continent') expect(c.region.continent).toBe(source.continent);
					}
				},
			),
		);
	});

	it('lists every other region once with no residency rule', () => {
		fc.assert(
			fc.property(regionName, (name) => {
				const candidates = targetCandidates(name).map((c) => c.region.name);
				expect(candidates).not.toContain(name);
				expect(new Set(candidates).size).toBe(names.length - 1);
			}),
		);
	});

	it('has no target for an unknown source', () => {
		expect(nearestRegion('atlantis')).toBeUndefined();
	});
});

describe('the latency table', () => {
	it('has a row for every listed region, with plausible figures', () => {
		expect(latencyRegions().length).toBeGreaterThanOrEqual(50);
		expect(latencyMs('qatarcentral', 'uaenorth')).toBe(14);
		expect(latencyMs('uaenorth', 'qatarcentral')).toBe(15);
		for (const a of latencyRegions())
			for (const b of latencyRegions()) {
				const ms = latencyMs(a, b);
				if (a === b) expect(ms).toBeUndefined();
				else {
					expect(ms, `${a} to ${b}`).toBeGreaterThan(0);
					expect(ms, `${a} to ${b}`).toBeLessThan(400);
				}
			}
	});
});

describe('transfer between regions', () => {
	it('tells the transfer kinds apart by continent', () => {
		expect(transferKind('westeurope', 'northeurope')).toBe('intra-continent');
		expect(transferKind('westeurope', 'eastus')).toBe('inter-continent');
		expect(transferKind('westeurope', 'westeurope')).toBe('same-region');
		expect(transferKind('westeurope', 'atlantis')).toBeUndefined();
	});

	it('is symmetric and prices each inter-region kind with an existing fact', () => {
		fc.assert(
			fc.property(regionName, regionName, (a, b) => {
				const kind = transferKind(a, b);
				expect(kind).toBe(transferKind(b, a));
				if (kind === undefined) throw new Error('known names');
				const id = TRANSFER_FACT[kind];
				if (kind === 'same-region') expect(id).toBeUndefined();
				else expect(getFact(id ?? '').id).toBe(id);
			}),
		);
	});
});
