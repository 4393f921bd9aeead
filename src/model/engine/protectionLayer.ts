/**
 * The second layer of protection: where the pattern chosen for a VM tier leaves corruption and
 * ransomware open and the workload asks for protection against them, the tier's option also
 * carries Azure Backup with soft delete and an immutable vault, with its own cost lines.
 */
import { backupRetentionDays } from '../kit/retention.ts';
import { getPattern } from '../patterns/patternRegistry.ts';
import { protectionFor } from '../patterns/pattern.ts';
import { ownCopiesOf } from '../patterns/index.ts';
import type { PatternId } from '../patterns/ids.ts';
import type { Tier, Workload } from '../schema/workload.ts';
import { backupInstanceLine } from '../kit/backupFee.ts';
import { storageLine, type EstimateContext } from '../kit/estimateParts.ts';
import type { ProtectionLayerOf } from '../kit/types.ts';

export type ProtectionLayer = ProtectionLayerOf<PatternId>;

/** The pattern the corruption layer is made of: Azure Backup's vault. */
export const CORRUPTION_LAYER_PATTERN: PatternId = 'azure-backup';

/** How an option's name shows the layer. */
export const LAYER_SHORT_NAME = 'immutable backup (corruption layer)';

export const CORRUPTION_LAYER_NAME =
	'Azure Backup with soft delete and an immutable vault (corruption layer)';

/**
 * Whether the option needs the corruption layer: the workload asks, and the pattern falls short,
 * either against corruption itself or because an immutable copy is asked for
 * (`protection.immutability`, locked unless set) and its own copies cannot be locked (review R8:
 * managed-disk snapshots, which whoever may delete them can delete).
 */
export function needsCorruptionLayer(
	workload: Workload,
	tier: Tier,
	patternId: PatternId,
): boolean {
	if (!workload.corruptionProtection || tier.data === 'paas') return false;
	if (protectionFor(getPattern(patternId), 'corruption').level !== 'yes') return true;
	const immutableAsked = (workload.protection?.immutability ?? 'locked') !== 'none';
	return immutableAsked && ownCopiesOf(patternId)?.immutable === false;
}

/** The layer's cost: the protected-instance fee by size band and the vault storage it holds. */
export function corruptionLayer(ctx: EstimateContext): ProtectionLayer {
	const protection = ctx.workload.protection;
	const retention = backupRetentionDays(ctx.workload);
	const immutability = protection?.immutability ?? 'locked';
	const lines = [
		backupInstanceLine(ctx, 'Corruption layer: Backup protected instances'),
		storageLine(
			ctx,
			'Corruption layer: vault storage',
			ctx.tier.dataGiB + retention * ctx.changeGiB,
			ctx.n,
			ctx.prices.backupPerGibMonth,
			`data + ${retention} days of changes, priced at the geo-redundant rate; a locally redundant vault costs less`,
			'source',
		),
	];
	return {
		patternId: CORRUPTION_LAYER_PATTERN,
		purpose: 'corruption',
		name:
			immutability === 'locked'
				? CORRUPTION_LAYER_NAME
				: immutability === 'unlocked'
					? 'Azure Backup with soft delete and an immutable vault, not yet locked (corruption layer)'
					: 'Azure Backup with soft delete, without immutability (corruption layer)',
		note: `${protectionNote(immutability, retention, protection?.resourceGuard === true)} Replication copies corruption and encryption by ransomware to the other copy within minutes, and disk snapshots can be deleted by anyone allowed to delete them; daily backups kept in a vault with soft delete ({fact:backup.soft-delete}, up to {fact:backup.soft-delete-max-days} with enhanced soft delete) and locked immutability survive both. A vault in the source region is enough against corruption: it does not protect against a region outage, which the pattern covers.`,
		lines,
		factIds: [
			'backup.immutable-vault',
			'backup.soft-delete',
			'backup.soft-delete-max-days',
			'ops.snapshot-retention-days',
			...(protection?.resourceGuard === true
				? ['backup.mua-resource-guard', 'vaults.which-vault']
				: []),
			...lines.flatMap((l) => l.factIds),
		],
	};
}

/** What the workload's `protection` asks of the layer, in words. */
function protectionNote(
	immutability: 'none' | 'unlocked' | 'locked',
	retentionDays: number,
	resourceGuard: boolean,
): string {
	return [
		immutability === 'locked'
			? 'Immutability locked: no one can delete recovery points before they expire.'
			: immutability === 'unlocked'
				? 'Immutability on but not locked: an administrator can still turn it off, so a stolen admin account can too; lock it once retention is settled.'
				: 'No immutability, as your workload asks: a stolen admin account can shorten retention and delete the backups once soft delete runs out.',
		`Backups kept ${retentionDays} days.`,
		resourceGuard
			? 'A Resource Guard in another subscription or tenant must approve disabling soft delete and, as you choose, reducing retention or deleting backup data on the Recovery Services vault that holds these VM backups ({fact:backup.mua-resource-guard}); it guards backup operations only, not Site Recovery replication or a Backup vault’s Disk Backup snapshots ({fact:vaults.which-vault}). The guard is not priced here: no Microsoft page we could read says whether it is billed; the plan’s Terraform links the vault to it by ID.'
			: '',
	]
		.filter((x) => x !== '')
		.join(' ');
}
