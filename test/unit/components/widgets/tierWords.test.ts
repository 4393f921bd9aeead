import { describe, expect, it } from 'vitest';
import { questionFor, recommend, referenceWorkload } from '~/model/index.ts';
import { DATA_TEXT, tierKindText } from '~/components/widgets/tierWords.ts';
import { planHtml } from '~/components/widgets/planView.ts';

describe('a tier’s kind in words', () => {
	it('has words for every value the schema accepts, and never shows the code', () => {
		const values = (questionFor('tiers.*.data')?.options ?? []).map((o) => o.value);
		expect(Object.keys(DATA_TEXT).sort()).toEqual([...values].sort());
		for (const data of values) {
			const text = tierKindText({ kind: data === 'none' ? 'stateless' : 'stateful', data });
			if (data !== 'none') expect(text).not.toContain(data);
		}
		expect(tierKindText({ kind: 'stateful', data: 'vm-replication' })).toBe(
			'stateful, data on VMs, with native replication and backup',
		);
	});

	it('the plan’s tier headings show words, not schema codes', () => {
		const text = planHtml(recommend(referenceWorkload)).value.replace(/<[^>]+>/g, ' ');
		expect(text).toContain('(stateful, data on VMs, with native replication and backup)');
		expect(text).not.toMatch(/data: vm-|\bvm-(plain|backup|replication)\b/);
	});
});
