import { defineConfig } from 'vitest/config';

/**
 * Every test layer, run by `npm test` after the build:
 * - unit: the model, the CLI and build/component logic (no build needed);
 * - dist: checks over the built HTML in dist/;
 * - browser: Playwright (playwright-core) driving the system Chromium against dist/ served on
 *   loopback, including axe on every page. One file at a time: the machine has 2 cores.
 */
export default defineConfig({
	test: {
		reporters: ['default', './test/support/summaryReporter.ts'],
		projects: [
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
			{ test: { name: 'dist', include: ['test/dist/**/*.test.ts'] } },
			{
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
		],
		benchmark: { include: ['test/bench/**/*.bench.ts'] },
	},
});
