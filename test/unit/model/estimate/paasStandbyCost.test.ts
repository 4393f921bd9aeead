/**
 * Issue 18, cost review C4 and C5: an Azure SQL Database standby geo-secondary is billed for its
 * compute and its storage, and pays the vCore licence once it becomes the primary unless Azure
 * Hybrid Benefit brings it (learn.microsoft.com/azure/azure-sql/database/standby-replica-how-to-configure).
 */
import { describe, expect, it } from 'vitest';
import { evaluateCandidate, factNumber, parseWorkload, type Workload } from '~/model/index.ts';

function paas(tier: Record<string, unknown> = {}): Workload {
	const r = parseWorkload({
		rtoMinutes: 60,
		rpoMinutes: 5,
		sourceRegion: 'eastus',
		targetRegion: 'pair',
		tiers: [
			{ name: 'db', kind: 'stateful', data: 'paas', vmCount: 1, vcpu: 16, dataGiB: 2048, ...tier },
		],
	});
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.workload;
}

function failoverGroup(w: Workload) {
	const tier = w.tiers[0];
	if (tier === undefined) throw new Error('no tier');
	return evaluateCandidate(w, tier, { patternId: 'paas-sql-geo', variant: 'failover-group' });
}

const standbyHour = () =>
	16 *
	factNumber('sql.vcore-hour-price') *
	factNumber('sql.secondary-price') *
	factNumber('sql.standby-compute-share');

describe('Azure SQL Database standby geo-secondary', () => {
	it('prices its storage as a line of its own, in the secondary', () => {
		const e = failoverGroup(paas());
		const storage = e.cost.lines.find((l) => l.label === 'Geo-secondary database storage');
		expect(storage?.kind).toBe('storage');
		expect(storage?.monthlyUsd).toBeCloseTo(2048 * factNumber('sql.storage-price'), 6);
		expect(storage?.meter).toMatchObject({
			service: 'Azure SQL Database',
			quantity: 2048,
			unit: 'GiB a month',
			region: 'westus',
		});
		expect(storage?.factIds).toContain('sql.storage-price');
	});
	it('meters the compute as every hour of the month at the standby’s price', () => {
		const e = failoverGroup(paas());
		const compute = e.cost.lines.find((l) => l.kind === 'compute');
		const hours = factNumber('vm.hours-per-month');
		expect(compute?.meter.quantity).toBe(hours);
		expect(compute?.meter.unitPriceUsd).toBeCloseTo(standbyHour(), 4);
		expect(compute?.meter.sku).toMatch(/16 vCores, standby replica/);
		expect(compute?.monthlyUsd).toBeCloseTo(
			(compute?.meter.quantity ?? 0) * (compute?.meter.unitPriceUsd ?? 0),
			1,
		);
	});
	it('pays the licence share on a failed-over day without Azure Hybrid Benefit', () => {
		const full = 16 * factNumber('sql.vcore-hour-price') * factNumber('sql.secondary-price');
		const payg = failoverGroup(paas());
		expect(payg.cost.failedOverDayUsd).toBeCloseTo((full - standbyHour()) * 24, 6);
		expect(payg.cost.failedOverDayUsd).toBeGreaterThan(0);
		const ahb = failoverGroup(paas({ hybridBenefit: true }));
		expect(ahb.cost.failedOverDayUsd).toBe(0);
		const own = failoverGroup(paas({ hourlyPriceUsd: 3 }));
		expect(own.cost.failedOverDayUsd).toBe(0);
	});
});
