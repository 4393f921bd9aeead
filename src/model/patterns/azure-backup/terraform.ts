/**
 * Azure Backup as Terraform: a vault in the primary region, a daily policy, each tier's protected
 * VMs. As a pattern the vault is geo-redundant with Cross Region Restore; as the corruption layer
 * under a replication pattern it serves the same VMs in place, and one vault serves every tier.
 */
import { backupRetentionDays } from '../../kit/retention.ts';
import type { ProtectionLayerOf } from '../../kit/types.ts';
import { attr, block, expr, type HclExpr } from '../../kit/hcl.ts';
import {
	type PatternTerraform,
	name,
	ref,
	reservation,
	reservesCapacity,
	step,
	vmCountValidation,
} from '../../kit/patternTerraform.ts';
import type { TerraformBuilder, TierContext } from '../../kit/terraformBuilder.ts';

/** Why the vault is there: the tier's own pattern, or a layer under another pattern. */
type BackupUse = { as: 'pattern' } | { as: 'layer'; layer: ProtectionLayerOf };

const VAULT = 'azurerm_recovery_services_vault.backup';
const POLICY = 'azurerm_backup_policy_vm.daily';

/**
 * The vault and the daily policy, written once for the whole plan. The first use writes them: the
 * plan writes every pattern's tiers before any layer, so an Azure Backup tier's vault (with Cross
 * Region Restore) is the one the layers share.
 */
function backupShared(b: TerraformBuilder, use: BackupUse): void {
	b.ensure('backup', () => {
		const w = b.workload;
		const retention = backupRetentionDays(w);
		const pattern = use.as === 'pattern';
		b.comment(
			...(pattern
				? [
						'Azure Backup: a geo-redundant vault in the primary region with Cross Region Restore, and',
						'one daily policy.',
					]
				: [
						`${use.layer.name}:`,
						'one vault in the primary (source) region and one daily policy for every tier whose',
						'replication copies corruption to the other copy.',
					]),
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
				...(pattern ? [attr('cross_region_restore_enabled', true)] : []),
				...(w.corruptionProtection ? [attr('immutability', 'Unlocked')] : []),
			],
			[
				...(pattern
					? ['Cross Region Restore restores into the paired region: the plan restores from here.']
					: [
							'In the source region: enough against corruption; the replication covers a region outage.',
							'The plan prices geo-redundant storage; LocallyRedundant costs less.',
						]),
				'Soft delete is on by default for new vaults (the provider deprecates soft_delete_enabled); keep it on.',
				...(w.corruptionProtection
					? ['Immutability Unlocked: you asked for protection against deletion and corruption.']
					: []),
				...(pattern
					? []
					: [
							'The layer counts on a locked vault: once the retention is right, set Locked (it cannot be undone).',
						]),
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
				w.corruptionProtection && w.protection.retentionDays !== undefined
					? `Daily backups kept ${retention} days (the workload's protection.retentionDays).`
					: `Daily backups kept ${retention} days (the model's retention, fact ops.snapshot-retention-days).`,
			],
		);
		if (w.protection.resourceGuard === true) resourceGuard(b, vault);
	});
}

/**
 * Multi-user authorisation (protection.resourceGuard): the vault is associated with a Resource
 * Guard that lives in another subscription or tenant, owned by another team, so this
 * Terraform takes the guard's ID rather than creating it beside the vault it guards.
 */
function resourceGuard(b: TerraformBuilder, vault: string): void {
	const guard = b.variable('resource_guard_id', {
		type: 'string',
		description:
			'Resource ID of the Resource Guard that must approve critical operations on the backup vault (multi-user authorisation). Keep it in another subscription or tenant, owned by a security team: this Terraform does not create it.',
		validation: {
			condition:
				'can(regex("(?i)^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft.DataProtection/resourceGuards/[^/]+$", var.resource_guard_id))',
			message:
				'resource_guard_id must be a Resource Guard resource ID: /subscriptions/<id>/resourceGroups/<name>/providers/Microsoft.DataProtection/resourceGuards/<name>.',
		},
	});
	b.resource(
		'azurerm_recovery_services_vault_resource_guard_association',
		'backup',
		[attr('vault_id', ref(`${vault}.id`)), attr('resource_guard_id', guard)],
		[
			'protection.resourceGuard: the Resource Guard must approve disabling soft delete and the',
			'critical operations its owner chooses (reducing retention, stopping protection with data deletion).',
		],
	);
}

/** The tier's VMs, backed up daily with the shared policy. */
function protectedVms(b: TerraformBuilder, t: TierContext, ids: HclExpr, lines: string[]): void {
	b.resource(
		'azurerm_backup_protected_vm',
		t.id,
		[
			attr('for_each', expr(`toset(${ids.text})`)),
			attr('resource_group_name', b.primaryResourceGroup),
			attr('recovery_vault_name', expr(`${VAULT}.name`)),
			attr('source_vm_id', expr('each.value')),
			attr('backup_policy_id', expr(`${POLICY}.id`)),
		],
		lines,
		t.plan.tier,
	);
}

/** The tier's VM IDs, asked for as a variable. */
function vmIds(b: TerraformBuilder, t: TierContext): HclExpr {
	const idsVar = `${t.id}_vm_ids`;
	return b.variable(idsVar, {
		type: 'list(string)',
		description: `IDs of the VMs of tier "${t.plan.tier}" to back up.`,
		validation: vmCountValidation(idsVar, t),
	});
}

function writeTier(b: TerraformBuilder, t: TierContext): boolean {
	backupShared(b, { as: 'pattern' });
	protectedVms(b, t, vmIds(b, t), [step(t), ...reservationNote(t)]);
	reservation(b, t, 'capacity_reservation_group_id');
	return true;
}

/** The corruption layer under a tier's replication pattern: its source VMs in the shared vault. */
function writeLayer(
	b: TerraformBuilder,
	t: TierContext,
	layer: ProtectionLayerOf,
	sourceVmIds: HclExpr | undefined,
): void {
	backupShared(b, { as: 'layer', layer });
	protectedVms(b, t, sourceVmIds ?? vmIds(b, t), [
		step(t),
		`Corruption layer: daily restore points of the tier's source VMs in the vault above, from`,
		'before any corruption or encryption that the replication copies.',
	]);
}

function reservationNote(t: TierContext): string[] {
	return reservesCapacity(t)
		? ['Restored VMs can be placed in the capacity reservation group below.']
		: [];
}

export const azureBackupTerraform: PatternTerraform = { writeTier, writeLayer };
