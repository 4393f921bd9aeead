/**
 * How long a plan keeps its backups: one rule for every cost line that counts days of backups and
 * every Terraform block that writes them, so the price and the deployment agree. With corruption
 * protection asked, the workload's `protection.retentionDays` when it gives one (the days it keeps
 * backups against corruption); otherwise the model's default ({fact:ops.snapshot-retention-days}).
 */
import { factNumber } from '../facts/factRegistry.ts';
import type { Workload } from '../schema/workload.ts';

export const RETENTION_FACT = 'ops.snapshot-retention-days';
export const BLOB_SOFT_DELETE_MAX_FACT = 'storage.blob-soft-delete-max-days';

/** Days of backups kept: the workload's protection.retentionDays, else the model's default. */
export function backupRetentionDays(
	workload: Pick<Workload, 'corruptionProtection' | 'protection'>,
): number {
	return (
		(workload.corruptionProtection ? workload.protection.retentionDays : undefined) ??
		factNumber(RETENTION_FACT)
	);
}

/**
 * Soft delete of blobs and of containers for backups kept `retentionDays`: as long, up to the
 * longest a storage account allows ({fact:storage.blob-soft-delete-max-days}); an immutability
 * policy carries a longer retention.
 */
export function blobSoftDeleteDays(retentionDays: number): number {
	return Math.min(retentionDays, factNumber(BLOB_SOFT_DELETE_MAX_FACT));
}
