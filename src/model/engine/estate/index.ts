/**
 * The estate: every workload of an export planned at once (issue 23). The entry a page, a Web
 * Worker or the CLI imports: read the export (readVmExport), plan it (planEstate, or
 * planEstateSteps to report progress and stop between workloads), write it out (estateMarkdown,
 * estateCsv, estateJson). The Resource Graph query to show readers is ESTATE_RESOURCE_GRAPH_QUERY.
 */
export {
	planEstate,
	planEstateSteps,
	planEstateFile,
	MAX_ESTATE_VMS,
	ESTATE_WIZARD_PATH,
} from './planEstate.ts';
export type { EstateOptions, EstateProgress } from './planEstate.ts';
export type {
	EstateConflict,
	EstateDemand,
	EstateOrderStep,
	EstateOutage,
	EstateProblem,
	EstateRegionTotal,
	EstateReport,
	EstateSizeQuestion,
	EstateTier,
	EstateTotals,
	EstateWorkload,
} from './estateReport.ts';
export {
	ORDER_RULE,
	noConflictText,
	recoveryByRegion,
	recoveryOrder,
	UNKNOWN_SOURCE,
} from './recoveryOrder.ts';
export {
	UNKNOWN_FAMILY,
	UNKNOWN_TARGET,
	UNKNOWN_TARGET_LABEL,
	DEMAND_FACT_IDS,
	targetLabel,
} from './estateDemand.ts';
export {
	estateCsv,
	estateJson,
	estateMarkdown,
	csvField,
	orderedWorkloads,
	orderSteps,
	ESTATE_CSV_COLUMNS,
	ESTATE_JSON_KIND,
	ESTATE_JSON_VERSION,
} from './estateExport.ts';
export {
	readVmExport,
	ESTATE_RESOURCE_GRAPH_QUERY,
	ESTATE_RESOURCE_GRAPH_COMMAND,
	ESTATE_AZ_VM_LIST_COMMAND,
	DEFAULT_WORKLOAD_TAG,
	DEFAULT_TIER_TAG,
	DEFAULT_PRIORITY_TAG,
	DEFAULT_RTO_TAG,
	DEFAULT_RPO_TAG,
} from '../../schema/import/index.ts';
export type {
	ExportProblem,
	ReadVmExport,
	SizeAnswer,
	UngroupedVm,
} from '../../schema/import/index.ts';
