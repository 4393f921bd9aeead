import { describe, expect, it } from 'vitest';
import { failbackLead } from '~/components/pattern/failbackLead.ts';
import { patterns } from '~/model/index.ts';

describe('the line under a pattern page’s Failback heading', () => {
	it('names the pattern and every failback step, and differs from page to page', () => {
		const lines = patterns.map((p) => failbackLead(p));
		patterns.forEach((p, i) => {
			expect(lines[i]).toContain(p.name);
			for (const step of p.failback) expect(lines[i]).toContain(step.title);
		});
		expect(new Set(lines).size).toBe(lines.length);
	});

	it('says so when a pattern has no failback steps', () => {
		expect(failbackLead({ name: 'Nothing standing', failback: [] })).toBe(
			'Nothing standing needs no failback steps of its own.',
		);
	});
});
