/**
 * Runs a generator's steps in slices between the browser's tasks, so that long work (the
 * sensitivity analysis: some thirty re-plans) never holds a frame: each slice runs steps until
 * `sliceMs` has passed, then yields to the page. Cancelling (a newer edit) stops it before the
 * next step; finishing (the reader prints) runs the rest at once. Pure scheduling: the clock and
 * the scheduler are parameters, for tests.
 */
export interface SliceOptions {
	/** The most a slice may run before it yields, in ms (a frame is 16). */
	sliceMs?: number;
	now?: () => number;
	/** Runs `fn` in a later task. */
	schedule?: (fn: () => void) => void;
	/** Runs the first slice (by default as `schedule` does; the wizard waits for a frame). */
	start?: (fn: () => void) => void;
}

export interface SlicedRun {
	/** Stops the run before its next step; `done` is never called. */
	cancel: () => void;
	/** Runs every remaining step now and calls `done` (or `failed`), unless already over. */
	finish: () => void;
}

/**
 * A task queue on a MessageChannel: unlike setTimeout(0), not clamped to 4 ms after a few
 * nested calls, and not held back to once a second in a background tab.
 */
export function messageScheduler(): (fn: () => void) => void {
	const queue: (() => void)[] = [];
	const channel = new MessageChannel();
	channel.port1.onmessage = () => queue.shift()?.();
	return (fn) => {
		queue.push(fn);
		channel.port2.postMessage(null);
	};
}

/**
 * Starts the run; `done` gets the generator's return value, `failed` what it threw (the run then
 * ends: a page must not wait for ever on work that broke).
 */
export function runInSlices<T>(
	steps: Iterator<void, T, void>,
	done: (value: T) => void,
	failed: (error: unknown) => void,
	{
		sliceMs = 8,
		now = () => performance.now(),
		schedule = messageScheduler(),
		start = schedule,
	}: SliceOptions = {},
): SlicedRun {
	let over = false;
	/** Runs steps until the run ends or `more()` says to yield; true when the run ended. */
	const run = (more: () => boolean): boolean => {
		try {
			for (;;) {
				const step = steps.next();
				if (step.done === true) {
					over = true;
					done(step.value);
					return true;
				}
				if (!more()) return false;
			}
		} catch (error) {
			over = true;
			failed(error);
			return true;
		}
	};
	const slice = () => {
		if (over) return;
		const started = now();
		if (!run(() => now() - started < sliceMs)) schedule(slice);
	};
	start(slice);
	return {
		cancel: () => {
			over = true;
		},
		finish: () => {
			if (!over) run(() => true);
		},
	};
}
