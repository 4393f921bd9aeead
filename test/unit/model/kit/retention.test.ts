/** One retention rule for every cost line and Terraform block that counts days of backups. */
import { describe, expect, it } from 'vitest';
import { factNumber, getFact } from '~/model/facts/factRegistry.ts';
import { backupRetentionDays, blobSoftDeleteDays } from '~/model/kit/retention.ts';
import { parseWorkload, recommend, referenceWorkloadInput } from '~/model/index.ts';
import { terraformForPlan } from '~/model/engine/terraformForPlan.ts';

const DEFAULT_DAYS = factNumber('ops.snapshot-retention-days');

function workload(extra: Record<string, unknown>) {
	const parsed = parseWorkload({ ...referenceWorkloadInput, ...extra });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return parsed.workload;
}

describe('backupRetentionDays', () => {
	it('the workload’s days with corruption protection, else the model’s default', () => {
		expect(backupRetentionDays(workload({ protection: { retentionDays: 90 } }))).toBe(90);
		expect(backupRetentionDays(workload({}))).toBe(DEFAULT_DAYS);
		expect(
			backupRetentionDays(
				workload({ corruptionProtection: false, protection: { retentionDays: 90 } }),
			),
		).toBe(DEFAULT_DAYS);
	});
});

describe('blobSoftDeleteDays', () => {
	it('is the retention up to the sourced cap, and the cap is a sourced fact', () => {
		const cap = getFact('storage.blob-soft-delete-max-days');
		expect(cap.value).toBe(365);
		expect(cap.sources[0]?.url).toContain('learn.microsoft.com');
		expect(blobSoftDeleteDays(30)).toBe(30);
		expect(blobSoftDeleteDays(365)).toBe(365);
		expect(blobSoftDeleteDays(2000)).toBe(365);
	});
});

describe('the days a plan prices are the days its Terraform keeps', () => {
	it('Azure Backup’s daily policy keeps the workload’s retention, as its vault storage is priced', () => {
		const w = workload({
			protection: { retentionDays: 45 },
			tiers: referenceWorkloadInput.tiers.map((t) => ({ ...t, pattern: 'azure-backup' })),
		});
		const plan = recommend(w);
		const tf = terraformForPlan(plan);
		if (!tf.ok) throw new Error(tf.message);
		expect(tf.hcl).toMatch(/retention_daily \{\s+count\s+= 45\s+\}/);
		expect(plan.cost.lines.some((l) => l.formula.includes('45 days of changes'))).toBe(true);
		expect(plan.cost.lines.some((l) => l.formula.includes(`${DEFAULT_DAYS} days of changes`))).toBe(
			false,
		);
	});
});
