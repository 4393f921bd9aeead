/**
 * Keeping a tier's two linked answers consistent as the reader changes one of them: a
 * stateless tier has no data ("none"), and a stateful tier has somewhere its data lives.
 * Without this, switching a tier to stateless left its data answer behind and the form
 * refused to recalculate until the reader found the second field.
 *
 * No model import: the workload form's loader (workloadFormElement.ts) runs this from the first
 * edit, before the model loads, on every page with the form.
 * A unit test checks these values against the model's schema.
 */

/** Where a tier's data is assumed to live when it becomes stateful: the most conservative. */
export const STATEFUL_DEFAULT_DATA = 'vm-plain';
const NO_DATA = 'none';

/**
 * The (kind, data) pair after the reader set `changed` to its current value; the other answer
 * follows when it contradicts the one just given, and is kept otherwise. Pure.
 */
export function coupleTierAnswers(
	changed: 'kind' | 'data',
	kind: string,
	data: string,
): { kind: string; data: string } {
	if (changed === 'kind') {
		if (kind === 'stateless') return { kind, data: NO_DATA };
		if (kind === 'stateful' && data === NO_DATA) return { kind, data: STATEFUL_DEFAULT_DATA };
		return { kind, data };
	}
	return { kind: data === NO_DATA ? 'stateless' : 'stateful', data };
}

/**
 * A form's change handler: when a tier's kind or data select (named `tiers.N.kind`,
 * `tiers.N.data`) changed, sets the other select to agree. DOM.
 */
export function coupleTierFields(target: EventTarget | null): void {
	if (!(target instanceof HTMLSelectElement) || target.form === null) return;
	const m = /^(tiers\.\d+)\.(kind|data)$/.exec(target.name);
	if (m === null) return;
	const form = target.form;
	const select = (field: string) =>
		form.querySelector<HTMLSelectElement>(`select[name="${CSS.escape(`${m[1]}.${field}`)}"]`);
	const kind = select('kind');
	const data = select('data');
	if (kind === null || data === null) return;
	const next = coupleTierAnswers(m[2] === 'kind' ? 'kind' : 'data', kind.value, data.value);
	kind.value = next.kind;
	data.value = next.data;
}
