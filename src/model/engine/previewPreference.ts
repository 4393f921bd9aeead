/**
 * Generally available before preview: an option that protects a tier with a feature still in
 * preview (no SLA, may change) is set aside while a generally available option meets the same
 * tier's targets within its budget. It stays in the plan among the rejected, with the rule's
 * reason, and is chosen only when nothing generally available will do.
 */
import type { Rejection } from '../kit/types.ts';
import type { Evaluation } from './evaluate.ts';

function setAside(e: Evaluation, preview: Rejection, instead: Evaluation): Evaluation {
	const rejection: Rejection = {
		...preview,
		reason: `${preview.reason} The plan prefers ${instead.name}, generally available, which meets this tier’s targets.`,
	};
	return { ...e, viable: false, rejections: [...e.rejections, rejection] };
}

/**
 * The tier's evaluations with every viable preview option set aside when a viable generally
 * available one exists (the first such in the order given: pass them ranked).
 */
export function preferGenerallyAvailable(evaluations: readonly Evaluation[]): Evaluation[] {
	const generallyAvailable = evaluations.find((e) => e.viable && e.preview === undefined);
	if (generallyAvailable === undefined) return [...evaluations];
	return evaluations.map((e) =>
		e.viable && e.preview !== undefined ? setAside(e, e.preview, generallyAvailable) : e,
	);
}
