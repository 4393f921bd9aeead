/**
 * Ultra Disk and Premium SSD v2 in the Terraform: the disks attach only to a VM in their own
 * availability zone (and Ultra Disks only to a VM with Ultra Disk compatibility), so the disks,
 * the VMs, the scale set and the capacity reservation all take the tier's zone variable; a
 * reservation cannot hold Ultra Disk VMs; a secondary region without zones gets regional
 * Terraform and a trap that says so.
 */
import { describe, expect, it } from 'vitest';
import { candidatesFor, evaluateCandidate, recommend, type Workload } from '~/model/index.ts';
import { AZURERM_VERSION, terraformForPlan } from '~/model/engine/terraform.ts';
import type { TerraformOptions } from '~/model/engine/terraformForPlan.ts';
import type { DiskType } from '~/model/schema/diskTypes.ts';
import { valid } from './arbitraries.ts';
import {
	first,
	loadHclParserFirst,
	planWith,
	resourceBlock,
	resourcesOfType,
} from './terraformHelpers.ts';
import {
	checkAgainstSnapshot,
	loadSnapshot,
	parseHcl,
	unresolvedReferences,
	type HclJson,
} from './terraformSnapshot.ts';

const schema = loadSnapshot(AZURERM_VERSION);
loadHclParserFirst();

const CHOICE = { web: 'scale-set-rebuild/warm', db: 'app-replication/full' };
const RESERVE: TerraformOptions = { reserveCapacityFor: ['web', 'db'] };

/** A scale set tier and a replicated tier, each with data disks of `type`. */
function workload(type: DiskType, extra: Record<string, unknown> = {}): Workload {
	return valid({
		tiers: [
			{ name: 'web', kind: 'stateless', vmCount: 2, diskType: type, dataDiskSizesGiB: [256] },
			{
				name: 'db',
				kind: 'stateful',
				data: 'vm-replication',
				vmCount: 2,
				dailyChangeGiB: 1,
				diskType: type,
				dataDiskSizesGiB: [512, 1024],
			},
		],
		rtoMinutes: 60,
		rpoMinutes: 15,
		configAsCode: true,
		...extra,
	});
}

async function written(w: Workload, options: TerraformOptions = RESERVE) {
	const r = terraformForPlan(planWith(w, CHOICE), options);
	if (!r.ok) throw new Error(r.message);
	const json = await parseHcl(r.hcl);
	expect(checkAgainstSnapshot(json, schema)).toEqual([]);
	expect(unresolvedReferences(json)).toEqual([]);
	expect(r.ruleViolations).toEqual([]);
	return { r, json };
}

const variables = (json: HclJson) =>
	(json['variable'] ?? {}) as Record<string, Record<string, unknown>[]>;
const set = (json: HclJson) =>
	resourceBlock(json, 'azurerm_orchestrated_virtual_machine_scale_set', 'web');
const replica = (json: HclJson) =>
	resourceBlock(json, 'azurerm_linux_virtual_machine', 'db_replica');
const disks = (json: HclJson) => resourceBlock(json, 'azurerm_managed_disk', 'db_replica_data');
const ultraEnabled = (body: Record<string, unknown>) =>
	body['additional_capabilities'] === undefined
		? undefined
		: first(body['additional_capabilities'])['ultra_ssd_enabled'];

describe('Ultra Disk and Premium SSD v2 tie the VMs to the tier’s zone', () => {
	for (const type of ['ultra', 'premium-ssd-v2'] as const) {
		it(`${type}: the disks, the replica VMs and the scale set all take the tier’s zone variable`, async () => {
			const { json } = await written(workload(type));
			expect(replica(json)['zone']).toBe('${var.db_zone}');
			expect(disks(json)['zone']).toBe('${var.db_zone}');
			expect(set(json)['zones']).toEqual(['${var.web_zone}']);
			// One variable a tier, validated to the three zone names, described in words.
			for (const tier of ['web', 'db']) {
				const v = variables(json)[`${tier}_zone`]?.[0];
				expect(v?.['type']).toBe('${string}');
				expect(String(v?.['description'])).toMatch(/availability zone/i);
				expect(first(v?.['validation'])['condition']).toBe(
					`\${contains(["1", "2", "3"], var.${tier}_zone)}`,
				);
			}
		});
	}

	it('Ultra Disk compatibility is on for Ultra Disks only', async () => {
		const ultra = (await written(workload('ultra'))).json;
		expect(ultraEnabled(replica(ultra))).toBe(true);
		expect(ultraEnabled(set(ultra))).toBe(true);
		const v2 = (await written(workload('premium-ssd-v2'))).json;
		expect(ultraEnabled(replica(v2))).toBeUndefined();
		expect(ultraEnabled(set(v2))).toBeUndefined();
	});

	it('Premium SSD v2: the reservation group lists the zone and the reservation is in it', async () => {
		const { json } = await written(workload('premium-ssd-v2'));
		for (const tier of ['web', 'db']) {
			const group = resourceBlock(json, 'azurerm_capacity_reservation_group', tier);
			expect(group['zones']).toEqual([`\${var.${tier}_zone}`]);
			expect(resourceBlock(json, 'azurerm_capacity_reservation', tier)['zone']).toBe(
				`\${var.${tier}_zone}`,
			);
		}
		expect(replica(json)['capacity_reservation_group_id']).toBe(
			'${azurerm_capacity_reservation_group.db.id}',
		);
		expect(String(replica(json)['depends_on'])).toContain('azurerm_capacity_reservation.db');
	});

	it('Ultra Disk: no reservation, which cannot hold its VMs, and the file says why', async () => {
		const { json, r } = await written(workload('ultra'));
		expect(resourcesOfType(json, 'azurerm_capacity_reservation_group')).toEqual([]);
		expect(resourcesOfType(json, 'azurerm_capacity_reservation')).toEqual([]);
		expect(replica(json)).not.toHaveProperty('capacity_reservation_group_id');
		expect(replica(json)).not.toHaveProperty('depends_on');
		expect(set(json)).not.toHaveProperty('capacity_reservation_group_id');
		expect(r.hcl).toContain(
			'# No capacity reservation for tier "db": capacity reservations do not support VMs with Ultra Disks',
		);
		expect(r.hcl).not.toMatch(/add zone and additional_capabilities/);
	});

	it('other disk types: no zone, no zone variable, no Ultra Disk compatibility, a regional reservation', async () => {
		for (const type of ['standard-hdd', 'standard-ssd', 'premium-ssd'] as const) {
			const { json, r } = await written(workload(type));
			expect(Object.keys(variables(json)).filter((v) => v.endsWith('_zone'))).toEqual([]);
			expect(r.hcl).not.toMatch(/\bzones?\s+=/);
			expect(r.hcl).not.toMatch(/additional_capabilities/);
			expect(resourceBlock(json, 'azurerm_capacity_reservation', 'db')).not.toHaveProperty('zone');
		}
	});

	it('a VM whose one disk holds its data has no Ultra Disk, so no zone', () => {
		const w = valid({
			tiers: [{ name: 'web', kind: 'stateless', vmCount: 2, diskType: 'ultra', disksPerVm: 1 }],
			rtoMinutes: 60,
			rpoMinutes: 15,
			configAsCode: true,
		});
		const r = terraformForPlan(planWith(w, { web: 'scale-set-rebuild/warm' }), RESERVE);
		if (!r.ok) throw new Error(r.message);
		expect(r.hcl).not.toMatch(/\bzones?\s+=|ultra_ssd_enabled|UltraSSD_LRS/);
	});

	it('a replica disk type of its own decides the replicas’ zone, not the tier’s disk type', async () => {
		const w = workload('premium-ssd');
		const tiers = w.tiers.map((t) =>
			t.name === 'db' ? { ...t, replicaDiskType: 'premium-ssd-v2' as const } : t,
		);
		const { json } = await written({ ...w, tiers });
		expect(replica(json)['zone']).toBe('${var.db_zone}');
		expect(set(json)).not.toHaveProperty('zones');
	});
});

describe('no pattern reserves capacity for VMs with Ultra Disks', () => {
	/** The Terraform with the db tier on option `c`, its reservation asked for. */
	async function withOption(type: DiskType, c: ReturnType<typeof candidatesFor>[number]) {
		const w = workload(type);
		const db = w.tiers.find((t) => t.name === 'db');
		const plan = planWith(w, { web: CHOICE.web });
		const tp = plan.tiers.find((t) => t.tier === 'db');
		if (db === undefined || tp === undefined) throw new Error('no db tier');
		tp.recommended = evaluateCandidate(w, db, c);
		const r = terraformForPlan(plan, { reserveCapacityFor: ['db'] });
		if (!r.ok) return undefined;
		const json = await parseHcl(r.hcl);
		expect(checkAgainstSnapshot(json, schema)).toEqual([]);
		expect(unresolvedReferences(json)).toEqual([]);
		const reserved = r.resources.some(
			(x) => x.type === 'azurerm_capacity_reservation' && x.tier === 'db',
		);
		return { hcl: r.hcl, reserved };
	}

	it('every option that reserves for Premium SSD leaves the reservation out for Ultra Disks, and says why', async () => {
		const db = workload('ultra').tiers.find((t) => t.name === 'db');
		if (db === undefined) throw new Error('no db tier');
		const reserving: string[] = [];
		for (const c of candidatesFor(db).filter((x) => x.reserveCapacity !== true)) {
			if ((await withOption('premium-ssd', c))?.reserved !== true) continue;
			reserving.push(c.patternId);
			const ultra = await withOption('ultra', c);
			expect(ultra?.reserved, c.patternId).toBe(false);
			expect(ultra?.hcl).toContain('# No capacity reservation for tier "db"');
			expect(ultra?.hcl).not.toMatch(/reservation group below|into the reservation group/);
		}
		// Site Recovery, Azure Backup and application replication among them: the test can tell.
		expect(reserving.length).toBeGreaterThan(2);
	});
});

describe('a secondary region without availability zones', () => {
	// East US's pair, West US, has no zones in the region table.
	const zoneless = { sourceRegion: 'eastus', targetRegion: 'pair' };

	it('gets regional disks and VMs (Ultra Disk compatibility kept), and a trap naming the type and region', async () => {
		for (const type of ['ultra', 'premium-ssd-v2'] as const) {
			const w = workload(type, zoneless);
			const { json, r } = await written(w);
			expect(Object.keys(variables(json)).filter((v) => v.endsWith('_zone'))).toEqual([]);
			expect(r.hcl).not.toMatch(/\bzones?\s+=/);
			expect(ultraEnabled(replica(json))).toBe(type === 'ultra' ? true : undefined);
			const traps = recommend(w).traps.filter((t) => t.id.startsWith('regional-disks-'));
			expect(traps.map((t) => t.tier).sort()).toEqual(['db', 'web']);
			for (const trap of traps) {
				expect(trap.text).toContain('westus');
				expect(trap.text).toContain(type === 'ultra' ? 'Ultra Disk' : 'Premium SSD v2');
			}
		}
	});

	it('no trap for a region with zones, nor for other disk types', () => {
		const traps = (w: Workload) =>
			recommend(w).traps.filter((t) => t.id.startsWith('regional-disks-'));
		expect(traps(workload('ultra', { sourceRegion: 'eastus2', targetRegion: 'pair' }))).toEqual([]);
		expect(traps(workload('premium-ssd', zoneless))).toEqual([]);
	});
});

describe('a capacity reservation for VMs created at failover with Ultra Disks', () => {
	const reservationOptions = (type: DiskType) => {
		const w = workload(type);
		const tier = w.tiers.find((t) => t.name === 'web');
		if (tier === undefined) throw new Error('no web tier');
		return candidatesFor(tier)
			.filter((c) => c.reserveCapacity === true)
			.map((c) => evaluateCandidate(w, tier, c));
	};

	it('is ruled out as not supported, citing the fact', () => {
		const options = reservationOptions('ultra');
		expect(options.length).toBeGreaterThan(0);
		for (const e of options) {
			const r = e.rejections.find((x) => x.factIds?.includes('capacity.reservation-limits'));
			expect(r?.kind).toBe('not-supported');
			expect(e.viable).toBe(false);
		}
	});

	it('stays available for Premium SSD v2, whose zonal reservation holds the VMs', () => {
		for (const e of reservationOptions('premium-ssd-v2'))
			expect(e.rejections.some((x) => x.factIds?.includes('capacity.reservation-limits'))).toBe(
				false,
			);
	});
});
