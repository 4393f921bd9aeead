/** Shipped application backups as Terraform: a storage account and container in the secondary region. */
import { attr, block } from '../../kit/hcl.ts';
import { backupRetentionDays, blobSoftDeleteDays } from '../../kit/retention.ts';
import {
	type PatternTerraform,
	ref,
	reservation,
	step,
	storageName,
} from '../../kit/patternTerraform.ts';
import type { TerraformBuilder, TierContext } from '../../kit/terraformBuilder.ts';

/** The workload's `protection.immutability` as the storage account's immutability policy state. */
const POLICY_STATE = { none: 'Disabled', unlocked: 'Unlocked', locked: 'Locked' } as const;

/**
 * The state of the backups' immutability policy: a variable whose default is what the workload's
 * `protection.immutability` asks (locked when it says nothing), so a reviewer sees and can change it.
 */
function immutabilityState(b: TerraformBuilder) {
	const state = POLICY_STATE[b.workload.protection.immutability];
	return b.variable('app_backup_immutability_state', {
		type: 'string',
		description: `Immutability of the shipped application backups, from the workload's protection.immutability (${state}): Unlocked (versions cannot be changed or deleted before the retention ends, and the policy can still be shortened or removed), Locked (irreversible: not even an administrator can shorten it) or Disabled.`,
		default: state,
		validation: {
			condition: 'contains(["Unlocked", "Locked", "Disabled"], var.app_backup_immutability_state)',
			message: 'app_backup_immutability_state must be Unlocked, Locked or Disabled.',
		},
	});
}

function writeTier(b: TerraformBuilder, t: TierContext): boolean {
	const w = b.workload;
	const retention = backupRetentionDays(w);
	const softDelete = blobSoftDeleteDays(retention);
	const account = b.resource(
		'azurerm_storage_account',
		`${t.id}_backups`,
		[
			attr('name', storageName(b, `${t.alnum}bak`)),
			attr('resource_group_name', b.secondaryResourceGroup),
			attr('location', b.secondaryLocation),
			attr('account_tier', 'Standard'),
			attr('account_replication_type', 'LRS'),
			...(w.corruptionProtection
				? [
						block(
							'blob_properties',
							[],
							[
								attr('versioning_enabled', true),
								block('delete_retention_policy', [], [attr('days', softDelete)]),
								block('container_delete_retention_policy', [], [attr('days', softDelete)]),
							],
						),
						block(
							'immutability_policy',
							[],
							[
								attr('state', immutabilityState(b)),
								attr('period_since_creation_in_days', retention),
								attr('allow_protected_append_writes', false),
							],
						),
					]
				: []),
		],
		[
			step(t),
			'Storage account in the secondary region that receives the application backups.',
			t.plan.recommended.rpo.driver,
			...(w.corruptionProtection
				? [
						`Versioning, ${softDelete}-day soft delete of blobs and of containers, and a ${retention}-day immutability`,
						`policy on every blob version (${POLICY_STATE[w.protection.immutability]}, from protection.immutability): you asked for`,
						'protection against deletion and corruption. The account is created with the policy (it cannot',
						'be added later); Locked cannot be undone.',
						...(softDelete < retention
							? [
									`Soft delete keeps at most ${softDelete} days (fact storage.blob-soft-delete-max-days): the immutability policy keeps the rest.`,
								]
							: []),
					]
				: []),
		],
		t.plan.tier,
	);
	b.resource(
		'azurerm_storage_container',
		`${t.id}_backups`,
		[attr('name', 'backups'), attr('storage_account_id', ref(`${account}.id`))],
		['Container the backup job writes to (AzCopy or backup to URL).'],
		t.plan.tier,
	);
	reservation(b, t, 'capacity_reservation_group_id');
	return true;
}

export const appBackupShippingTerraform: PatternTerraform = { writeTier };
