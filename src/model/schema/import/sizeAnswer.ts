/**
 * A reader's answer for a VM size the model's table does not know, read from text (the estate
 * page's three fields, the CLI's `--size NAME=VCPU,GIB[,USD]`): vCPUs and memory, both needed, and
 * an optional all-in hourly price per VM. Each value outside the workload file's range gets a
 * message naming the field and its accepted range; nothing half-read is used.
 */
import { RANGES, rangeText, type RangeName } from '../workloadValues.ts';
import type { SizeAnswer } from './importAzVmList.ts';

/** The answer's three fields, their workload-file names and what a reader calls them. */
export const SIZE_ANSWER_FIELDS = [
	{ key: 'vcpu', range: 'vcpu', label: 'vCPUs' },
	{ key: 'memoryGiB', range: 'memoryGiB', label: 'Memory (GiB)' },
	{ key: 'hourlyPriceUsd', range: 'hourlyPriceUsd', label: 'Hourly price per VM (US$, optional)' },
] as const satisfies readonly { key: keyof SizeAnswer; range: RangeName; label: string }[];

export type SizeAnswerKey = (typeof SIZE_ANSWER_FIELDS)[number]['key'];

export type SizeAnswerRead =
	/** Nothing given yet: the size stays a question. */
	| { kind: 'empty' }
	| { kind: 'answer'; answer: SizeAnswer }
	| { kind: 'invalid'; errors: { field: SizeAnswerKey; message: string }[] };

function numberIn(text: string, range: RangeName): number | string {
	const r = RANGES[range];
	const value = Number(text.trim().replace(/,/g, ''));
	if (text.trim() === '' || !Number.isFinite(value) || value < r.min || value > r.max)
		return `must be ${rangeText(r)}`;
	if (r.integer && !Number.isInteger(value)) return `must be ${rangeText(r)}`;
	return value;
}

/** Reads one size's answer from its fields' text. */
export function readSizeAnswer(
	vmSize: string,
	text: Readonly<Partial<Record<SizeAnswerKey, string>>>,
): SizeAnswerRead {
	const given = (key: SizeAnswerKey) => (text[key] ?? '').trim();
	if (SIZE_ANSWER_FIELDS.every((f) => given(f.key) === '')) return { kind: 'empty' };
	const errors: { field: SizeAnswerKey; message: string }[] = [];
	const values: Partial<Record<SizeAnswerKey, number>> = {};
	for (const f of SIZE_ANSWER_FIELDS) {
		if (f.key === 'hourlyPriceUsd' && given(f.key) === '') continue;
		const value = numberIn(given(f.key), f.range);
		if (typeof value === 'number') values[f.key] = value;
		else
			errors.push({
				field: f.key,
				message: `${f.label.replace(/ \(.*\)$/u, '')} of ${vmSize} (${f.key}) ${given(f.key) === '' ? 'is needed: it ' : ''}${value}`,
			});
	}
	const { vcpu, memoryGiB, hourlyPriceUsd } = values;
	if (errors.length > 0 || vcpu === undefined || memoryGiB === undefined)
		return { kind: 'invalid', errors };
	return {
		kind: 'answer',
		answer: { vcpu, memoryGiB, ...(hourlyPriceUsd === undefined ? {} : { hourlyPriceUsd }) },
	};
}
