/**
 * The second layer of protection: where the pattern chosen for a VM tier leaves corruption and
 * ransomware open and the workload asks for protection against them, the tier's option also
 * carries Azure Backup with soft delete and an immutable vault, with its own cost lines.
 */
import { factNumber } from '../facts/factRegistry.ts';
import { getPattern } from '../patterns/patternRegistry.ts';
import { protectionFor } from '../patterns/pattern.ts';
import type { PatternId } from '../patterns/ids.ts';
import type { Tier, Workload } from '../schema/workload.ts';
import { backupInstanceLine } from '../kit/backupFee.ts';
import { storageLine, type EstimateContext } from '../kit/estimateParts.ts';
import type { ProtectionLayerOf } from '../kit/types.ts';

export type ProtectionLayer = ProtectionLayerOf<PatternId>;

/** How an option's name shows the layer. */
export const LAYER_SHORT_NAME = 'immutable backup (corruption layer)';

export const CORRUPTION_LAYER_NAME =
	'Azure Backup with soft delete and an immutable vault (corruption layer)';

/** Whether the option needs the corruption layer: the workload asks, the pattern falls short. */
export function needsCorruptionLayer(
	workload: Workload,
	tier: Tier,
	patternId: PatternId,
): boolean {
	if (!workload.corruptionProtection || tier.data === 'paas') return false;
	return protectionFor(getPattern(patternId), 'corruption').level !== 'yes';
}

/** The layer's cost: the protected-instance fee by size band and the vault storage it holds. */
export function corruptionLayer(ctx: EstimateContext): ProtectionLayer {
	const retention = factNumber('ops.snapshot-retention-days');
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
		patternId: 'azure-backup',
		purpose: 'corruption',
		name: CORRUPTION_LAYER_NAME,
		note: 'Replication copies corruption and encryption by ransomware to the other copy within minutes; daily backups kept in a vault with soft delete ({fact:backup.soft-delete}, up to {fact:backup.soft-delete-max-days} with enhanced soft delete) and locked immutability survive both. A vault in the source region is enough against corruption: it does not protect against a region outage, which the pattern covers.',
		lines,
		factIds: [
			'backup.immutable-vault',
			'backup.soft-delete',
			'backup.soft-delete-max-days',
			'ops.snapshot-retention-days',
			...lines.flatMap((l) => l.factIds),
		],
	};
}
