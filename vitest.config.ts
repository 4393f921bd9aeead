import { defineConfig } from 'vitest/config';

/** Unit tests: the model, the CLI and component logic. Browser and dist checks have their own configs. */
export default defineConfig({
	test: {
		include: ['test/unit/**/*.test.ts'],
		benchmark: { include: ['test/bench/**/*.bench.ts'] },
	},
});
