/** Importing an estate from `az vm list --output json`. */
export { readAzVmList } from './azVmList.ts';
export type { AzVm, ReadAzVmList } from './azVmList.ts';
export { importAzVmList, namePrefix, DEFAULT_TAG_KEY } from './importAzVmList.ts';
export type {
	ImportOptions,
	ImportResult,
	ImportedTier,
	ImportedWorkload,
	SizeAnswer,
	SizeQuestion,
} from './importAzVmList.ts';
export { toWorkloadInput, questionsText } from './toWorkloadInput.ts';
export type { WorkloadFromImport } from './toWorkloadInput.ts';
export { importVms } from './importAzVmList.ts';
export { readVmExport, completeItemsOfTruncated } from './vmExport.ts';
export type { ExportFormat, ExportProblem, ReadVmExport } from './vmExport.ts';
export {
	ESTATE_RESOURCE_GRAPH_QUERY,
	ESTATE_RESOURCE_GRAPH_COMMAND,
	ESTATE_AZ_VM_LIST_COMMAND,
} from './resourceGraph.ts';
export {
	groupEstate,
	groupSettings,
	parseDurationTag,
	tagValue,
	DEFAULT_WORKLOAD_TAG,
	DEFAULT_TIER_TAG,
	DEFAULT_PRIORITY_TAG,
	DEFAULT_RTO_TAG,
	DEFAULT_RPO_TAG,
} from './estateGroups.ts';
export type {
	EstateGroup,
	EstateGroupOptions,
	EstateGroupSettings,
	EstateGroups,
	UngroupedVm,
} from './estateGroups.ts';
export { estateWorkloadInput, sizeAnswerFor } from './estateWorkload.ts';
export type { EstateWorkloadInput, EstateWorkloadOptions } from './estateWorkload.ts';
export { readSizeAnswer, SIZE_ANSWER_FIELDS } from './sizeAnswer.ts';
export type { SizeAnswerKey, SizeAnswerRead } from './sizeAnswer.ts';
