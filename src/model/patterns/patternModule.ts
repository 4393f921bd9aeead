/**
 * What one pattern folder exports: its definition (prose, caveats, runbook, diagram), and, for
 * a pattern that protects VM tiers or databases, its estimator, the options the engine
 * evaluates, the traps those options carry, its calculator's extra questions, where the
 * decision tree leads to it. The registry (index.ts) derives every table from these; its Terraform
 * writer is the folder's terraform.ts, listed in terraformWriters.ts.
 */
import type { Estimator } from '../kit/estimateParts.ts';
import type { PeopleKind } from '../kit/sharedSteps.ts';
import type { Pattern } from './pattern.ts';
import type { StandbyLevel } from '../kit/standbyLadder.ts';
import type { StepKind } from '../kit/types.ts';
import type { Tier, Workload } from '../schema/workload.ts';

/**
 * A configuration an option does not support: when `applies` holds for the tier, the option is
 * rejected with the kind `not-supported`, this rule's text and its facts.
 */
export interface SupportRule {
	id: string;
	applies: (tier: Tier, workload: Workload) => boolean;
	/** The rule, as the rejection states it; may cite {fact:id}. */
	rule: string;
	factIds: readonly string[];
}

/** Step kinds that create or prepare capacity: by default they need no other tier up. */
export type PreparingKind = Extract<StepKind, 'provision' | 'restore' | 'boot'>;

/** The kinds of tier the engine chooses options for. */
export type TierSituation = 'stateless' | 'stateful-vm' | 'paas';

/** A trap an option carries on a plan; its text follows the tier's name and may cite {fact:id}. */
export interface OptionTrap {
	id: string;
	text: string;
	factIds: string[];
	/** Only for tiers where this holds (a trap every tier carries has none). */
	when?: (tier: Tier, workload: Workload) => boolean;
}

/** One option the engine evaluates: the pattern itself, or one of its variants. */
export interface PatternOption {
	variant?: string;
	/** The kinds of tier it is evaluated for. */
	for: readonly TierSituation[];
	/** VMs are created at failover, when capacity in the target region is best effort. */
	createdAtFailover: boolean;
	/** Where the option sits on the standby ladder. */
	standby: StandbyLevel;
	/**
	 * The steps people (or, with operations.trigger automation, alerts) take for this option;
	 * all three unless the option needs fewer (active/active needs none: its router moves
	 * traffic on health probes alone).
	 */
	peopleSteps?: readonly PeopleKind[];
	/**
	 * A declare step the option imposes in place of the team's decision (a provider's grace
	 * period); the team's own declare minutes do not shorten it.
	 */
	declareStep?: { label: string; factId: string; formula: string };
	/**
	 * Steps of this option that create or prepare capacity (provision, restore, boot) but still
	 * need the tiers this one depends on to be up (engine/dependencyWait.ts): a replica promoted
	 * to serving, a recovery plan's later group. Other preparing steps run from the declaration,
	 * in parallel with the tiers it depends on.
	 */
	waitsForDependencies?: {
		kinds: readonly PreparingKind[];
		/** Why, for the plan's schedule and the runbook; may cite {fact:id}. */
		why: string;
		factIds?: readonly string[];
	};
	traps?: readonly OptionTrap[];
	/** Configurations the option does not support (see supportRules.ts for the shared ones). */
	unsupported?: readonly SupportRule[];
	/**
	 * Configurations the option supports only in preview: when one applies, the engine prefers a
	 * generally available option that meets the tier's targets within its budget
	 * (engine/previewPreference.ts), and uses this one only when none does.
	 */
	preview?: readonly SupportRule[];
}

/**
 * Workload answers a pattern's calculator asks for besides the targets and drills: the
 * regions where the pattern prices transfer between them or works only between pairs.
 */
export type CalculatorAnswer = 'configAsCode' | 'sourceRegion' | 'targetRegion';

/** The tier fields a calculator offers, and the workload fields (targets, answers, drills). */
export type CalculatorTierField =
	| 'vmCount'
	| 'vcpu'
	| 'hourlyPriceUsd'
	| 'disksPerVm'
	| 'dataGiB'
	| 'dailyChangeGiB'
	| 'drCapacityPercent'
	| 'vmSize'
	| 'os'
	| 'sqlServer'
	| 'hybridBenefit'
	| 'diskType'
	| 'replicaDiskType'
	| 'dataSet';
export type CalculatorWorkloadField =
	'rtoMinutes' | 'rpoMinutes' | CalculatorAnswer | 'drillsPerYear';

/**
 * The copies a stateful pattern keeps against corruption (its own, when the plan adds no
 * corruption layer): whether they follow the workload's protection.immutability, as the
 * pattern's Terraform writes it, or why they cannot.
 */
export type OwnCopies = { immutable: true; how: string } | { immutable: false; why: string };

export interface PatternModule {
	definition: Pattern;
	/** For a pattern whose own copies are a tier's protection against corruption. */
	ownCopies?: OwnCopies;
	estimator?: Estimator;
	/** The options the engine evaluates; their ranking's tie-break is the engine's, not this order. */
	options?: readonly PatternOption[];
	calculatorAnswers?: readonly CalculatorAnswer[];
	/** What to remove after a drill (the runbook's clean-up), by variant where it differs. */
	drillCleanUp?: string | ((variant: string | undefined) => string);
	/**
	 * The decision tree's outcome that recommends this pattern (its node is `o-<pattern id>`,
	 * which the tree's questions name, typed): the note shown under it.
	 */
	treeOutcome?: { note: string };
}
