/** vitest globalSetup: picks the run's fast-check seed once and prints it (see ./propertySeed.ts). */
import type { TestProject } from 'vitest/node';
import { FIXED_PROPERTY_SEED, propertySeedFrom } from './propertySeed.ts';

export default function setup(project: TestProject): void {
	const seed = propertySeedFrom(process.env['FC_SEED']);
	const kind = seed === FIXED_PROPERTY_SEED ? 'fixed' : 'chosen by FC_SEED';
	console.log(
		`fast-check seed ${seed} (${kind}); replay a run with FC_SEED=${seed} npx vitest run --project unit`,
	);
	project.provide('propertySeed', seed);
}
