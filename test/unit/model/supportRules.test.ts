/**
 * Support rules (issue 20): an option that does not support a tier's disk type, security type,
 * shared disks or architecture is rejected with the kind not-supported, the rule and its fact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getFact, parseWorkload, recommend, type TierInput } from '~/model/index.ts';
import { SUPPORT_RULES } from '~/model/patterns/supportRules.ts';
import { workloadFromSearchParams, workloadToQuery } from '~/model/index.ts';
import { workloadArb } from './arbitraries.ts';
import { all, byKey, notSupported, oneTierPlanner } from './supportRulesHelpers.ts';

const db: TierInput = { name: 'db', kind: 'stateful', data: 'vm-plain', vmCount: 2, dataGiB: 512 };

const plan = oneTierPlanner('Support rules', db, 24 * 60);

describe('support rules', () => {
	it('reject Site Recovery for an Arm64 tier, with the rule and its fact', () => {
		const p = plan({ architecture: 'arm64' });
		for (const key of ['site-recovery-a2a', 'site-recovery-a2a/zone-to-zone']) {
			const [r] = notSupported(byKey(p, key));
			expect(r?.reason, key).toContain('Arm64');
			expect(r?.factIds).toEqual(['asr.unsupported-compute']);
			expect(byKey(p, key)?.viable).toBe(false);
		}
		expect(p.tiers[0]?.recommended.patternId).not.toBe('site-recovery-a2a');
	});

	it('reject zone-to-zone but not region-to-region Site Recovery for Ultra disks', () => {
		const p = plan({ diskType: 'ultra' });
		expect(notSupported(byKey(p, 'site-recovery-a2a/zone-to-zone'))[0]?.reason).toContain(
			'not zone-to-zone',
		);
		expect(notSupported(byKey(p, 'site-recovery-a2a'))).toEqual([]);
	});

	it('reject Site Recovery and restore points for shared disks that must be app-consistent', () => {
		const p = plan({ sharedDisk: true }, { appConsistency: true });
		expect(notSupported(byKey(p, 'site-recovery-a2a'))[0]?.factIds).toEqual(['asr.shared-disks']);
		expect(notSupported(byKey(p, 'disk-copy-interval'))[0]?.reason).toContain('shared disks');
		const crash = plan({ sharedDisk: true });
		expect(notSupported(byKey(crash, 'site-recovery-a2a'))).toEqual([]);
	});

	it('reject crash-consistent restore points for Ultra and Premium SSD v2 disks', () => {
		for (const diskType of ['ultra', 'premium-ssd-v2'] as const) {
			const [r] = notSupported(byKey(plan({ diskType }), 'disk-copy-interval'));
			expect(r?.reason).toContain('only application-consistent points');
			expect(r?.reason).not.toContain('{fact:');
			expect(
				notSupported(byKey(plan({ diskType }, { appConsistency: true }), 'disk-copy-interval')),
			).toEqual([]);
		}
	});

	it('reject a captured image whose disks exceed the gallery limit', () => {
		const p = plan({ name: 'web', kind: 'stateless', data: 'none', dataGiB: 8192, disksPerVm: 2 });
		expect(notSupported(byKey(p, 'captured-image'))[0]?.factIds).toContain('gallery.max-disk-size');
		const small = plan({ name: 'web', kind: 'stateless', data: 'none', dataGiB: 512 });
		expect(notSupported(byKey(small, 'captured-image'))).toEqual([]);
	});

	it('warn about Trusted Launch and shared disks where Site Recovery protects the tier', () => {
		// Windows: generally available (Linux is a preview the engine sets aside: previewPreference.test.ts).
		const p = plan({ securityType: 'trusted-launch', os: 'windows' }, { rpoMinutes: 30 });
		expect(p.tiers[0]?.recommended.patternId).toBe('site-recovery-a2a');
		expect(p.traps.some((t) => t.id.startsWith('asr-trusted-launch'))).toBe(true);
		expect(
			plan({}, { rpoMinutes: 30 }).traps.some((t) => t.id.startsWith('asr-trusted-launch')),
		).toBe(false);
	});

	it('fall back, where every option is ruled out, on the one a reader can act on, never a retired service', () => {
		const p = plan({ securityType: 'confidential', dataGiB: 200, vmCount: 1 }, { rpoMinutes: 60 });
		const tier = p.tiers[0];
		expect(tier?.meetsTargets).toBe(false);
		const kinds = tier?.recommended.rejections.map((r) => r.kind) ?? [];
		expect(kinds).not.toContain('retired');
		expect(kinds).not.toContain('not-supported');
		expect(tier?.recommended.patternId).not.toBe('site-recovery-2016');
	});

	it('cite facts that exist', () => {
		for (const rule of SUPPORT_RULES)
			for (const id of rule.factIds) expect(getFact(id).id).toBe(id);
	});

	it('never reject a workload that does not use the new fields', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const r = parseWorkload(input);
				if (!r.ok) return;
				const p = recommend(r.workload);
				for (const e of all(p))
					for (const rejection of e.rejections) {
						if (rejection.kind !== 'not-supported') continue;
						// Only the gallery size and disk count rules read fields older workloads had.
						expect(
							rejection.factIds?.some(
								(id) => id === 'gallery.max-disk-size' || id === 'asr.max-protected-disks',
							),
						).toBe(true);
					}
			}),
			{ numRuns: 25 },
		);
	});
});

describe('vCPU quota in the target region (issue 20)', () => {
	it('names the vCPUs an option creating VMs at failover needs, and traps the chosen one', () => {
		const p = plan({ vmCount: 4, vcpu: 8 }, { sourceRegion: 'qatarcentral', rpoMinutes: 30 });
		const asr = byKey(p, 'site-recovery-a2a');
		expect(asr?.assumptions.join(' ')).toContain('32 vCPUs of quota');
		const trap = p.traps.find((t) => t.id === 'quota-db');
		expect(trap?.text).toContain(
			'raise the vCPU quota in uaenorth ahead of time: 32 vCPUs for 4 VMs',
		);
		expect(trap?.factIds).toEqual(['compute.vcpu-quota', 'capacity.reservation-quota']);
		// A standby that already runs creates nothing at failover.
		expect(byKey(p, 'app-replication/full')?.assumptions.join(' ') ?? '').not.toContain(
			'vCPUs of quota',
		);
	});

	it('counts a capacity reservation against the quota, taken when it is created', () => {
		const p = plan({ vmCount: 4, vcpu: 8, drCapacityPercent: 50 }, { rpoMinutes: 30 });
		const reserved = byKey(p, 'site-recovery-a2a+capacity-reservation');
		expect(reserved?.assumptions.join(' ')).toContain(
			'16 vCPUs of quota, counted against the family of its VM size and the total regional vCPUs; the capacity reservation for 2 VMs takes its quota when it is created',
		);
	});

	it('rejects Site Recovery for a tier with more disks than a subscription may protect', () => {
		const p = plan({ vmCount: 1000, disksPerVm: 4 });
		expect(notSupported(byKey(p, 'site-recovery-a2a'))[0]?.reason).toContain('3,000');
	});
});

describe('Site Recovery High Churn (issue 20)', () => {
	it('accepts up to 500 MB/s per VM only with 256 GB of memory and premium-class disks', () => {
		const small = plan({ churnMBps: 300, memoryGiB: 64 }, { rpoMinutes: 30 });
		const limit = byKey(small, 'site-recovery-a2a')?.rejections.find((r) => r.kind === 'limit');
		expect(limit?.reason).toContain('100 MB/s High Churn limit');
		const big = plan({ churnMBps: 300, memoryGiB: 512 }, { rpoMinutes: 30 });
		expect(byKey(big, 'site-recovery-a2a')?.rejections.some((r) => r.kind === 'limit')).toBe(false);
		const hdd = plan(
			{ churnMBps: 300, memoryGiB: 512, diskType: 'standard-hdd' },
			{ rpoMinutes: 30 },
		);
		expect(byKey(hdd, 'site-recovery-a2a')?.rejections.some((r) => r.kind === 'limit')).toBe(true);
	});
});

describe('the new fields in share links (issue 20)', () => {
	it('carry residency, allowed regions and the tier configuration, and v=1 links ignore them', () => {
		const r = parseWorkload({
			name: 'Link',
			sourceRegion: 'westeurope',
			residency: 'geography',
			allowedTargetRegions: ['northeurope'],
			tiers: [
				{
					...db,
					diskType: 'ultra',
					securityType: 'trusted-launch',
					sharedDisk: true,
					architecture: 'arm64',
				},
			],
			rtoMinutes: 60,
			rpoMinutes: 15,
		});
		if (!r.ok) throw new Error(JSON.stringify(r.issues));
		const back = workloadFromSearchParams(new URLSearchParams(workloadToQuery(r.workload)));
		expect(back.notices).toEqual([]);
		expect(back.workload).toEqual(r.workload);
		const old = workloadFromSearchParams(
			new URLSearchParams(
				'v=1&name=Old&rto=60&rpo=15&res=geography&t0.name=db&t0.kind=stateful&t0.svc=vm-plain&t0.vms=2&t0.arch=arm64',
			),
		);
		expect(old.workload.residency).toBe('any');
		expect(old.workload.tiers[0]?.architecture).toBe('x64');
		expect(old.notices.join(' ')).toContain('do not carry it');
	});
});
