import type { AstroIntegration } from 'astro';
import { facts, factsDueForReview, reviewDueDate } from '../model/index.ts';

/**
 * Warns at every build about facts past their review date, naming each with its due date and
 * the file to edit. With FACT_REVIEW=strict the build fails instead, for a scheduled job that
 * should stop publishing stale figures.
 */
export function factReviewIntegration(
	today = new Date().toISOString().slice(0, 10),
): AstroIntegration {
	return {
		name: 'dr-guides:fact-review',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const due = factsDueForReview(facts, today);
				if (due.length === 0) return;
				const lines = due.map(
					(f) => `  ${f.id} (review was due ${reviewDueDate(f)}; last checked ${f.checked})`,
				);
				const message = [
					`${due.length} fact(s) are past their review date. Re-read their sources and update`,
					'`checked` (and the value if it changed) in src/model/facts/:',
					...lines,
				].join('\n');
				if (process.env['FACT_REVIEW'] === 'strict') throw new Error(message);
				logger.warn(message);
			},
		},
	};
}
