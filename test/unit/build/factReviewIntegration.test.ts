import { afterEach, describe, expect, it } from 'vitest';
import { factReviewIntegration } from '~/build/factReviewIntegration.ts';

type Hook = (options: { logger: { warn: (message: string) => void } }) => void;

function runBuildStart(today: string): string[] {
	const warnings: string[] = [];
	const hook = factReviewIntegration(today).hooks['astro:build:start'] as unknown as Hook;
	hook({ logger: { warn: (m) => warnings.push(m) } });
	return warnings;
}

describe('fact review at build time', () => {
	afterEach(() => {
		delete process.env['FACT_REVIEW'];
	});

	it('says nothing while every fact is within its review date', () => {
		expect(runBuildStart('2026-11-25')).toEqual([]);
	});

	it('warns, naming each overdue fact and the folder to edit, once facts pass their date', () => {
		const [warning] = runBuildStart('2099-01-01');
		expect(warning).toMatch(/past their review date/);
		expect(warning).toMatch(/src\/model\/facts\//);
		expect(warning).toMatch(/asr\.rto-sla \(review was due \d{4}-\d{2}-\d{2}/);
	});

	it('fails the build instead when FACT_REVIEW=strict', () => {
		process.env['FACT_REVIEW'] = 'strict';
		expect(() => runBuildStart('2099-01-01')).toThrow(/past their review date/);
	});
});
