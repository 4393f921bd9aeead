/**
 * Reading a workload form: each control is named by the field's dotted path. Its text becomes a
 * value by the model's converter (valueFromText, the same as for links); every problem is
 * reported against its field with the accepted range, from the same schema as the CLI and URL. Pure, except
 * unreadableNumbers, which asks the browser.
 */
import {
	runSteps,
	parseWorkload,
	questionFor,
	textFromValue,
	valueFromText,
	type FieldIssue,
	type Workload,
	type WorkloadInput,
} from '~/model/index.ts';
import { fromPaths, valueAtPath, type Json } from '~/model/schema/fieldPaths.ts';

/** The names of a form's number controls holding text the browser cannot read as a number. */
export function unreadableNumbers(form: HTMLFormElement): string[] {
	return [...form.querySelectorAll<HTMLInputElement>('input[type=number]')]
		.filter((input) => input.validity.badInput)
		.map((input) => input.name);
}

export type FormRead =
	| { ok: true; workload: Workload; input: Record<string, Json> }
	| { ok: false; issues: FieldIssue[] };

/**
 * Reads [name, value] pairs (FormData entries) over a base workload. Checkbox fields listed
 * in `checkboxes` are false when absent, as browsers omit unchecked boxes; number fields
 * listed in `unreadable` held text the browser could not read as a number.
 */
export function readWorkloadForm(
	entries: Iterable<readonly [string, string]>,
	base: WorkloadInput,
	checkboxes: readonly string[] = [],
	unreadable: readonly string[] = [],
): FormRead {
	const issues: FieldIssue[] = [];
	const values: [string, Json][] = [];
	const seen = new Set<string>();
	for (const [name, raw] of entries) {
		seen.add(name);
		const read = valueFromText(name, raw, unreadable.includes(name));
		if (!read.ok) issues.push({ field: name, message: read.message });
		else if (read.value !== undefined) values.push([name, read.value]);
	}
	for (const box of checkboxes) if (!seen.has(box)) values.push([box, false]);
	const overlay = fromPaths(values);
	const merged = mergeDeep(structuredClone(base) as unknown as Record<string, Json>, overlay);
	// Optional numeric fields left empty are removed rather than kept from the base.
	for (const name of seen) {
		const q = questionFor(name);
		if (q?.optional === true && !values.some(([n]) => n === name)) removePath(merged, name);
	}
	if (issues.length > 0) {
		const rest = parseWorkload(merged);
		const more = rest.ok
			? []
			: rest.issues.map(onItsControl).filter((i) => !issues.some((x) => x.field === i.field));
		return { ok: false, issues: [...issues, ...more] };
	}
	const parsed = parseWorkload(merged);
	return parsed.ok
		? { ok: true, workload: parsed.workload, input: merged }
		: { ok: false, issues: parsed.issues.map(onItsControl) };
}

/**
 * An issue against the field that holds it in the form: one entry of a list (a tier's
 * dependsOn, "tiers.0.dependsOn.1") is written in the list's one field.
 */
export function onItsControl(issue: FieldIssue): FieldIssue {
	const m = /^(.+)\.\d+$/.exec(issue.field);
	if (m?.[1] !== undefined && questionFor(m[1])?.input === 'list') return { ...issue, field: m[1] };
	return issue;
}

function mergeDeep(
	target: Record<string, Json>,
	source: Record<string, Json>,
): Record<string, Json> {
	for (const [key, value] of Object.entries(source)) {
		const existing = target[key];
		if (
			value !== null &&
			typeof value === 'object' &&
			existing !== null &&
			typeof existing === 'object'
		) {
			target[key] =
				Array.isArray(existing) && Array.isArray(value)
					? value.map((v, i) =>
							v !== null &&
							typeof v === 'object' &&
							!Array.isArray(v) &&
							existing[i] !== null &&
							typeof existing[i] === 'object'
								? mergeDeep(existing[i] as Record<string, Json>, v as Record<string, Json>)
								: (v ?? existing[i] ?? null),
						)
					: mergeDeep(existing as Record<string, Json>, value as Record<string, Json>);
		} else {
			target[key] = value;
		}
	}
	return target;
}

function removePath(root: Record<string, Json>, path: string): void {
	const keys = path.split('.');
	let node: Json = root;
	for (const key of keys.slice(0, -1)) {
		if (node === null || typeof node !== 'object') return;
		node = (node as Record<string, Json>)[key] ?? null;
	}
	const last = keys[keys.length - 1];
	if (node !== null && typeof node === 'object' && last !== undefined)
		delete (node as Record<string, Json>)[last];
}

/**
 * Reads a live workload form (the wizard's, the comparison's or a calculator's): every field,
 * which checkboxes are unticked, and numbers the browser could not read, over the page's base
 * workload. A form that holds every tier (a `[data-tiers]` list) replaces the base's tiers; a
 * calculator's form, which asks a few fields of one tier, overlays them on the base's.
 */
export function readFormElement(form: HTMLFormElement, base: WorkloadInput): FormRead {
	return runSteps(readFormSteps(form, base));
}

/**
 * The same read in three steps, each a few milliseconds on a 10-tier form at 4× CPU throttling:
 * the fields' text, the checkboxes and unreadable numbers, then the model's reading of them. The
 * debounced read yields between them, so a key typed meanwhile waits for one step, not all.
 */
export function* readFormSteps(
	form: HTMLFormElement,
	base: WorkloadInput,
): Generator<void, FormRead, void> {
	const entries = [...new FormData(form).entries()].map(
		([k, v]) => [k, typeof v === 'string' ? v : v.name] as const,
	);
	yield;
	const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map(
		(c) => c.name,
	);
	const unreadable = unreadableNumbers(form);
	const over = form.querySelector('[data-tiers]') === null ? base : { ...base, tiers: [] };
	yield;
	return readWorkloadForm(entries, over, checkboxes, unreadable);
}

/**
 * Writes a workload's values into the controls under `root` (a live form whose tier groups
 * already match its tiers, or one tier's group), each by its field's format.
 */
export function writeFormElement(root: ParentNode, workload: unknown): void {
	for (const el of root.querySelectorAll<
		HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
	>('[name]')) {
		const value = valueAtPath(workload, el.name);
		if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = value === true;
		else el.value = textFromValue(el.name, value) ?? '';
	}
}

/** The status line's sentence while a field is invalid: nothing was recalculated, and why. */
export function notRecalculatedText(invalid: number, noun: string): string {
	const fields = invalid === 1 ? '1 field needs' : `${invalid} fields need`;
	const shown = noun.endsWith('s') ? `${noun} below are` : `${noun} below is`;
	return `Not recalculated: ${fields} a valid value (see the messages by the fields). The ${shown} for the last valid inputs.`;
}

/**
 * A widget's polite status line: `data-status-line`, the attribute's one meaning. (`data-status`
 * is a fact's status, `data-pattern-status` a pattern's, `data-plan-status` a plan's verdict.)
 */
export const STATUS_LINE = '[data-status-line]';

/** Says something in a widget's polite status line. */
export function sayStatus(root: HTMLElement, text: string): void {
	const status = root.querySelector<HTMLElement>(STATUS_LINE);
	if (status !== null) status.textContent = text;
}
