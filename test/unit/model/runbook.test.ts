import { describe, expect, it } from 'vitest';
import { parseWorkload, recommend, referenceWorkloadInput } from '~/model/index.ts';
import { mdText, runbookMarkdown } from '~/model/runbook.ts';

const plan = (names: [string, string], name = 'Shop') => {
	const [a, b] = referenceWorkloadInput.tiers;
	const parsed = parseWorkload({
		...referenceWorkloadInput,
		name,
		rpoMinutes: 1, // so that no option meets the targets and the headline names tiers
		tiers: [
			{ ...a!, name: names[0] },
			{ ...b!, name: names[1] },
		],
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return recommend(parsed.workload);
};

describe('the Markdown runbook', () => {
	it('has every section a drill needs, with the predicted figures', () => {
		const md = runbookMarkdown(plan(['web', 'database']), 'https://example.test/wizard/?v=1');
		for (const heading of [
			'## Roles',
			'## Who declares the disaster',
			'## Failover',
			'## Failback',
			'## Drill plan',
			'## Predicted against measured',
		])
			expect(md).toContain(`\n${heading}\n`);
		expect(md).toContain('Reproduce this plan: https://example.test/wizard/?v=1');
		expect(md).toMatch(/^\| \*\*RTO, end to end\*\* \| .+ \| .+ to .+ \| \|$/m);
	});

	it('writes reader-typed names literally: no HTML, no Markdown emphasis, no table breaks', () => {
		const md = runbookMarkdown(
			plan(['<img src=x onerror=alert(1)>', 'a|b **c**'], '<script>x</script>'),
		);
		expect(md).not.toMatch(/(?<!\\)<\/?(img|script)/);
		expect(md).toContain('# DR runbook: \\<script\\>x\\</script\\>');
		expect(md).toContain('### \\<img src=x onerror=alert(1)\\>');
		expect(md).toContain('a\\|b \\*\\*c\\*\\*');
		// Every table row still has its four cells.
		for (const row of md.split('\n').filter((l) => l.startsWith('| ') && l.includes('(a')))
			expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
	});

	it('escapes only what Markdown or HTML could act on', () => {
		expect(mdText('web tier 2 (eu-west)')).toBe('web tier 2 (eu-west)');
		expect(mdText('x_y & <z>')).toBe('x\\_y \\& \\<z\\>');
	});
});
