/**
 * Recovery from corruption as its own numbers (issue 21, point 6): for a plan with
 * `corruptionProtection`, each tier's second RPO and RTO, for restoring from its corruption
 * layer rather than failing over, next to the region-outage figures. And the traps a
 * ransomware-minded reviewer expects: no immutable copy, or shipped backups in a container
 * without an immutability policy, said plainly.
 */
import { factNumber } from '../facts/factRegistry.ts';
import { formatMinutes, formatRange } from '../facts/format.ts';
import { getPattern } from '../patterns/patternRegistry.ts';
import { ownCopiesOf } from '../patterns/index.ts';
import { protectionFor } from '../patterns/pattern.ts';
import type { Range } from '../kit/types.ts';
import type { Tier, Workload } from '../schema/workload.ts';
import { evaluateCandidate, type Evaluation } from './evaluate.ts';
import { CORRUPTION_LAYER_PATTERN } from './protectionLayer.ts';

/** A trap as traps.ts collects it (declared here so the two files do not import each other). */
interface Trap {
	id: string;
	tier?: string;
	text: string;
	factIds: string[];
}

export interface CorruptionRecovery {
	tier: string;
	/** What the tier restores from: its corruption layer, or the pattern's own copies. */
	from: string;
	/** Data lost: back to the last copy before the corruption; minutes. */
	rpo: Range;
	/** Minutes to restore and start from that copy. */
	rto: Range;
	/** How both were reached, with the assumption; an estimate. */
	formula: string;
	factIds: string[];
	/** Whether the copy restored from is immutable (locked or not). */
	immutable: boolean;
}

/** The corruption layer's daily backups: lost data up to one interval, half typically. */
function dailyBackupRpo(): Range {
	const interval = factNumber('backup.standard-interval') * 60;
	return { low: 0, typical: interval / 2, high: interval };
}

function one(workload: Workload, tier: Tier, e: Evaluation): CorruptionRecovery | undefined {
	const layer = e.layers.find((l) => l.purpose === 'corruption');
	const immutability = workload.protection?.immutability ?? 'locked';
	if (layer !== undefined) {
		// Restoring from the vault runs the restore steps the model has for Azure Backup.
		const restore = evaluateCandidate(workload, tier, { patternId: CORRUPTION_LAYER_PATTERN });
		return {
			tier: e.tier,
			from: layer.name,
			rpo: dailyBackupRpo(),
			rto: restore.rto.total,
			formula: `Estimate: back to the last daily backup before the corruption (up to ${formatMinutes(dailyBackupRpo().high)} of data, plus any time the corruption went unnoticed and was backed up too); restored with the model’s Azure Backup restore steps for this tier, ${formatRange(restore.rto.total, formatMinutes)}.`,
			factIds: [
				'backup.standard-interval',
				'backup.immutable-vault',
				...restore.rto.steps.flatMap((s) => s.factIds),
			],
			immutable: immutability !== 'none',
		};
	}
	if (protectionFor(getPattern(e.patternId), 'corruption').level === 'yes')
		return {
			tier: e.tier,
			from: `${e.name} (its own copies)`,
			rpo: e.rpo.minutes,
			rto: e.rto.total,
			formula:
				'Estimate: the pattern keeps point-in-time copies, so restoring from the last copy before the corruption takes its own restore steps and loses up to its own RPO, plus any time the corruption went unnoticed.',
			factIds: e.rpo.factIds,
			// Copies follow the workload's immutability where the pattern can lock them (a vault, a
			// storage account's policy); snapshots cannot be.
			immutable: ownCopiesOf(e.patternId)?.immutable === true && immutability !== 'none',
		};
	return undefined;
}

export function corruptionRecoveryOf(
	workload: Workload,
	chosen: readonly Evaluation[],
): CorruptionRecovery[] {
	if (!workload.corruptionProtection) return [];
	return chosen.flatMap((e) => {
		const tier = workload.tiers.find((t) => t.name === e.tier);
		// A stateless tier holds no data to corrupt: it is rebuilt, as on a region outage.
		const r = tier === undefined || tier.kind === 'stateless' ? undefined : one(workload, tier, e);
		return r === undefined ? [] : [r];
	});
}

/** One line: "db: from corruption, RPO up to 24 h (typical 12 h), RTO about 6 h 52 min (…)". */
export function corruptionRecoveryText(r: CorruptionRecovery): string {
	return `${r.tier}: recovering from corruption (restore from ${r.from}${r.immutable ? '' : ', not immutable'}): RPO up to ${formatMinutes(r.rpo.high)} (typical ${formatMinutes(r.rpo.typical)}), RTO about ${formatMinutes(r.rto.typical)} (range ${formatRange(r.rto, formatMinutes)}).`;
}

/** A workload that must recover from ransomware never gets a plan without an immutable copy unsaid. */
export function ransomwareTraps(workload: Workload, chosen: readonly Evaluation[]): Trap[] {
	if (!workload.corruptionProtection) return [];
	const traps: Trap[] = [];
	if (workload.protection?.immutability === 'none')
		traps.push({
			id: 'no-immutable-copy',
			text: 'No immutable copy: your workload sets protection.immutability to none, so an attacker with an administrator’s rights can shorten retention and delete every backup once soft delete runs out. Against ransomware, set it to locked.',
			factIds: ['backup.immutable-vault', 'backup.soft-delete'],
		});
	else if (workload.protection?.immutability === 'unlocked')
		traps.push({
			id: 'immutable-unlocked',
			text: 'Immutability is on but not locked: an administrator, or an attacker with an administrator’s rights, can turn it off. Lock it once retention is settled.',
			factIds: ['backup.immutable-vault'],
		});
	for (const e of chosen) {
		const tier = workload.tiers.find((t) => t.name === e.tier);
		const ownCopies =
			tier?.kind === 'stateful' &&
			tier.data !== 'paas' &&
			e.layers.length === 0 &&
			e.patternId !== CORRUPTION_LAYER_PATTERN &&
			protectionFor(getPattern(e.patternId), 'corruption').level === 'yes';
		const own = ownCopies ? ownCopiesOf(e.patternId) : undefined;
		// Copies the pattern locks follow protection.immutability, whose traps are above.
		if (ownCopies && own?.immutable !== true)
			traps.push({
				id: `own-copies-immutability-${e.tier}`,
				tier: e.tier,
				text: `${e.tier}: ${e.name} keeps the only copies from before the corruption, ${own === undefined ? 'and they resist ransomware only if they cannot be deleted: make them immutable, or add Azure Backup with a locked immutable vault' : `and they cannot be made immutable: ${own.why}`}.`,
				factIds: ['backup.immutable-vault'],
			});
		if (
			e.layers.length === 0 &&
			protectionFor(getPattern(e.patternId), 'corruption').level !== 'yes' &&
			workload.tiers.find((t) => t.name === e.tier)?.data === 'paas'
		)
			traps.push({
				id: `paas-no-immutable-${e.tier}`,
				tier: e.tier,
				text: `${e.tier}: the plan adds no immutable copy for a PaaS database: its own point-in-time backups are what you restore from after corruption; keep long-term retention backups, and check whether your service offers immutable (WORM) backups.`,
				factIds: [],
			});
	}
	return traps;
}
