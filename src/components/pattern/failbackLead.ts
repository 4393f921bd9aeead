/**
 * The line under a pattern page's "Failback" heading: the pattern and its failback steps at a
 * glance. Patterns share their first failback step, so without it search showed five identical
 * excerpts for "failback"; this line makes each page's failback section its own.
 */
import type { Pattern } from '~/model/index.ts';

export function failbackLead(pattern: Pick<Pattern, 'name' | 'failback'>): string {
	const steps = pattern.failback;
	if (steps.length === 0) return `${pattern.name} needs no failback steps of its own.`;
	const count = steps.length === 1 ? 'one step' : `${String(steps.length)} steps`;
	return `Failback for ${pattern.name}, in ${count}: ${steps.map((s) => s.title).join('; ')}.`;
}
