/** Shipped application backups as Terraform: a storage account and container in the secondary region. */
import { factNumber } from '../../facts/factRegistry.ts';
import { attr, block } from '../../kit/hcl.ts';
import {
	type PatternTerraform,
	ref,
	reservation,
	step,
	storageName,
} from '../../kit/patternTerraform.ts';
import type { TerraformBuilder, TierContext } from '../../kit/terraformBuilder.ts';

/**
 * The state of the backups' immutability policy. Until the workload says it (issue 21's
 * `protection.immutability`), a variable whose default protects and can still be undone.
 */
function immutabilityState(b: TerraformBuilder) {
	return b.variable('app_backup_immutability_state', {
		type: 'string',
		description:
			'Immutability of the shipped application backups: Unlocked (the default: versions cannot be changed or deleted before the retention ends, and the policy can still be shortened or removed), Locked (irreversible, for compliance) or Disabled.',
		default: 'Unlocked',
		validation: {
			condition: 'contains(["Unlocked", "Locked", "Disabled"], var.app_backup_immutability_state)',
			message: 'app_backup_immutability_state must be Unlocked, Locked or Disabled.',
		},
	});
}

function writeTier(b: TerraformBuilder, t: TierContext): boolean {
	const w = b.workload;
	const retention = factNumber('ops.snapshot-retention-days');
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
								block('delete_retention_policy', [], [attr('days', retention)]),
								block('container_delete_retention_policy', [], [attr('days', retention)]),
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
						`Versioning, ${retention}-day soft delete of blobs and of containers, and a ${retention}-day immutability`,
						'policy on every blob version: you asked for protection against deletion and corruption.',
						'The account is created with the policy (it cannot be added later); Locked cannot be undone.',
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
