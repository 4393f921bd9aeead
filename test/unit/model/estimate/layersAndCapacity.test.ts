/**
 * The corruption layer (Azure Backup with soft delete and an immutable vault) added to options
 * that leave corruption open, the capacity-reservation options, and Backup's protected-instance
 * fee by size band.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	backupInstanceFee,
	candidatesFor,
	CORRUPTION_LAYER_NAME,
	evaluateCandidate,
	factNumber,
	getPattern,
	hourlyPrice,
	recommend,
	resolvePrices,
	type Workload,
} from '~/model/index.ts';
import { tierScope } from '~/model/engine/estimateTier.ts';
import { protectionFor } from '~/model/patterns/pattern.ts';
import { ownCopiesOf } from '~/model/patterns/index.ts';
import { terraformForPlan } from '~/model/engine/terraformForPlan.ts';
import { valid, workloadArb, referenceWith } from '../arbitraries.ts';

const database = (w: Workload) => {
	const tier = w.tiers.find((t) => t.name === 'database');
	if (tier === undefined) throw new Error('reference workload has no database tier');
	return tier;
};

describe('the corruption layer', () => {
	it('is added to Site Recovery when the workload asks for corruption protection, with its cost', () => {
		const on = referenceWith({ corruptionProtection: true });
		const off = referenceWith({ corruptionProtection: false });
		const withLayer = evaluateCandidate(on, database(on), { patternId: 'site-recovery-a2a' });
		const without = evaluateCandidate(off, database(off), { patternId: 'site-recovery-a2a' });
		expect(withLayer.layers).toHaveLength(1);
		expect(withLayer.layers[0]?.purpose).toBe('corruption');
		expect(withLayer.layers[0]?.patternId).toBe('azure-backup');
		expect(withLayer.name).toContain('corruption layer');
		const layerUsd = withLayer.layers[0]?.lines.reduce((s, l) => s + l.monthlyUsd, 0) ?? 0;
		expect(layerUsd).toBeGreaterThan(0);
		expect(withLayer.cost.monthlyUsd).toBeCloseTo(without.cost.monthlyUsd + layerUsd, 1);
		expect(without.layers).toHaveLength(0);
		// The layer adds cost, never time: the RTO and RPO stay the pattern's.
		expect(withLayer.rto.total).toEqual(without.rto.total);
		expect(withLayer.rpo.minutes).toEqual(without.rpo.minutes);
	});

	it('is not added where the pattern already covers corruption', () => {
		const w = referenceWith({ corruptionProtection: true });
		const backup = evaluateCandidate(w, database(w), { patternId: 'azure-backup' });
		expect(protectionFor(getPattern('azure-backup'), 'corruption').level).toBe('yes');
		expect(backup.layers).toHaveLength(0);
	});

	it('replaces the "keep backups too" trap by one naming the layer', () => {
		const w = referenceWith({ corruptionProtection: true, rpoMinutes: 15, rtoMinutes: 120 });
		const plan = recommend(w);
		const db = plan.tiers.find((t) => t.tier === 'database')?.recommended;
		expect(db?.layers.length).toBe(1);
		const texts = plan.traps.filter((t) => t.tier === 'database').map((t) => t.text);
		expect(texts.some((t) => t.includes(CORRUPTION_LAYER_NAME))).toBe(true);
		expect(texts.some((t) => t.includes('Keep backups too'))).toBe(false);
	});

	it('never has a negative cost, and is present whenever the workload asks and the pattern falls short', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const w = valid(input);
				for (const tier of w.tiers) {
					for (const c of candidatesFor(tier)) {
						const e = evaluateCandidate(w, tier, c);
						const open = protectionFor(getPattern(c.patternId), 'corruption').level !== 'yes';
						// Own copies that cannot be locked fall short when an immutable copy is asked for.
						const unlockable =
							(w.protection?.immutability ?? 'locked') !== 'none' &&
							ownCopiesOf(c.patternId)?.immutable === false;
						const expected = w.corruptionProtection && (open || unlockable) && tier.data !== 'paas';
						expect(e.layers.length, e.key).toBe(expected ? 1 : 0);
						for (const l of e.layers.flatMap((x) => x.lines)) {
							expect(l.monthlyUsd, l.label).toBeGreaterThanOrEqual(0);
						}
					}
				}
			}),
			{ numRuns: 40 },
		);
	}, 120_000);

	it('a plan with corruption protection never recommends a replication-only option without a layer', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const w = { ...valid(input), corruptionProtection: true };
				for (const t of recommend(w).tiers) {
					if (t.data === 'paas') continue;
					const open =
						protectionFor(getPattern(t.recommended.patternId), 'corruption').level !== 'yes';
					if (open) expect(t.recommended.layers.map((l) => l.purpose)).toContain('corruption');
				}
			}),
			{ numRuns: 40 },
		);
	}, 120_000);
});

describe('capacity reservations', () => {
	it('are offered beside every option whose VMs are created at failover, priced at the VM rate', () => {
		const w = referenceWith({});
		const tier = database(w);
		const plain = evaluateCandidate(w, tier, { patternId: 'site-recovery-a2a' });
		const reserved = evaluateCandidate(w, tier, {
			patternId: 'site-recovery-a2a',
			reserveCapacity: true,
		});
		expect(reserved.key).not.toBe(plain.key);
		expect(reserved.capacityReservation).toEqual({ vms: tier.vmCount });
		const line = reserved.cost.lines.find((l) => l.label.startsWith('Capacity reservation'));
		const prices = resolvePrices(w);
		const expected =
			tier.vmCount *
			hourlyPrice(tier, prices).usd *
			factNumber('capacity.reservation-billing') *
			prices.hoursPerMonth;
		expect(line?.monthlyUsd).toBeCloseTo(expected, 1);
		expect(line?.factIds).toContain('capacity.reservation-billing');
		// It removes the capacity risk, not time.
		expect(reserved.rto.total).toEqual(plain.rto.total);
		expect(reserved.cost.monthlyUsd).toBeGreaterThan(plain.cost.monthlyUsd);
		expect(
			candidatesFor(tier).some((c) => c.patternId === 'site-recovery-a2a' && c.reserveCapacity),
		).toBe(true);
		expect(
			candidatesFor(tier).some((c) => c.patternId === 'app-replication' && c.reserveCapacity),
		).toBe(false);
	});

	it('hold the VMs the tier needs after failover (its standby size), in the cost and the Terraform', () => {
		const full = referenceWith({});
		const web = full.tiers.find((t) => t.name === 'web');
		if (web === undefined) throw new Error('no web tier');
		const four = { ...web, vmCount: 4 };
		const half = { ...four, drCapacityPercent: 50 };
		const price = (tier: typeof four) => {
			const e = evaluateCandidate(full, tier, {
				patternId: 'site-recovery-a2a',
				reserveCapacity: true,
			});
			const line = e.cost.lines.find((l) => l.label.startsWith('Capacity reservation'));
			return {
				vms: e.capacityReservation?.vms,
				usd: line?.monthlyUsd ?? NaN,
				formula: line?.formula,
			};
		};
		const all = price(four);
		const some = price(half);
		expect([all.vms, some.vms]).toEqual([4, 2]);
		expect(some.usd).toBeCloseTo(all.usd / 2, 1);
		expect(some.formula).toMatch(/^2 reserved VM/);
		// The Terraform reserves what the plan priced.
		const w = referenceWith({ corruptionProtection: false, rpoMinutes: 15, rtoMinutes: 120 });
		const halved = {
			...w,
			tiers: w.tiers.map((t) =>
				t.name === 'database' ? { ...t, vmCount: 4, drCapacityPercent: 50 } : t,
			),
		};
		const plan = recommend(halved);
		const db = plan.tiers.find((t) => t.tier === 'database');
		const reserved = db?.alternatives.find((a) => a.capacityReservation !== undefined);
		if (db === undefined || reserved === undefined) throw new Error('no reserved option');
		expect(reserved.capacityReservation?.vms).toBe(2);
		const hcl = terraformForPlan({
			...plan,
			tiers: plan.tiers.map((t) => (t === db ? { ...t, recommended: reserved } : t)),
		});
		if (!hcl.ok) throw new Error('no Terraform');
		expect(hcl.hcl).toMatch(/capacity\s*=\s*2\b/);
	});

	it('the capacity trap names the VM count and the region, and is gone with a reservation', () => {
		const w = referenceWith({ corruptionProtection: false, rpoMinutes: 15, rtoMinutes: 120 });
		const plan = recommend(w);
		const db = plan.tiers.find((t) => t.tier === 'database');
		expect(db?.recommended.patternId).toBe('site-recovery-a2a');
		const trap = plan.traps.find((t) => t.id === 'capacity-database');
		expect(trap?.text).toContain(`${database(w).vmCount} VM`);
		expect(trap?.text).toContain('target region');
		const reserved = db?.alternatives.find((a) => a.capacityReservation !== undefined);
		expect(reserved?.patternId).toBe('site-recovery-a2a');
	});

	it('reaches the Terraform when the recommended option reserves capacity', () => {
		// A reservation never wins on cost alone, so the plan's choice is replaced by it here.
		const w = referenceWith({ corruptionProtection: false, rpoMinutes: 15, rtoMinutes: 120 });
		const plan = recommend(w);
		const db = plan.tiers.find((t) => t.tier === 'database');
		const reserved = db?.alternatives.find((a) => a.capacityReservation !== undefined);
		if (db === undefined || reserved === undefined) throw new Error('no reserved option');
		const withReservation = {
			...plan,
			tiers: plan.tiers.map((t) => (t === db ? { ...t, recommended: reserved } : t)),
		};
		const hcl = terraformForPlan(withReservation);
		const plainHcl = terraformForPlan(plan);
		if (!hcl.ok || !plainHcl.ok) throw new Error('no Terraform');
		expect(hcl.hcl).toContain('azurerm_capacity_reservation');
		expect(plainHcl.hcl).not.toContain('azurerm_capacity_reservation');
	});
});

describe('Azure Backup protected-instance fee by size band', () => {
	const w = referenceWith({});
	const tier = database(w);
	const ctx = { ...tierScope(w, tier).ctx, n: 1, needed: 1 };
	const small = factNumber('backup.instance-price-small');
	const standard = factNumber('backup.instance-price');
	it('charges the small fee up to 50 GB, the standard fee up to 500 GB, then per started 500 GB', () => {
		expect(backupInstanceFee(ctx, 40).usd).toBe(small);
		expect(backupInstanceFee(ctx, 100).usd).toBe(standard);
		expect(backupInstanceFee(ctx, 465).usd).toBe(standard); // 499 GB
		expect(backupInstanceFee(ctx, 467).usd).toBe(2 * standard); // 501 GB
		expect(backupInstanceFee(ctx, 1862).usd).toBe(4 * standard); // 1,999 GB
	});
	it('uses the reader’s price per band when given', () => {
		const own = referenceWith({ prices: { backupInstanceUsd: 7 } });
		const c = { ...ctx, workload: own, prices: resolvePrices(own) };
		expect(backupInstanceFee(c, 40).usd).toBe(7);
		expect(backupInstanceFee(c, 1000).usd).toBe(21);
	});
});

describe('cost lines for the copies kept in the source region', () => {
	const w = referenceWith({ corruptionProtection: false });
	const tier = database(w);
	it('Site Recovery pays for its cache storage account: the changes of one recovery-point interval', () => {
		const e = evaluateCandidate(w, tier, { patternId: 'site-recovery-a2a' });
		const cache = e.cost.lines.find((l) => l.label.startsWith('Cache storage account'));
		const interval = factNumber('asr.crash-point-interval');
		const expected =
			((tier.dailyChangeGiB ?? 0) *
				interval *
				tier.vmCount *
				resolvePrices(w).blobPerGibMonth.usd) /
			(24 * 60);
		expect(cache?.factIds).toContain('asr.cache-account');
		expect(cache?.monthlyUsd).toBeCloseTo(expected, 2);
		expect(cache?.label).toContain('estimate');
	});
	it('the disk-copy patterns keep the last copied snapshot in the source region', () => {
		for (const patternId of ['disk-copy-interval'] as const) {
			const e = evaluateCandidate(w, tier, { patternId });
			const source = e.cost.lines.find((l) => l.label.startsWith('Source snapshots'));
			expect(source?.monthlyUsd).toBeCloseTo(
				tier.dataGiB * tier.vmCount * resolvePrices(w).snapshotPerGibMonth.usd,
				1,
			);
			expect(source?.factIds).toContain('disks.snapshot-copy');
		}
	});
});
