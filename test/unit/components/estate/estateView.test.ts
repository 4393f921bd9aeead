import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { estateReportHtml } from '~/components/estate/estateView.ts';
import { planEstateFile, type EstateReport } from '~/model/engine/estate/index.ts';
import { workloadFromSearchParams } from '~/model/index.ts';

const example = readFileSync(
	new URL('../../../../examples/estate/az-vm-list-estate.json', import.meta.url),
	'utf8',
);

function plannedExample(): EstateReport {
	const planned = planEstateFile(example);
	if (!planned.ok) throw new Error(planned.error);
	return planned.report;
}

const documentOf = (report: EstateReport) =>
	parseHTML(`<!doctype html><html><body>${estateReportHtml(report).value}</body></html>`).document;

describe('the estate report view', () => {
	const report = plannedExample();
	const doc = documentOf(report);

	it('has one row per workload, with the model’s status, times and cost as data', () => {
		const rows = [...doc.querySelectorAll('tr[data-workload]')];
		expect(rows.map((r) => r.getAttribute('data-workload'))).toEqual(
			report.workloads.map((w) => w.name),
		);
		for (const w of report.workloads) {
			const row = doc.querySelector(`tr[data-workload="${w.name}"]`);
			expect(row?.getAttribute('data-plan-status')).toBe(w.status ?? 'not-planned');
			expect(row?.getAttribute('data-monthly-usd')).toBe(String(w.monthlyUsd ?? ''));
			expect(row?.getAttribute('data-rto-minutes')).toBe(String(w.rto?.typical ?? ''));
			expect(row?.querySelectorAll('[data-pattern]').length).toBe(w.tiers.length);
		}
	});

	it('links each planned workload to the wizard opened on that workload', () => {
		const planned = report.workloads.filter((w) => w.input !== undefined);
		expect(planned.length).toBeGreaterThan(1);
		for (const w of planned) {
			const link = doc.querySelector(`tr[data-workload="${w.name}"] a[data-open-wizard]`);
			const href = link?.getAttribute('href') ?? '';
			expect(href.startsWith('/wizard/?')).toBe(true);
			const opened = workloadFromSearchParams(new URLSearchParams(href.split('?')[1]));
			expect(opened?.workload.tiers.map((t) => t.name)).toEqual(w.input?.tiers.map((t) => t.name));
		}
	});

	it('gives the totals, the demand per family, the order and every ungrouped VM and problem', () => {
		const totals = doc.querySelector('[data-estate-totals]');
		expect(totals?.getAttribute('data-workloads')).toBe(String(report.totals.workloads));
		expect(totals?.getAttribute('data-monthly-usd')).toBe(String(report.totals.monthlyUsd));
		expect(doc.querySelectorAll('tr[data-family]').length).toBe(report.demand.length);
		expect(doc.querySelectorAll('tr[data-order-position]').length).toBe(
			report.outages.reduce((n, o) => n + o.order.length, 0),
		);
		expect(doc.querySelectorAll('[data-ungrouped-vm]').length).toBe(report.ungrouped.length);
		expect(doc.querySelectorAll('[data-problem-scope]').length).toBe(report.problems.length);
		// Every quota figure's source one click away.
		expect(doc.querySelectorAll('[data-estate-demand] a[href^="/reference/facts/#"]').length).toBe(
			report.demandFactIds.length,
		);
	});

	it('shows one recovery order per source region, each with its own conflicts', () => {
		const contoso = planEstateFile(
			readFileSync(
				new URL('../../../fixtures/estate/contoso-az-vm-list.json', import.meta.url),
				'utf8',
			),
		);
		if (!contoso.ok) throw new Error(contoso.error);
		const d = documentOf(contoso.report);
		const sections = [...d.querySelectorAll('[data-estate-order] [data-outage-region]')];
		expect(sections.map((x) => x.getAttribute('data-outage-region'))).toEqual(
			contoso.report.outages.map((o) => o.sourceRegion),
		);
		expect(sections.length).toBeGreaterThan(1);
		for (const [i, o] of contoso.report.outages.entries()) {
			const rows = [...(sections[i]?.querySelectorAll('tr[data-order-workload]') ?? [])];
			expect(rows.map((r) => r.getAttribute('data-order-workload'))).toEqual(
				o.order.map((s) => s.workload),
			);
			expect(rows.every((r) => r.getAttribute('data-order-region') === o.sourceRegion)).toBe(true);
			expect(sections[i]?.querySelector('[data-conflicts]')?.getAttribute('data-conflicts')).toBe(
				String(o.conflicts.length),
			);
		}
	});

	it('never turns a name from the file into markup', () => {
		const first = report.workloads[0];
		if (first === undefined) throw new Error('the example has no workload');
		const hostile: EstateReport = {
			...report,
			workloads: [{ ...first, name: '<img src=x onerror=alert(1)>' }],
		};
		const shown = estateReportHtml(hostile).value;
		expect(shown).not.toContain('<img src=x');
		expect(
			documentOf(hostile).querySelector('tr[data-workload]')?.getAttribute('data-workload'),
		).toBe('<img src=x onerror=alert(1)>');
	});

	it('shows the demand of a workload without a target region as "target not known", naming it', () => {
		const text = JSON.stringify([
			...(JSON.parse(example) as unknown[]),
			{
				name: 'mars-app-01',
				location: 'marsnorth',
				hardwareProfile: { vmSize: 'Standard_D2s_v5' },
				storageProfile: { osDisk: { osType: 'Linux', diskSizeGb: 64 }, dataDisks: [] },
				tags: { workload: 'mars', tier: 'app' },
			},
		]);
		const planned = planEstateFile(text);
		if (!planned.ok) throw new Error(planned.error);
		const view = documentOf(planned.report);
		const unknown = view.querySelector('[data-region-total][data-target-known="false"]');
		expect(unknown?.getAttribute('data-workloads')).toBe('mars');
		expect(unknown?.getAttribute('data-vcpus')).toBe('2');
		expect(unknown?.textContent).toMatch(/Target not known: 2 vCPUs on 1 VM for mars/);
		const row = view.querySelector('tr[data-demand-region][data-target-known="false"]');
		expect(row?.querySelector('[data-label="Target region"]')?.textContent).toBe(
			'target not known',
		);
		expect(view.querySelectorAll('[data-region-total][data-target-known="true"]').length).toBe(
			planned.report.demandByRegion.length - 1,
		);
	});

	it('says on a workload’s own row why it is not planned (a size the table does not know)', () => {
		const text = JSON.stringify([
			{
				name: 'odd-01',
				location: 'westeurope',
				hardwareProfile: { vmSize: 'Standard_Q99z_v9' },
				storageProfile: { osDisk: { osType: 'Linux', diskSizeGb: 64 }, dataDisks: [] },
				tags: { workload: 'odd', tier: 'app' },
			},
		]);
		const planned = planEstateFile(text);
		if (!planned.ok) throw new Error(planned.error);
		const row = documentOf(planned.report).querySelector('tr[data-workload="odd"]');
		expect(row?.getAttribute('data-plan-status')).toBe('not-planned');
		expect(row?.querySelector('[data-label="Pattern per tier"]')?.textContent).toMatch(
			/Standard_Q99z_v9 .*not planned until answered/,
		);
	});
});
