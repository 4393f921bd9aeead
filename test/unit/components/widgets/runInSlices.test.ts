import { describe, expect, it } from 'vitest';
import { runInSlices } from '~/components/widgets/runInSlices.ts';

/** A generator of `n` steps, each advancing the fake clock by `ms`; returns how many ran. */
function* work(n: number, clock: { t: number }, ms: number): Generator<void, number, void> {
	for (let i = 0; i < n; i++) {
		yield;
		clock.t += ms;
	}
	return n;
}

function harness() {
	const clock = { t: 0 };
	const queue: (() => void)[] = [];
	const options = {
		sliceMs: 8,
		now: () => clock.t,
		schedule: (fn: () => void) => void queue.push(fn),
	};
	/** Runs the scheduled tasks one by one; returns the clock time each task used. */
	const drain = () => {
		const perTask: number[] = [];
		while (queue.length > 0) {
			const before = clock.t;
			queue.shift()?.();
			perTask.push(clock.t - before);
		}
		return perTask;
	};
	return { clock, options, drain };
}

const never = () => {
	throw new Error('not expected');
};

describe('runInSlices', () => {
	it('does nothing before the page gets its task back, then finishes in slices of about 8 ms', () => {
		const { clock, options, drain } = harness();
		let result: number | undefined;
		runInSlices(work(30, clock, 1), (v) => (result = v), never, options);
		expect(result).toBeUndefined();
		const perTask = drain();
		expect(result).toBe(30);
		// 30 steps of 1 ms: several tasks, none holding the page past a slice and one step.
		expect(perTask.length).toBeGreaterThanOrEqual(4);
		expect(Math.max(...perTask)).toBeLessThanOrEqual(9);
	});

	it('stops for good when cancelled between slices', () => {
		const { clock, options, drain } = harness();
		let result: number | undefined;
		const run = runInSlices(work(30, clock, 1), (v) => (result = v), never, options);
		run.cancel();
		drain();
		expect(result).toBeUndefined();
	});

	it('a step longer than a slice runs alone in its task, and the run still finishes', () => {
		const { clock, options, drain } = harness();
		let result: number | undefined;
		runInSlices(work(3, clock, 20), (v) => (result = v), never, options);
		expect(Math.max(...drain())).toBe(20);
		expect(result).toBe(3);
	});

	it('finish runs what is left at once (printing cannot wait), and only once', () => {
		const { clock, options, drain } = harness();
		const results: number[] = [];
		const run = runInSlices(work(30, clock, 1), (v) => results.push(v), never, options);
		run.finish();
		expect(results).toEqual([30]);
		drain();
		run.finish();
		expect(results).toEqual([30]);
	});

	it('a step that throws ends the run through `failed`, never leaving it pending', () => {
		const { options, drain } = harness();
		function* broken(): Generator<void, number, void> {
			yield;
			throw new Error('model broke');
		}
		const errors: unknown[] = [];
		runInSlices(broken(), never, (e) => errors.push(e), options);
		drain();
		expect(errors).toHaveLength(1);
		expect(String(errors[0])).toMatch(/model broke/);
	});
});
