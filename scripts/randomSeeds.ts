/**
 * `npm run test:random-seeds`: the unit tests with fast-check on a new random seed (printed at the
 * start), to look for inputs the fixed seed of `npm test` never tries. Extra arguments go to vitest,
 * e.g. `npm run test:random-seeds -- test/unit/model/recommend.properties.test.ts`. A failure
 * prints the seed: replay it with FC_SEED=<seed> npx vitest run --project unit.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const run = spawnSync(
	process.execPath,
	[vitest, 'run', '--project', 'unit', ...process.argv.slice(2)],
	{ stdio: 'inherit', env: { ...process.env, FC_SEED: process.env['FC_SEED'] ?? 'random' } },
);
process.exit(run.status ?? 1);
