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
	/** Runs the scheduled tasks one by one; returns how many tasks ran. */
	const drain = () => {
		let tasks = 0;
		while (queue.length > 0) {
			queue.shift()?.();
			tasks++;
		}
		return tasks;
	};
	return { clock, options, drain };
}

describe('runInSlices', () => {
	it('does nothing before the page gets its task back, then finishes in slices of at most 8 ms', () => {
		const { clock, options, drain } = harness();
		let result: number | undefined;
		runInSlices(work(30, clock, 1), (v) => (result = v), options);
		expect(result).toBeUndefined();
		const tasks = drain();
		expect(result).toBe(30);
		// 30 steps of 1 ms in slices of 8 ms: four or five tasks, never one long one.
		expect(tasks).toBeGreaterThanOrEqual(4);
		expect(tasks).toBeLessThanOrEqual(6);
	});

	it('stops for good when cancelled between slices', () => {
		const { clock, options, drain } = harness();
		let result: number | undefined;
		const cancel = runInSlices(work(30, clock, 1), (v) => (result = v), options);
		cancel();
		drain();
		expect(result).toBeUndefined();
	});

	it('a step longer than a slice runs alone in its task, and the run still finishes', () => {
		const { clock, options } = harness();
		const queue: (() => void)[] = [];
		let result: number | undefined;
		runInSlices(work(3, clock, 20), (v) => (result = v), {
			...options,
			schedule: (fn) => void queue.push(fn),
		});
		const perTask: number[] = [];
		while (queue.length > 0) {
			const before = clock.t;
			queue.shift()?.();
			perTask.push(clock.t - before);
		}
		expect(result).toBe(3);
		expect(Math.max(...perTask)).toBe(20);
	});
});
