/**
 * Runs a generator's steps in slices between the browser's tasks, so that long work (the
 * sensitivity analysis: some thirty re-plans) never holds a frame: each slice runs steps until
 * `sliceMs` has passed, then yields to the page. Cancelling (a newer edit) stops it before the
 * next step. Pure scheduling: the clock and the scheduler are parameters, for tests.
 */
export interface SliceOptions {
	/** The most a slice may run before it yields, in ms (a frame is 16). */
	sliceMs?: number;
	now?: () => number;
	/** Runs `fn` in a later task. */
	schedule?: (fn: () => void) => void;
}

/** Starts the run; `done` gets the generator's return value. Returns a cancel function. */
export function runInSlices<T>(
	steps: Iterator<void, T, void>,
	done: (value: T) => void,
	{
		sliceMs = 8,
		now = () => performance.now(),
		schedule = (fn) => void setTimeout(fn, 0),
	}: SliceOptions = {},
): () => void {
	let cancelled = false;
	const slice = () => {
		if (cancelled) return;
		const started = now();
		for (;;) {
			const step = steps.next();
			if (step.done === true) {
				done(step.value);
				return;
			}
			if (cancelled) return;
			if (now() - started >= sliceMs) break;
		}
		schedule(slice);
	};
	schedule(slice);
	return () => {
		cancelled = true;
	};
}
