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
} from './fact.ts';
export { UNDATED } from './fact.ts';
export {
	facts,
	getFact,
	hasFact,
	factNumber,
	factSpread,
	factsWithPrevious,
	nearestIds,
	UnknownFactError,
} from './factRegistry.ts';
export { factsDueForReview, reviewDueDate } from './factReview.ts';
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
} from './format.ts';
export { splitFactRefs, factRefsIn, renderFactText } from './factRefs.ts';
export type { TextPart } from './factRefs.ts';
export * from './pattern.ts';
export { patterns, getPattern, hasPattern, UnknownPatternError } from './patternRegistry.ts';
export * from './workload.ts';
export {
	referenceWorkload,
	referenceWorkloadInput,
	referenceWorkloadFor,
} from './referenceWorkload.ts';
export * from './estimate/types.ts';
export { addRanges, maxRanges, scaleRange, roundRange } from './estimate/range.ts';
export { copyMinutes, copyRange } from './estimate/copyTime.ts';
export { resolvePrices, hourlyPrice, dailyChangeGiB, churnMBps } from './estimate/prices.ts';
export type { Prices, Price } from './estimate/prices.ts';
export { routingArithmetic, trafficStep, peopleMinutes } from './estimate/sharedSteps.ts';
export { sensitivity, sensitivitySteps, sensitivityText } from './sensitivity.ts';
export type { SensitivityRow } from './sensitivity.ts';
export type { RoutingArithmetic } from './estimate/sharedSteps.ts';
export { candidatesFor, candidateKey } from './estimate/candidates.ts';
export type { Candidate } from './estimate/candidates.ts';
export {
	chooseInterval,
	intervalRpo,
	SNAPSHOT_INTERVALS,
	LOG_BACKUP_INTERVALS,
} from './estimate/intervals.ts';
export { estimateTier, hasEstimator } from './estimate/estimateTier.ts';
export { PATTERN_IDS, isPatternId } from './patterns/ids.ts';
export type { PatternId } from './patterns/ids.ts';
export { calculatorFields, sizedByCapacity } from './patterns/index.ts';
export {
	evaluateCandidate,
	candidateName,
	RPO_STATISTIC,
	tierTargets,
} from './estimate/evaluate.ts';
export type { Evaluation, TierTargets } from './estimate/evaluate.ts';
export {
	corruptionLayer,
	needsCorruptionLayer,
	CORRUPTION_LAYER_NAME,
	LAYER_SHORT_NAME,
} from './estimate/protectionLayer.ts';
export type { ProtectionLayer } from './estimate/protectionLayer.ts';
export { backupInstanceFee, SMALL_INSTANCE_GB } from './estimate/backupFee.ts';
export { RESERVATION_ASSUMPTION } from './estimate/estimateTier.ts';
export { recommend, MODEL_VERSION } from './recommend.ts';
export { measuredTimeline, measuredToText, measuredFromText } from './measuredTimes.ts';
export type { Measured, MeasuredStep, MeasuredTimeline, MeasuredText } from './measuredTimes.ts';
export type { Plan, PlanRto, PlanStatus, TierPlan } from './recommend.ts';
export { upgradeText } from './upgradeForOrder.ts';
export type { OrderUpgrade } from './upgradeForOrder.ts';
export { STANDBY_LADDER, STANDBY_LEVELS } from './standbyLadder.ts';
export type { StandbyLevel, StandbyRung } from './standbyLadder.ts';
export { dependencyIssues, schedule, startGroups } from './dependencyOrder.ts';
export type { DependencyIssue, Schedule, TierSchedule } from './dependencyOrder.ts';
export { trapsFor } from './traps.ts';
export type { Trap } from './traps.ts';
export * from './classes.ts';
export * from './decisionTree.ts';
export { patternDiagramToMermaid, diagramTextEquivalent } from './patternDiagram.ts';
export type { DiagramTextRow } from './patternDiagram.ts';
export * from './wizardQuestions.ts';
export * from './shareUrl.ts';
export { patternReference, patternCandidates } from './patternReference.ts';
export type { PatternReference } from './patternReference.ts';
export { comparePatterns, comparisonOf, compareTier, dominates } from './compare.ts';
export type { Comparison, ComparedOption, TierComparison, TargetKind } from './compare.ts';
export { runbookMarkdown, mdText, drillCost, tiersInStartOrder } from './runbook.ts';
export type { RunbookOptions, DrillCost } from './runbook.ts';
export { planBrief, planBriefMarkdown, targetStatus, BRIEF_RISKS } from './planBrief.ts';
export type { PlanBrief, BriefTier, TargetStatus } from './planBrief.ts';
export { fromPaths, setPath, toPaths, valueAtPath } from './fieldPaths.ts';
export type { Json } from './fieldPaths.ts';
export { valueFromText, type FieldText } from './fieldText.ts';
export { synonyms, synonymsFor } from './synonyms.ts';
export type { Synonym, SynonymTarget } from './synonyms.ts';
export * from './terraform/index.ts';
export {
	diffPlans,
	planDiffText,
	tierDiffLines,
	relativeChange,
	SAME_PLANS_MESSAGE,
} from './planDiff.ts';
export type { PlanDiff, TierDiff, Change } from './planDiff.ts';
export {
	disruptionCost,
	disruptionLines,
	breakEvenPerYear,
	formatPerYear,
} from './disruptionCost.ts';
export type {
	PlanDisruption,
	TierDisruption,
	OptionDisruption,
	BreakEven,
	DisruptionCost,
} from './disruptionCost.ts';
export { optionProtection } from './optionProtection.ts';
