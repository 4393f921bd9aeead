/** The vCPU quota of a tier whose VMs have different sizes: each size under its own family. */
import { describe, expect, it } from 'vitest';
import { failoverQuota, failoverQuotaBySize } from '~/model/kit/quota.ts';
import { parseWorkload, referenceWorkloadInput, type Tier } from '~/model/index.ts';

function tier(overrides: Record<string, unknown>): Tier {
	const first = referenceWorkloadInput.tiers[0];
	const parsed = parseWorkload({
		...referenceWorkloadInput,
		tiers: [{ ...first, ...overrides }],
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	const t = parsed.workload.tiers[0];
	if (t === undefined) throw new Error('no tier');
	return t;
}

describe('failoverQuotaBySize', () => {
	const mixed = [
		{ vmSize: 'Standard_D4s_v5', vms: 2 },
		{ vmSize: 'Standard_E16s_v5', vms: 1 },
	];

	it('counts each size under its family with its own vCPUs, not the tier’s mean', () => {
		const quotas = failoverQuotaBySize(tier({ vmCount: 3, vcpu: 8, memoryGiB: 64 }), mixed);
		expect(quotas.map((q) => [q.vmSize, q.family, q.vms, q.vcpus])).toEqual([
			['Standard_D4s_v5', 'Dsv5-series', 2, 8],
			['Standard_E16s_v5', 'Esv5-series', 1, 16],
		]);
		expect(quotas.every((q) => q.family !== undefined)).toBe(true);
	});

	it('a tier at part capacity: each size’s share rounded up, never below what the tier needs', () => {
		const t = tier({ vmCount: 3, vcpu: 8, memoryGiB: 64, drCapacityPercent: 50 });
		const quotas = failoverQuotaBySize(t, mixed, 1);
		const vms = quotas.reduce((n, q) => n + q.vms, 0);
		expect(vms).toBeGreaterThanOrEqual(failoverQuota(t).vms);
		// 2 of 3 VMs needed: D4s_v5 holds 2 of 3 (1.3, up to 2), E16s_v5 1 of 3 (0.7, up to 1).
		expect(quotas.map((q) => q.vms)).toEqual([2, 1]);
		expect(quotas.reduce((n, q) => n + q.reservedVms, 0)).toBeGreaterThanOrEqual(1);
		for (const q of quotas) expect(q.reservedVms).toBeLessThanOrEqual(q.vms);
	});

	it('a size outside the table: no family, with the reader’s vCPUs, else the tier’s mean', () => {
		const t = tier({ vmCount: 2, vcpu: 6, memoryGiB: 48 });
		const odd = [
			{ vmSize: 'Standard_D4s_v5', vms: 1 },
			{ vmSize: 'Standard_Odd_v9', vms: 1, vcpu: 12 },
		];
		expect(failoverQuotaBySize(t, odd)[1]).toMatchObject({ family: undefined, vcpus: 12 });
		const unanswered = [odd[0], { vmSize: 'Standard_Odd_v9', vms: 1 }].flatMap((x) =>
			x === undefined ? [] : [x],
		);
		expect(failoverQuotaBySize(t, unanswered)[1]).toMatchObject({ vcpus: 6 });
	});

	it('one size or none: the tier’s own quota', () => {
		const t = tier({ vmCount: 2, vcpu: 4, memoryGiB: 16 });
		expect(failoverQuotaBySize(t, [])).toEqual([failoverQuota(t)]);
		expect(failoverQuotaBySize(t, [{ vmSize: 'Standard_D4s_v5', vms: 2 }])).toEqual([
			failoverQuota(t),
		]);
	});
});
