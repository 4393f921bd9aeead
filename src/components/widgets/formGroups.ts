/**
 * How the workload form is laid out, shared by the wizard and the comparison page: the
 * workload-wide questions in their groups, in order, and the field name of a tier question.
 */
import { WIZARD_GROUPS, workloadQuestions, type WizardQuestion } from '~/model/index.ts';

export const FORM_GROUPS = [
	'targets',
	'constraints',
	'routing',
	'operations',
	'drill',
	'prices',
] as const;
export type FormGroup = (typeof FORM_GROUPS)[number];

export interface QuestionGroup {
	key: FormGroup;
	title: string;
	questions: WizardQuestion[];
}

/** The groups a page's form shows: all, or all but those it leaves out. */
export function workloadFormGroups(without: readonly FormGroup[] = []): QuestionGroup[] {
	return FORM_GROUPS.filter((key) => !without.includes(key)).map((key) => ({
		key,
		title: WIZARD_GROUPS[key],
		questions: workloadQuestions.filter((q) => q.group === key),
	}));
}

/** "tiers.*.vmCount" for tier 2 → "tiers.2.vmCount". */
export function tierFieldName(index: number, question: WizardQuestion): string {
	return `tiers.${index}.${question.field.slice('tiers.*.'.length)}`;
}
