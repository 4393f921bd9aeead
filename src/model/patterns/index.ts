/**
 * The pattern registry: every pattern module, and the tables the model derives from them (the
 * catalogue, the estimators, the options per kind of tier, the traps options carry and the
 * decision tree's outcomes). Add a pattern as its own folder, its id in ids.ts, and one line
 * here (its Terraform writer: one line in terraformWriters.ts).
 */
import type { Estimator } from '../kit/estimateParts.ts';
import type { Pattern } from './pattern.ts';
import type { Tier } from '../schema/workload.ts';
import { appBackupShippingModule } from './app-backup-shipping/index.ts';
import { appReplicationModule } from './app-replication/index.ts';
import { azureBackupModule } from './azure-backup/index.ts';
import { capturedImageModule } from './captured-image/index.ts';
import { diskCopyIntervalModule } from './disk-copy-interval/index.ts';
import { diskCopyModule } from './disk-copy/index.ts';
import { dnsFailoverModule } from './dns-failover/index.ts';
import { grsVmDisksModule } from './grs-vm-disks/index.ts';
import { PATTERN_IDS, type PatternId } from './ids.ts';
import { paasSqlGeoModule } from './paas-sql-geo/index.ts';
import type {
	CalculatorTierField,
	CalculatorWorkloadField,
	OwnCopies,
	PatternModule,
	PatternOption,
	TierSituation,
} from './patternModule.ts';
import { scaleSetRebuildModule } from './scale-set-rebuild/index.ts';
import { siteRecovery2016Module } from './site-recovery-2016/index.ts';
import { siteRecoveryA2aModule } from './site-recovery-a2a/index.ts';

/**
 * One line per pattern. The order is the order options are evaluated in, nothing more: the
 * engine ranks them by an explicit tie-break (engine/recommend.ts, compareViable: monthly cost,
 * then typical RTO, then RPO, then the option's key), so a new line anywhere changes no plan.
 * (The catalogue's order is PATTERN_IDS'.)
 */
const MODULES: Readonly<Record<PatternId, PatternModule>> = {
	'scale-set-rebuild': scaleSetRebuildModule,
	'captured-image': capturedImageModule,
	'disk-copy': diskCopyModule,
	'disk-copy-interval': diskCopyIntervalModule,
	'app-backup-shipping': appBackupShippingModule,
	'app-replication': appReplicationModule,
	'site-recovery-a2a': siteRecoveryA2aModule,
	'azure-backup': azureBackupModule,
	'grs-vm-disks': grsVmDisksModule,
	'site-recovery-2016': siteRecovery2016Module,
	'paas-sql-geo': paasSqlGeoModule,
	'dns-failover': dnsFailoverModule,
};

/** Every pattern, in catalogue order. */
export const allPatterns: readonly Pattern[] = PATTERN_IDS.map((id) => MODULES[id].definition);

export function patternModule(id: PatternId): PatternModule {
	return MODULES[id];
}

/** Whether a pattern's own copies can be made immutable, or why not (undefined: it says nothing). */
export function ownCopiesOf(id: PatternId): OwnCopies | undefined {
	return MODULES[id].ownCopies;
}

export function estimatorFor(id: PatternId): Estimator | undefined {
	return MODULES[id].estimator;
}

/** One option of one pattern, as the engine evaluates it. */
export interface RegisteredOption extends PatternOption {
	patternId: PatternId;
}

const OPTIONS: readonly RegisteredOption[] = (Object.keys(MODULES) as PatternId[]).flatMap(
	(patternId) => (MODULES[patternId].options ?? []).map((o) => ({ ...o, patternId })),
);

/** Which kind of tier the engine is choosing for. */
export function situationOf(tier: Tier): TierSituation {
	if (tier.data === 'paas') return 'paas';
	return tier.kind === 'stateless' ? 'stateless' : 'stateful-vm';
}

/** The options the engine evaluates for a tier, in evaluation order. */
export function optionsFor(tier: Tier): readonly RegisteredOption[] {
	const situation = situationOf(tier);
	return OPTIONS.filter((o) => o.for.includes(situation));
}

/** The option a candidate names, if the pattern offers it. */
export function findOption(
	patternId: PatternId,
	variant: string | undefined,
): RegisteredOption | undefined {
	return OPTIONS.find((o) => o.patternId === patternId && o.variant === variant);
}

/** The decision tree's node for the outcome that recommends a pattern. */
export type OutcomeNodeId = `o-${PatternId}`;

export function outcomeNodeId(patternId: PatternId): OutcomeNodeId {
	return `o-${patternId}`;
}

/** The decision tree's outcome nodes, with the pattern each recommends. */
export const treeOutcomes: readonly {
	nodeId: OutcomeNodeId;
	patternId: PatternId;
	note: string;
}[] = (Object.keys(MODULES) as PatternId[]).flatMap((patternId) => {
	const outcome = MODULES[patternId].treeOutcome;
	return outcome === undefined
		? []
		: [{ nodeId: outcomeNodeId(patternId), patternId, note: outcome.note }];
});

/**
 * Whether a pattern's estimate depends on the standby size (a tier's drCapacityPercent): the VMs
 * needed after failover, which price a running standby and a day failed over. Patterns for VM
 * tiers do; one for data in PaaS runs no VMs of the tier.
 */
export function sizedByCapacity(id: PatternId): boolean {
	return MODULES[id].definition.appliesTo.some((a) => a === 'stateless' || a === 'stateful');
}

/** The fields a pattern's calculator offers for a tier of the given kind. */
export function calculatorFields(
	id: PatternId,
	tierKind: Tier['kind'],
): { tier: readonly CalculatorTierField[]; workload: readonly CalculatorWorkloadField[] } {
	return {
		tier: [
			'vmCount',
			'vcpu',
			'hourlyPriceUsd',
			'disksPerVm',
			'dataGiB',
			...(tierKind === 'stateful' ? (['dailyChangeGiB'] as const) : []),
			...(sizedByCapacity(id) ? (['drCapacityPercent'] as const) : []),
			// What prices a VM tier's compute, licences and disks (issue 18).
			...(sizedByCapacity(id)
				? ([
						'vmSize',
						'os',
						'sqlServer',
						'hybridBenefit',
						'diskType',
						...(tierKind === 'stateful' ? (['replicaDiskType', 'dataSet'] as const) : []),
					] as const)
				: []),
		],
		workload: [
			'rtoMinutes',
			'rpoMinutes',
			...(MODULES[id].calculatorAnswers ?? []),
			'drillsPerYear',
		],
	};
}
