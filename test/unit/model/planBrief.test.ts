/** The plan on one page for stakeholders: workload, targets and status, cost, top risks, drills. */
import { describe, expect, it } from 'vitest';
import {
	BRIEF_RISKS,
	formatUsd,
	parseWorkload,
	planBrief,
	planBriefMarkdown,
	recommend,
	referenceWorkload,
	TARGET_STATUS_LABEL,
	type Workload,
} from '~/model/index.ts';

const plan = recommend(referenceWorkload);

function workload(patch: Partial<Workload>): Workload {
	const parsed = parseWorkload({ ...referenceWorkload, ...patch });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return parsed.workload;
}

describe('the brief’s statuses', () => {
	it('are the plan’s own (one rule for RTO and RPO, from targetStatus)', () => {
		const b = planBrief(plan);
		expect(b.rto.status).toBe(TARGET_STATUS_LABEL[plan.targetStatus.rto.status]);
		expect(b.rpo.status).toBe(TARGET_STATUS_LABEL[plan.targetStatus.rpo.status]);
		plan.tiers.forEach((t, i) => {
			const worse = [t.targetStatus.rto.status, t.targetStatus.rpo.status].includes('missed')
				? 'missed'
				: [t.targetStatus.rto.status, t.targetStatus.rpo.status].includes('at-risk')
					? 'at risk'
					: 'met';
			expect(b.tiers[i]?.status).toBe(worse);
		});
	});
});

describe('planBriefMarkdown', () => {
	const md = planBriefMarkdown(plan, 'https://example.test/wizard/?v=2');

	it('gives the workload, its targets with a status, cost, risks, the next drill and a sign-off', () => {
		expect(md).toMatch(/^# Disaster recovery plan: /);
		expect(md).toMatch(/\*\*Status: (met|at risk|missed)\.\*\*/);
		for (const t of plan.tiers) expect(md).toContain(`| ${t.tier} |`);
		expect(md).toContain(formatUsd(plan.cost.monthlyUsd));
		expect(md).toMatch(/## Top risks/);
		expect(md).toMatch(/## Drills\n\n\d+ a year/);
		expect(md).toMatch(/Approved by/);
		expect(md).toContain('https://example.test/wizard/?v=2');
	});

	it('fits one page: at most three risks, the rest counted', () => {
		const b = planBrief(plan);
		expect(b.risks.length).toBeLessThanOrEqual(BRIEF_RISKS);
		expect(b.risks.length + b.moreRisks).toBe(
			plan.traps.length + b.tiers.filter((t) => t.status === 'missed').length,
		);
		expect(md.split('\n').length).toBeLessThan(60);
	});

	it('says missed, and names the tier as a risk, when a target cannot be met', () => {
		const tight = recommend(workload({ rtoMinutes: 1, rpoMinutes: 0 }));
		const b = planBrief(tight);
		expect(b.status).toBe('missed');
		expect(b.risks[0]).toMatch(/tier misses its targets/);
	});

	it('asks for a drill when none is planned', () => {
		const b = planBrief(recommend(workload({ drillsPerYear: 0 })));
		expect(b.drill).toMatch(/No drill is planned/);
	});

	it('keeps a reader-typed name from becoming Markdown', () => {
		const md2 = planBriefMarkdown(recommend(workload({ name: '**x** | <b>' })));
		expect(md2).toContain('\\*\\*x\\*\\* \\| \\<b\\>');
	});
});
