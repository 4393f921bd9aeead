/** Azure Backup as Terraform: a geo-redundant vault with Cross Region Restore, a daily policy, each tier's protected VMs. */
import { factNumber } from '../../factRegistry.ts';
import { attr, block, expr } from '../../terraform/hcl.ts';
import {
	type PatternTerraform,
	name,
	ref,
	reservation,
	step,
	vmCountValidation,
} from '../../terraform/patternTerraform.ts';
import type { TerraformBuilder, TierContext } from '../../terraform/terraformBuilder.ts';

function backupShared(b: TerraformBuilder): void {
	b.ensure('backup', () => {
		const w = b.workload;
		const retention = factNumber('ops.snapshot-retention-days');
		b.comment(
			'Azure Backup: a geo-redundant vault in the primary region with Cross Region Restore, and',
			'one daily policy.',
		);
		const vault = b.resource(
			'azurerm_recovery_services_vault',
			'backup',
			[
				attr('name', name(b, 'backup-vault')),
				attr('location', b.primaryLocation),
				attr('resource_group_name', b.primaryResourceGroup),
				attr('sku', 'Standard'),
				attr('storage_mode_type', 'GeoRedundant'),
				attr('cross_region_restore_enabled', true),
				...(w.corruptionProtection ? [attr('immutability', 'Unlocked')] : []),
			],
			[
				'Cross Region Restore restores into the paired region: the plan restores from here.',
				'Soft delete is on by default for new vaults (the provider deprecates soft_delete_enabled); keep it on.',
				...(w.corruptionProtection
					? ['Immutability Unlocked: you asked for protection against deletion and corruption.']
					: []),
			],
		);
		b.resource(
			'azurerm_backup_policy_vm',
			'daily',
			[
				attr('name', name(b, 'daily')),
				attr('resource_group_name', b.primaryResourceGroup),
				attr('recovery_vault_name', ref(`${vault}.name`)),
				attr('timezone', 'UTC'),
				block(
					'backup',
					[],
					[
						attr('frequency', 'Daily'),
						attr(
							'time',
							b.variable('backup_time', {
								type: 'string',
								description:
									'Time of day (UTC, HH:MM on the hour or half hour) for the daily backup.',
							}),
						),
					],
				),
				block('retention_daily', [], [attr('count', retention)]),
			],
			[
				`Daily backups kept ${retention} days (the model's retention, fact ops.snapshot-retention-days).`,
			],
		);
	});
}

function writeTier(b: TerraformBuilder, t: TierContext): boolean {
	backupShared(b);
	const idsVar = `${t.id}_vm_ids`;
	const ids = b.variable(idsVar, {
		type: 'list(string)',
		description: `IDs of the VMs of tier "${t.plan.tier}" to back up.`,
		validation: vmCountValidation(idsVar, t),
	});
	b.resource(
		'azurerm_backup_protected_vm',
		t.id,
		[
			attr('for_each', expr(`toset(${ids.text})`)),
			attr('resource_group_name', b.primaryResourceGroup),
			attr('recovery_vault_name', expr('azurerm_recovery_services_vault.backup.name')),
			attr('source_vm_id', expr('each.value')),
			attr('backup_policy_id', expr('azurerm_backup_policy_vm.daily.id')),
		],
		[step(t), ...reservationNote(t)],
		t.plan.tier,
	);
	reservation(b, t, 'capacity_reservation_group_id');
	return true;
}

function reservationNote(t: TierContext): string[] {
	return t.reserveCapacity
		? ['Restored VMs can be placed in the capacity reservation group below.']
		: [];
}

export const azureBackupTerraform: PatternTerraform = { writeTier };
