/**
 * Recovery from corruption (issue 21, point 6): whether the copies a tier restores from are
 * immutable, as the plan says it and as its Terraform writes it, and a trap wherever they are not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkload, recommend, type Plan, type WorkloadInput } from '~/model/index.ts';
import { terraformForWorkload } from '~/model/engine/terraform.ts';
import type { TierInput } from '~/model/schema/workload.ts';
import { valid, workloadArb } from './arbitraries.ts';

function planOf(input: WorkloadInput): Plan {
	const r = parseWorkload(input);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return recommend(r.workload);
}

/** One stateful tier pinned to an option, with loose targets. */
const pinned = (
	pattern: NonNullable<TierInput['pattern']>,
	extra: Partial<WorkloadInput> = {},
): WorkloadInput => ({
	name: 'Corruption test',
	tiers: [
		{
			name: 'app',
			kind: 'stateful',
			data: 'vm-backup',
			vmCount: 2,
			dataGiB: 256,
			dailyChangeGiB: 3,
			pattern,
		},
	],
	rtoMinutes: 2880,
	rpoMinutes: 1440,
	sourceRegion: 'italynorth',
	...extra,
});

const ownCopiesTrap = (p: Plan) => p.traps.find((t) => t.id === 'own-copies-immutability-app');

describe('shipped application backups', () => {
	it('are immutable as the Terraform writes them, with no trap saying otherwise', () => {
		const input = pinned('app-backup-shipping');
		const plan = planOf(input);
		expect(plan.corruptionRecovery.map((r) => [r.tier, r.immutable])).toEqual([['app', true]]);
		expect(ownCopiesTrap(plan)).toBeUndefined();
		const r = parseWorkload(input);
		if (!r.ok) throw new Error('invalid');
		const tf = terraformForWorkload(r.workload);
		const hcl = tf.ok ? tf.hcl : tf.message;
		expect(hcl).toContain('immutability_policy');
		expect(hcl).toMatch(/variable "app_backup_immutability_state"[\s\S]*?default\s*=\s*"Locked"/);
	});

	it('are not immutable when the workload asks for none, and the trap says so', () => {
		const plan = planOf(pinned('app-backup-shipping', { protection: { immutability: 'none' } }));
		expect(plan.corruptionRecovery[0]?.immutable).toBe(false);
		expect(plan.traps.map((t) => t.id)).toContain('no-immutable-copy');
	});
});

describe('disk copies', () => {
	it('cannot be locked, so with locked immutability asked they carry the immutable vault (review R8)', () => {
		const input = pinned('disk-copy-interval');
		const plan = planOf(input);
		const chosen = plan.tiers[0]?.recommended;
		expect(chosen?.layers.map((l) => l.purpose)).toEqual(['corruption']);
		expect(chosen?.cost.lines.some((l) => l.label.startsWith('Corruption layer'))).toBe(true);
		expect(plan.corruptionRecovery.map((r) => [r.tier, r.immutable])).toEqual([['app', true]]);
		expect(plan.corruptionRecovery[0]?.from).toContain('immutable vault');
		expect(ownCopiesTrap(plan)).toBeUndefined();
		const r = parseWorkload(input);
		if (!r.ok) throw new Error('invalid');
		const tf = terraformForWorkload(r.workload);
		expect(tf.ok ? tf.hcl : tf.message).toContain('azurerm_recovery_services_vault');
	});

	it('without immutability asked keep their own snapshots, and the traps say why they cannot be locked', () => {
		const plan = planOf(pinned('disk-copy-interval', { protection: { immutability: 'none' } }));
		expect(plan.tiers[0]?.recommended.layers).toEqual([]);
		expect(plan.corruptionRecovery[0]?.immutable).toBe(false);
		const trap = ownCopiesTrap(plan);
		expect(trap?.text).toContain('snapshots');
		expect(trap?.text).not.toContain('container');
		expect(plan.traps.map((t) => t.id)).toContain('no-immutable-copy');
	});
});

describe('a plan with corruption protection', () => {
	it('never leaves a stateful tier without an immutable copy unsaid', () => {
		fc.assert(
			fc.property(workloadArb, (input) => {
				const plan = recommend(valid(input));
				if (!plan.workload.corruptionProtection) return;
				const ids = plan.traps.map((t) => t.id);
				for (const r of plan.corruptionRecovery) {
					if (r.immutable) continue;
					expect(
						ids.includes('no-immutable-copy') || ids.includes(`own-copies-immutability-${r.tier}`),
						r.tier,
					).toBe(true);
				}
			}),
			{ numRuns: 25 },
		);
	});
});
