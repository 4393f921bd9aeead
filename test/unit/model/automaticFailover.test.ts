/**
 * Automatic failover's risks (issue 21, point 8), in words that fit the workload: data is at stake
 * only where a tier holds some.
 */
import { describe, expect, it } from 'vitest';
import { parseWorkload, recommend, type WorkloadInput } from '~/model/index.ts';

const trapsOf = (tiers: WorkloadInput['tiers']) => {
	const r = parseWorkload({
		tiers,
		rtoMinutes: 60,
		rpoMinutes: 60,
		configAsCode: true,
		operations: { trigger: 'automation' },
	});
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return recommend(r.workload).traps;
};
const web = { name: 'web', kind: 'stateless', vmCount: 40 } as const;

describe('automatic failover’s traps', () => {
	it('speak of no data loss or promotion for a workload without data', () => {
		const traps = trapsOf([web]);
		const alarm = traps.find((t) => t.id === 'automatic-failover-false-alarm');
		expect(alarm?.text).toBeDefined();
		expect(alarm?.text).not.toMatch(/data loss|promotes/);
		expect(traps.map((t) => t.id)).not.toContain('automatic-failover-split-brain');
	});

	it('name the data loss and split brain where a tier holds data', () => {
		const traps = trapsOf([
			web,
			{ name: 'db', kind: 'stateful', data: 'vm-plain', vmCount: 1, dailyChangeGiB: 5 },
		]);
		expect(traps.find((t) => t.id === 'automatic-failover-false-alarm')?.text).toContain(
			'data loss',
		);
		expect(traps.find((t) => t.id === 'automatic-failover-split-brain')?.text).toContain('db');
	});
});
