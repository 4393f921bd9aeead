/**
 * Cost review C6: `sqlServer` on a tier whose data is in Azure SQL Database (`data: paas`) was
 * accepted and silently ignored. Stored files and links still open and plan, and the plan now says
 * that the field applies to SQL Server on a VM, that on Azure SQL Database the service tier takes
 * the edition's place, and what it priced: in the CLI text, the wizard's plan and the comparison.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { planText } from '~/cli/planText.ts';
import { comparisonHtml } from '~/components/compare/compareView.ts';
import { planHtml } from '~/components/widgets/planView.ts';
import {
	comparisonOf,
	parseWorkload,
	recommend,
	tierFieldNotes,
	workloadFromSearchParams,
	workloadToQuery,
	type TierInput,
	type WorkloadInput,
} from '~/model/index.ts';

const paas = (extra: Partial<TierInput> = {}): WorkloadInput => ({
	name: 'SQL Database data tier',
	sourceRegion: 'eastus',
	targetRegion: 'pair',
	rtoMinutes: 60,
	rpoMinutes: 15,
	tiers: [
		{ name: 'web', kind: 'stateless', vmCount: 2 },
		{
			name: 'sql',
			kind: 'stateful',
			data: 'paas',
			vmCount: 1,
			vcpu: 16,
			memoryGiB: 128,
			dataGiB: 2048,
			...extra,
		},
	],
});

function planOf(input: WorkloadInput) {
	const r = parseWorkload(input);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return recommend(r.workload);
}

const notesIn = (markup: string) =>
	[
		...parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document.querySelectorAll(
			'[data-field-note]',
		),
	].map((n) => ({ field: n.getAttribute('data-field-note'), text: n.textContent }));

describe('sqlServer on an Azure SQL Database tier', () => {
	const plan = planOf(paas({ sqlServer: 'enterprise' }));
	const [note] = tierFieldNotes(plan.workload, 'sql');

	it('is said not to apply, with what was priced instead', () => {
		expect(note?.field).toBe('sqlServer');
		expect(note?.text).toContain('sqlServer: enterprise');
		expect(note?.text).toContain('applies to SQL Server running on a VM');
		expect(note?.text).toContain('the service tier takes its place');
		expect(note?.text).toContain(
			'Azure SQL Database General Purpose, provisioned, standard-series, 16 vCores',
		);
		expect(tierFieldNotes(plan.workload, 'web')).toEqual([]);
	});

	it('does not change the plan: priced as without the field', () => {
		expect(plan.cost.monthlyUsd).toBe(planOf(paas()).cost.monthlyUsd);
	});

	it('names your hourly price when the tier gives one', () => {
		const own = planOf(paas({ sqlServer: 'standard', hourlyPriceUsd: 3.5 }));
		expect(tierFieldNotes(own.workload, 'sql')[0]?.text).toMatch(
			/sqlServer: standard.*at your hourly price, US\$3\.5 per database/,
		);
	});

	it('says nothing where the field applies or is absent', () => {
		expect(tierFieldNotes(planOf(paas()).workload, 'sql')).toEqual([]);
		expect(tierFieldNotes(planOf(paas({ sqlServer: 'none' })).workload, 'sql')).toEqual([]);
		const onVm = planOf(paas({ data: 'vm-replication', sqlServer: 'enterprise', os: 'windows' }));
		expect(tierFieldNotes(onVm.workload, 'sql')).toEqual([]);
	});

	it('is in the CLI text, the wizard’s plan and the comparison', () => {
		expect(planText(plan)).toContain(`Note: ${note?.text}`);
		expect(notesIn(planHtml(plan).value)).toEqual([{ field: 'sqlServer', text: note?.text }]);
		const c = comparisonOf(plan);
		expect(c.tiers.find((t) => t.tier === 'sql')?.notes).toEqual([note]);
		expect(notesIn(comparisonHtml(c, {}).value)).toEqual([
			{ field: 'sqlServer', text: note?.text },
		]);
		expect(planText(planOf(paas()))).not.toContain('Note:');
	});

	it('still opens from a stored link, without a notice, and the plan says it', () => {
		const read = workloadFromSearchParams(new URLSearchParams(workloadToQuery(plan.workload)));
		expect(read.notices).toEqual([]);
		expect(read.workload.tiers[1]?.sqlServer).toBe('enterprise');
		expect(tierFieldNotes(read.workload, 'sql')).toEqual([note]);
	});
});
