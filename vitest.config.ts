import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The `~/` alias of tsconfig.json, for tests that import src/ as the site does. */
const resolve = { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } };

/**
 * Every test layer. `npm test` runs unit first, then `npm run check` (types, lint, format), the
 * build, and dist with browser last, so a formatting nit never hides a test result:
 * - unit: the model, the CLI and build/component logic (no build needed); fast-check properties
 *   run on one seed per run, fixed unless FC_SEED says otherwise (test/support/propertySeed.ts);
 * - dist: checks over the built HTML in dist/;
 * - browser: Playwright (playwright-core) driving the system Chromium against dist/ served on
 *   loopback, including axe on every page. One file at a time: the machine has 2 cores.
 */
export default defineConfig({
	resolve,
	test: {
		reporters: ['default', './test/support/summaryReporter.ts'],
		projects: [
			{
				resolve,
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts'],
					globalSetup: ['test/support/propertySeedGlobal.ts'],
					setupFiles: ['test/support/propertySeedSetup.ts'],
					// Property tests run hundreds of plans; on a busy 2-core machine one can pass 5 s.
					testTimeout: 30_000,
				},
			},
			{
				resolve,
				test: { name: 'dist', include: ['test/dist/**/*.test.ts'] },
			},
			{
				resolve,
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
		],
	},
});
