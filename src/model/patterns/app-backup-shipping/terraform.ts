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
						`Versioning and ${retention}-day soft delete: you asked for protection against deletion and corruption.`,
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
