/**
 * Issue 20, support rules of the second truth pass: confidential VMs under Site Recovery and
 * Azure Backup, agentless multi-disk backup as a caveat on VM backups, and the vault a Resource
 * Guard protects.
 */
import { describe, expect, it } from 'vitest';
import { onAzureBoost } from '~/model/patterns/azure-backup/agentless.ts';
import { type Plan, type TierInput } from '~/model/index.ts';
import { all, byKey, notSupported, oneTierPlanner } from './supportRulesHelpers.ts';

const files: TierInput = {
	name: 'files',
	kind: 'stateful',
	data: 'vm-plain',
	vmCount: 1,
	vcpu: 2,
	disksPerVm: 4,
	dataGiB: 256,
	dailyChangeGiB: 4,
};

const plan = oneTierPlanner('Vaults and support', files, 48 * 60);

describe('confidential VMs', () => {
	it('rule out Site Recovery, both variants, with its fact', () => {
		const p = plan({ securityType: 'confidential' });
		for (const key of ['site-recovery-a2a', 'site-recovery-a2a/zone-to-zone']) {
			const rejections = notSupported(byKey(p, key));
			expect(
				rejections.map((r) => r.factIds),
				key,
			).toContainEqual(['asr.confidential-vms']);
			expect(rejections[0]?.reason).not.toContain('{fact:');
		}
	});

	it('rule out Azure Backup with Cross Region Restore, which their preview lacks', () => {
		const p = plan({ securityType: 'confidential' });
		const [r] = notSupported(byKey(p, 'azure-backup'));
		expect(r?.factIds).toEqual(['backup.confidential-vms']);
		expect(r?.reason).toContain('Cross Region Restore');
		expect(p.tiers[0]?.recommended.patternId).not.toBe('azure-backup');
	});

	it('leave standard and Trusted Launch VMs alone', () => {
		for (const securityType of ['standard', 'trusted-launch'] as const) {
			const p = plan({ securityType });
			for (const key of ['site-recovery-a2a', 'azure-backup'])
				expect(
					notSupported(byKey(p, key)).flatMap((r) => r.factIds ?? []),
					`${securityType} ${key}`,
				).not.toContain(
					key === 'azure-backup' ? 'backup.confidential-vms' : 'asr.confidential-vms',
				);
		}
	});
});

describe('agentless multi-disk backup on the VM backup option', () => {
	const trapIds = (p: Plan) => p.traps.map((t) => t.id);

	it('is offered for a multi-disk tier whose backups may be crash-consistent', () => {
		const p = plan({});
		expect(p.tiers[0]?.recommended.patternId).toBe('azure-backup');
		expect(trapIds(p)).toContain('backup-agentless-multi-disk-files');
		expect(trapIds(p).some((id) => id.startsWith('backup-agentless-no-'))).toBe(false);
	});

	it('is ruled out, naming the rule, for Ultra, Premium SSD v2 and shared disks', () => {
		const cases = [
			['ultra', { diskType: 'ultra' }],
			['premium-ssd-v2', { diskType: 'premium-ssd-v2' }],
			['shared-disk', { sharedDisk: true }],
		] as const;
		for (const [id, tier] of cases) {
			const p = plan(tier);
			if (p.tiers[0]?.recommended.patternId !== 'azure-backup') continue;
			expect(trapIds(p), id).toContain(`backup-agentless-no-${id}-files`);
			expect(trapIds(p), id).not.toContain('backup-agentless-multi-disk-files');
		}
		// At least the Ultra case plans with VM backup, so the loop above asserted something.
		expect(plan({ diskType: 'ultra' }).tiers[0]?.recommended.patternId).toBe('azure-backup');
	});

	it('is ruled out on sizes built on Azure Boost: Intel v6 and later, AMD v7 and later', () => {
		expect(
			[
				'Standard_D4s_v5',
				'Standard_D4s_v6',
				'Standard_D4as_v6',
				'Standard_E8as_v7',
				'Standard_E16s_v5',
			].map(onAzureBoost),
		).toEqual([false, true, false, true, false]);
		const p = plan({ vmSize: 'Standard_D4s_v6' });
		expect(p.tiers[0]?.recommended.patternId).toBe('azure-backup');
		expect(trapIds(p)).toContain('backup-agentless-no-azure-boost-files');
		expect(trapIds(p)).not.toContain('backup-agentless-multi-disk-files');
	});

	it('is not mentioned for one disk, or for data that must be application-consistent', () => {
		expect(trapIds(plan({ disksPerVm: 1 })).some((id) => id.startsWith('backup-agentless'))).toBe(
			false,
		);
		expect(
			trapIds(plan({}, { appConsistency: true })).some((id) => id.startsWith('backup-agentless')),
		).toBe(false);
	});
});

describe('Resource Guard', () => {
	it('names the vault it guards where the plan asks for one', () => {
		const p = plan(
			{},
			{
				rpoMinutes: 30,
				rtoMinutes: 240,
				corruptionProtection: true,
				protection: { resourceGuard: true },
			},
		);
		const layer = all(p)
			.flatMap((e) => e.layers)
			.find((l) => l.purpose === 'corruption');
		expect(layer?.factIds).toContain('vaults.which-vault');
		expect(layer?.note).toContain('Recovery Services vault');
		const without = plan({}, { rpoMinutes: 30, rtoMinutes: 240, corruptionProtection: true });
		const plain = all(without)
			.flatMap((e) => e.layers)
			.find((l) => l.purpose === 'corruption');
		expect(plain?.factIds).not.toContain('vaults.which-vault');
	});
});
