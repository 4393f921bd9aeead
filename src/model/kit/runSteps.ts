/**
 * Runs a step generator to its end and gives its result. Work that a page runs in slices between
 * frames (the sensitivity analysis, the form's debounced read) is written as a generator that
 * yields between its steps; run here, it is the same work in one call.
 */
export function runSteps<T>(steps: Iterator<void, T, void>): T {
	for (;;) {
		const step = steps.next();
		if (step.done === true) return step.value;
	}
}
