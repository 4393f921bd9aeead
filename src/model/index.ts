/**
 * The strategy model: sourced facts, patterns, the workload schema, estimators, the decision
 * engine, the wizard's questions and the decision tree. Pure TypeScript; pages, widgets, the
 * CLI and tests all import from here.
 */
export type {
	Fact,
	FactStatus,
	FactUnit,
	Source,
	PreviousValue,
	ConflictingValue,
} from './facts/fact.ts';
export { UNDATED } from './facts/fact.ts';
export {
	facts,
	getFact,
	hasFact,
	factNumber,
	factSpread,
	factsWithPrevious,
	nearestIds,
	UnknownFactError,
} from './facts/factRegistry.ts';
export { factsDueForReview, reviewDueDate } from './facts/factReview.ts';
export {
	formatDecimal,
	formatFact,
	formatValue,
	formatMinutes,
	formatMinutesApart,
	formatMinutesExact,
	formatTarget,
	formatUsd,
	formatRange,
} from './facts/format.ts';
export { splitFactRefs, factRefsIn, renderFactText } from './facts/factRefs.ts';
export type { TextPart } from './facts/factRefs.ts';
export * from './patterns/pattern.ts';
export {
	patterns,
	getPattern,
	hasPattern,
	UnknownPatternError,
} from './patterns/patternRegistry.ts';
export * from './schema/workload.ts';
export { referenceWorkload, referenceWorkloadInput, newTier } from './schema/referenceWorkload.ts';
export { referenceWorkloadFor } from './patterns/referenceWorkloadFor.ts';
export * from './kit/types.ts';
export { addRanges, maxRanges, scaleRange, roundRange } from './kit/range.ts';
export { copyMinutes, copyRange } from './kit/copyTime.ts';
export { resolvePrices, hourlyPrice, dailyChangeGiB, churnMBps } from './kit/prices.ts';
export {
	costLineMeterText,
	meterQuantityText,
	meterText,
	meterRegionText,
} from './kit/meterText.ts';
export type { Prices, Price } from './kit/prices.ts';
export { routingArithmetic, trafficStep, peopleMinutes } from './kit/sharedSteps.ts';
export { sensitivity, sensitivitySteps, sensitivityText } from './engine/sensitivity.ts';
export { runSteps } from './kit/runSteps.ts';
export type { SensitivityRow } from './engine/sensitivity.ts';
export type { RoutingArithmetic } from './kit/sharedSteps.ts';
export { candidatesFor, candidateKey } from './engine/candidates.ts';
export type { Candidate } from './engine/candidates.ts';
export {
	chooseInterval,
	intervalRpo,
	SNAPSHOT_INTERVALS,
	LOG_BACKUP_INTERVALS,
} from './kit/intervals.ts';
export { estimateTier, hasEstimator } from './engine/estimateTier.ts';
export { PATTERN_IDS, isPatternId } from './patterns/ids.ts';
export type { PatternId } from './patterns/ids.ts';
export { calculatorFields, sizedByCapacity } from './patterns/index.ts';
export { evaluateCandidate, candidateName, RPO_STATISTIC, tierTargets } from './engine/evaluate.ts';
export type { Evaluation, TierTargets } from './engine/evaluate.ts';
export {
	atRiskNote,
	judgeTarget,
	overallStatus,
	planAtAGlance,
	targetStatus,
	targetStatusText,
	targetMarginText,
	TARGET_STATUS_LABEL,
	TARGET_STATUSES,
} from './engine/targetStatus.ts';
export { chosenInScheduleText } from './engine/scheduleChoice.ts';
export { pinnedText } from './engine/pinnedChoice.ts';
export type { PinnedChoice } from './engine/plan.ts';
export {
	OPTION_KEYS,
	OPTION_KEYS_BY_SITUATION,
	OPTION_LABELS,
	optionKeysFor,
	pinnedOptionMessage,
} from './schema/optionKeys.ts';
export { corruptionRecoveryText } from './engine/corruptionRecovery.ts';
export type { CorruptionRecovery } from './engine/corruptionRecovery.ts';
export type { PlanFailback } from './engine/failback.ts';
export type {
	GlanceRow,
	TargetJudgement,
	TargetStatus,
	TargetsJudged,
} from './engine/targetStatus.ts';
export {
	corruptionLayer,
	needsCorruptionLayer,
	CORRUPTION_LAYER_NAME,
	LAYER_SHORT_NAME,
} from './engine/protectionLayer.ts';
export type { ProtectionLayer } from './engine/protectionLayer.ts';
export { backupInstanceFee, SMALL_INSTANCE_GB } from './kit/backupFee.ts';
export { RESERVATION_ASSUMPTION } from './engine/estimateTier.ts';
export { recommend, MODEL_VERSION } from './engine/recommend.ts';
export { measuredToText, measuredFromText } from './schema/measuredTimes.ts';
export { measuredTimeline } from './engine/measuredTimeline.ts';
export type { Measured, MeasuredText } from './schema/measuredTimes.ts';
export type { MeasuredStep, MeasuredTimeline } from './engine/measuredTimeline.ts';
export type { Plan, PlanRto, PlanStatus, TierPlan } from './engine/recommend.ts';
export { upgradeText } from './engine/upgradeForOrder.ts';
export type { OrderUpgrade } from './engine/upgradeForOrder.ts';
export { STANDBY_LADDER, STANDBY_LEVELS } from './kit/standbyLadder.ts';
export type { StandbyLevel, StandbyRung } from './kit/standbyLadder.ts';
export { dependencyIssues, schedule, startGroups } from './engine/dependencyOrder.ts';
export type { DependencyIssue, Schedule, TierSchedule } from './engine/dependencyOrder.ts';
export { trapsFor } from './engine/traps.ts';
export type { Trap } from './engine/traps.ts';
export * from './schema/classes.ts';
export * from './engine/decisionTree.ts';
export { patternDiagramToMermaid, diagramTextEquivalent } from './patterns/patternDiagram.ts';
export type { DiagramTextRow } from './patterns/patternDiagram.ts';
export * from './schema/wizardQuestions.ts';
export * from './schema/shareUrl.ts';
export { patternReference, patternCandidates } from './engine/patternReference.ts';
export type { PatternReference } from './engine/patternReference.ts';
export { comparePatterns, comparisonOf, compareTier, dominates } from './engine/compare.ts';
export { tierFieldNotes, type FieldNote } from './engine/fieldNotes.ts';
export type { Comparison, ComparedOption, TierComparison, TargetKind } from './engine/compare.ts';
export { runbookMarkdown, mdText, drillCost, tiersInStartOrder } from './engine/runbook.ts';
export type { RunbookOptions, DrillCost } from './engine/runbook.ts';
export { fromPaths, setPath, toPaths, valueAtPath } from './schema/fieldPaths.ts';
export type { Json } from './schema/fieldPaths.ts';
export { textFromValue, valueFromText, type FieldText, type TextFor } from './schema/fieldText.ts';
export { synonyms, synonymsFor } from './patterns/synonyms.ts';
export type { Synonym, SynonymTarget } from './patterns/synonyms.ts';
export { planBrief, planBriefMarkdown, BRIEF_RISKS } from './engine/planBrief.ts';
export type { PlanBrief, BriefTier } from './engine/planBrief.ts';
export {
	diffPlans,
	planDiffText,
	tierDiffLines,
	relativeChange,
	SAME_PLANS_MESSAGE,
} from './engine/planDiff.ts';
export type { PlanDiff, TierDiff, Change } from './engine/planDiff.ts';
export {
	disruptionCost,
	disruptionLines,
	breakEvenPerYear,
	formatPerYear,
} from './engine/disruptionCost.ts';
export type {
	PlanDisruption,
	TierDisruption,
	OptionDisruption,
	BreakEven,
	DisruptionCost,
} from './engine/disruptionCost.ts';
export { optionProtection } from './engine/optionProtection.ts';
