/**
 * Named regions in the workload and the plan: field errors that suggest real names, pair-only
 * options judged on the actual regions, and transfer priced by the two regions' continents.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkload, recommend, type Plan, type WorkloadInput } from '~/model/index.ts';
import { nearestRegion, regions } from '~/model/regions/index.ts';
import { workloadArb } from '../arbitraries.ts';

const base: WorkloadInput = {
	name: 'Regions test',
	tiers: [{ name: 'db', kind: 'stateful', data: 'vm-backup', vmCount: 2, dataGiB: 256 }],
	rtoMinutes: 24 * 60,
	rpoMinutes: 24 * 60,
};

function plan(extra: Partial<WorkloadInput> & Record<string, unknown>): Plan {
	const r = parseWorkload({ ...base, ...extra });
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return recommend(r.workload);
}

function issues(extra: Record<string, unknown>) {
	const r = parseWorkload({ ...base, ...extra });
	return r.ok ? [] : r.issues;
}

const evaluations = (p: Plan) =>
	p.tiers.flatMap((t) => [t.recommended, ...t.alternatives, ...t.rejected, ...t.nearest]);
const rejectionsOf = (p: Plan, patternId: string) =>
	evaluations(p)
		.filter((e) => e.patternId === patternId)
		.flatMap((e) => e.rejections.filter((r) => r.kind === 'region').map((r) => r.reason))
		// An option and its capacity-reservation twin carry the same rejection: list it once.
		.filter((reason, i, all) => all.indexOf(reason) === i);

describe('region fields', () => {
	it('reject an unknown source region, naming the nearest real names', () => {
		expect(issues({ sourceRegion: 'westeuropa' })).toEqual([
			{
				field: 'sourceRegion',
				message:
					'must be an Azure region name such as westeurope; did you mean westeurope, northeurope, westindia?',
			},
		]);
	});

	it('reject an unknown target region, saying pair and any are accepted too', () => {
		const [issue] = issues({ targetRegion: 'italy-nort' });
		expect(issue?.field).toBe('targetRegion');
		expect(issue?.message).toMatch(
			/^must be an Azure region name such as westeurope, pair or any; did you mean italynorth/,
		);
	});

	it('accept display names in any case and store the programmatic name', () => {
		const p = plan({ sourceRegion: 'West Europe', targetRegion: 'SWEDEN CENTRAL' });
		expect(p.workload.sourceRegion).toBe('westeurope');
		expect(p.workload.targetRegion).toBe('swedencentral');
	});

	it('make pair a field error for a source region without a pair, naming it', () => {
		expect(issues({ sourceRegion: 'italynorth', targetRegion: 'pair' })).toEqual([
			{ field: 'targetRegion', message: 'must be any or a region name: italynorth has no pair' },
		]);
	});

	it('refuse a target that is the source region itself', () => {
		expect(issues({ sourceRegion: 'westeurope', targetRegion: 'westeurope' })[0]?.field).toBe(
			'targetRegion',
		);
	});

	it('derive sourceHasPair from the named region, which wins over the flag', () => {
		expect(plan({ sourceRegion: 'westeurope', sourceHasPair: false }).workload.sourceHasPair).toBe(
			true,
		);
		expect(plan({ sourceRegion: 'italynorth', sourceHasPair: true }).workload.sourceHasPair).toBe(
			false,
		);
	});

	it('keep the old rule for workloads that only say sourceHasPair', () => {
		expect(issues({ sourceHasPair: false, targetRegion: 'pair' })).toEqual([
			{ field: 'targetRegion', message: 'must be any when the source region has no pair' },
		]);
	});
});

describe('the plan’s regions', () => {
	it('are absent without a source region', () => {
		expect(plan({}).regions).toBeUndefined();
	});

	it('name the pair for pair, the nearest region for any, and the region given', () => {
		expect(plan({ sourceRegion: 'westeurope', targetRegion: 'pair' }).regions).toMatchObject({
			source: 'westeurope',
			target: 'northeurope',
			how: 'pair',
		});
		const any = plan({ sourceRegion: 'italynorth' }).regions;
		expect(any?.target).toBe(nearestRegion('italynorth')?.region.name);
		expect(any?.how).toBe('nearest');
		expect(any?.text).toContain(`to ${any?.target ?? '?'}`);
		expect(plan({ sourceRegion: 'westeurope', targetRegion: 'eastus' }).regions).toMatchObject({
			target: 'eastus',
			how: 'given',
			transfer: 'inter-continent',
		});
	});
});

describe('residency (issue 20)', () => {
	it('says whether the target stays in the geography, and traps a target that leaves it', () => {
		const pair = plan({ sourceRegion: 'westeurope', targetRegion: 'pair' });
		expect(pair.regions?.sameGeography).toBe(true);
		expect(pair.regions?.text).toContain('it stays in the Europe geography');
		expect(pair.traps.map((t) => t.id)).not.toContain('residency');
		const away = plan({ sourceRegion: 'westeurope', targetRegion: 'eastus' });
		expect(away.regions?.sameGeography).toBe(false);
		expect(away.regions?.text).toContain('it leaves the Europe geography for United States');
		const trap = away.traps.find((t) => t.id === 'residency');
		expect(trap?.text).toContain('eastus');
		expect(trap?.text).toContain('data-residency boundary');
	});

	it('traps a restricted target (the pair or a region named), never an open one', () => {
		// Germany North, the pair of Germany West Central, is restricted in the regions list.
		const pair = plan({ sourceRegion: 'germanywestcentral', targetRegion: 'pair' });
		expect(pair.regions?.target).toBe('germanynorth');
		expect(pair.regions?.text).toContain('access restricted');
		const trap = pair.traps.find((t) => t.id === 'restricted-target');
		expect(trap?.text).toContain('germanynorth');
		expect(trap?.factIds).toEqual(['regions.restricted-access']);
		const named = plan({ sourceRegion: 'switzerlandnorth', targetRegion: 'switzerlandwest' });
		expect(named.traps.map((t) => t.id)).toContain('restricted-target');
		for (const open of [
			plan({ sourceRegion: 'westeurope', targetRegion: 'pair' }),
			plan({ sourceRegion: 'germanywestcentral', targetRegion: 'any' }),
		]) {
			expect(open.traps.map((t) => t.id)).not.toContain('restricted-target');
			expect(open.regions?.text).not.toContain('restricted');
		}
	});

	it('explains the pick for any with its latency and runner-up', () => {
		const qatar = plan({ sourceRegion: 'qatarcentral' }).regions;
		expect(qatar).toMatchObject({ target: 'uaenorth', how: 'nearest', latencyMs: 14 });
		expect(qatar?.why).toContain('Runner-up: centralindia');
		expect(qatar?.text).toContain(qatar?.why ?? '?');
	});

	it('limits any to the residency rule and the allowed list', () => {
		expect(plan({ sourceRegion: 'westeurope', residency: 'geography' }).regions?.target).toBe(
			'northeurope',
		);
		expect(
			plan({ sourceRegion: 'westeurope', allowedTargetRegions: ['Sweden Central', 'uksouth'] })
				.regions?.target,
		).toBe('uksouth');
	});

	it('rejects a named target outside the allowed set, naming both', () => {
		const [issue] = issues({
			sourceRegion: 'westeurope',
			targetRegion: 'eastus',
			allowedTargetRegions: ['northeurope', 'francecentral'],
		});
		expect(issue?.field).toBe('targetRegion');
		expect(issue?.message).toContain('eastus');
		expect(issue?.message).toContain('allowedTargetRegions (northeurope, francecentral)');
		const [geo] = issues({
			sourceRegion: 'brazilsouth',
			targetRegion: 'pair',
			residency: 'geography',
		});
		expect(geo?.message).toContain("the source's geography (Brazil)");
		expect(geo?.message).toContain('southcentralus (the pair)');
	});

	it('rejects a rule that allows nothing, and bad values, naming the field', () => {
		expect(issues({ sourceRegion: 'italynorth', residency: 'geography' })).toEqual([
			{
				field: 'allowedTargetRegions',
				message:
					"must allow at least one region other than italynorth within the source's geography (Italy)",
			},
		]);
		expect(issues({ residency: 'country' })).toEqual([
			{ field: 'residency', message: 'must be one of: any, continent, geography' },
		]);
		expect(issues({ allowedTargetRegions: ['atlantis'] })[0]?.field).toBe('allowedTargetRegions.0');
	});

	it('keeps old workloads planning as before apart from the target any picks', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const r = parseWorkload(input);
				if (!r.ok) return;
				expect(r.workload.residency).toBe('any');
				expect(r.workload.allowedTargetRegions).toBeUndefined();
			}),
			{ numRuns: 30 },
		);
	});
});

describe('pair-only options, judged on the actual regions', () => {
	it('are rejected when the target named is not the pair, naming both regions', () => {
		const p = plan({ sourceRegion: 'westeurope', targetRegion: 'italynorth' });
		expect(rejectionsOf(p, 'azure-backup')).toContain(
			"Azure Backup with Cross Region Restore restores only to westeurope's pair, northeurope; your target is italynorth.",
		);
		expect(rejectionsOf(p, 'grs-vm-disks')).toContain(
			"GRS fails over only to westeurope's pair, northeurope; your target is italynorth.",
		);
	});

	it('are rejected for a source region without a pair, naming it', () => {
		const p = plan({ sourceRegion: 'italynorth' });
		expect(rejectionsOf(p, 'azure-backup')).toEqual([
			'Azure Backup with Cross Region Restore restores only to the paired region, and italynorth has no pair.',
		]);
	});

	it('are not rejected for the pair, or for any region when a pair exists', () => {
		expect(
			rejectionsOf(plan({ sourceRegion: 'westeurope', targetRegion: 'pair' }), 'azure-backup'),
		).toEqual([]);
		expect(
			rejectionsOf(
				plan({ sourceRegion: 'westeurope', targetRegion: 'northeurope' }),
				'azure-backup',
			),
		).toEqual([]);
		expect(rejectionsOf(plan({ sourceRegion: 'westeurope' }), 'azure-backup')).toEqual([]);
	});
});

describe('transfer between named regions', () => {
	const europe = regions
		.filter((r) => r.continent === 'europe' && !r.restricted)
		.map((r) => r.name);
	const elsewhere = regions
		.filter((r) => r.continent !== 'europe' && !r.restricted)
		.map((r) => r.name);

	it('is priced by the continents, the formula naming the kind', () => {
		const far = plan({ sourceRegion: 'westeurope', targetRegion: 'eastus' });
		const lines = evaluations(far).flatMap((e) =>
			e.cost.lines.filter((l) => l.kind === 'transfer'),
		);
		expect(lines.length).toBeGreaterThan(0);
		for (const l of lines) {
			if (l.monthlyUsd === 0) continue;
			expect(l.factIds).toContain('network.intercontinental-price');
			expect(l.formula).toContain('(inter-continent transfer)');
		}
	});

	it('between continents never costs less than within one, for the same workload', () => {
		let runs = 0;
		fc.assert(
			fc.property(
				workloadArb,
				fc.constantFrom(...europe),
				fc.constantFrom(...europe),
				fc.constantFrom(...elsewhere),
				(input, source, near, far) => {
					fc.pre(source !== near);
					const w: Record<string, unknown> = { ...input };
					delete w['budgetUsd'];
					const intra = plan({ ...w, sourceRegion: source, targetRegion: near });
					const inter = plan({ ...w, sourceRegion: source, targetRegion: far });
					expect(intra.regions?.transfer).toBe('intra-continent');
					expect(inter.regions?.transfer).toBe('inter-continent');
					const intraByKey = new Map(
						evaluations(intra).map((e) => [`${e.tier}/${e.key}`, e.cost.monthlyUsd]),
					);
					for (const e of evaluations(inter)) {
						const cheaper = intraByKey.get(`${e.tier}/${e.key}`);
						if (cheaper !== undefined) expect(e.cost.monthlyUsd).toBeGreaterThanOrEqual(cheaper);
					}
					// Fewer or dearer options can only make the plan dearer (targets do not depend on the region).
					expect(inter.cost.monthlyUsd).toBeGreaterThanOrEqual(intra.cost.monthlyUsd);
					runs++;
				},
			),
			{ numRuns: 25, seed: 20_261_130 },
		);
		expect(runs).toBeGreaterThan(20);
	}, 60_000);
});
