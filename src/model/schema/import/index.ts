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
