/**
 * Prints one closing line per test layer and a total in the plain form CI reads:
 * "tests: N passed, N failed" (with ", N skipped" when any were skipped).
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
		const byProject = new Map<string, { passed: number; failed: number; skipped: number }>();
		for (const module of testModules) {
			const name = module.project.name || 'default';
			const counts = byProject.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') counts.passed += 1;
				else if (state === 'failed') counts.failed += 1;
				else counts.skipped += 1;
			}
			// A module that failed to load counts as a failure even with no tests collected.
			if (module.state() === 'failed' && module.children.size === 0) counts.failed += 1;
			byProject.set(name, counts);
		}
		const line = (c: { passed: number; failed: number; skipped: number }) =>
			`${c.passed} passed, ${c.failed} failed${c.skipped > 0 ? `, ${c.skipped} skipped` : ''}`;
		const total = { passed: 0, failed: 0, skipped: 0 };
		process.stdout.write('\n');
		for (const [name, c] of [...byProject].sort()) {
			process.stdout.write(`layer ${name}: ${line(c)}\n`);
			total.passed += c.passed;
			total.failed += c.failed;
			total.skipped += c.skipped;
		}
		process.stdout.write(`tests: ${line(total)}\n`);
	}
}
