/**
 * Issue 18: once `npm run prices:refresh` has read a size's own meter, that size's cost lines
 * use it, sourced to the Retail Prices API with the snapshot's date, not the family estimate.
 * The snapshot module is replaced here by one that holds E8s_v5's two prices.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PriceSnapshot } from '~/model/facts/priceSnapshotType.ts';

vi.mock('~/model/facts/priceSnapshot.ts', () => {
	const meter = (productName: string, retailPrice: number) => ({
		serviceName: 'Virtual Machines',
		productName,
		skuName: 'E8s v5',
		meterName: 'E8s v5',
		armRegionName: 'eastus',
		unitOfMeasure: '1 Hour',
		retailPrice,
		effectiveStartDate: '2026-11-01T00:00:00Z',
	});
	const PRICE_SNAPSHOT: PriceSnapshot = {
		date: '2026-12-08',
		api: 'https://prices.azure.com/api/retail/prices',
		currency: 'USD',
		prices: {},
		sizes: {
			Standard_E8s_v5: {
				linux: { value: 0.5, meters: [meter('Virtual Machines Esv5 Series', 0.5)] },
				windows: { value: 0.9, meters: [meter('Virtual Machines Esv5 Series Windows', 0.9)] },
			},
		},
	};
	return { PRICE_SNAPSHOT };
});

const { evaluateCandidate, parseWorkload } = await import('~/model/index.ts');

const drillLine = (tier: Record<string, unknown>) => {
	const r = parseWorkload({
		rtoMinutes: 240,
		rpoMinutes: 60,
		tiers: [{ name: 'db', kind: 'stateful', data: 'vm-plain', vmCount: 2, ...tier }],
	});
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	const t = r.workload.tiers[0];
	if (t === undefined) throw new Error('no tier');
	const line = evaluateCandidate(r.workload, t, { patternId: 'site-recovery-a2a' }).cost.lines.find(
		(l) => l.label.startsWith('Test failovers'),
	);
	if (line === undefined) throw new Error('no drill line');
	return line;
};

describe('a size priced by its own meter', () => {
	it('Linux: the size’s price, the API and the snapshot’s date, no family fact', () => {
		const l = drillLine({ vmSize: 'Standard_E8s_v5' });
		expect(l.meter.unitPriceUsd).toBe(0.5);
		expect(l.formula).toContain('Standard_E8s_v5, Linux: US$0.5 an hour');
		expect(l.formula).toContain('Azure Retail Prices API, read 2026-12-08');
		expect(l.formula).not.toContain('estimate');
		expect(l.factIds).not.toContain('vm.family-memory');
	});
	it('Windows: the Windows meter, which carries the licence (no licence added on top)', () => {
		const l = drillLine({ vmSize: 'Standard_E8s_v5', os: 'windows' });
		expect(l.meter.unitPriceUsd).toBe(0.9);
		expect(l.formula).toContain('Virtual Machines Esv5 Series Windows');
		expect(l.factIds).not.toContain('vm.windows-licence-vcpu-hour');
	});
	it('Windows with Azure Hybrid Benefit: the Linux meter', () => {
		expect(
			drillLine({ vmSize: 'Standard_E8s_v5', os: 'windows', hybridBenefit: true }).meter
				.unitPriceUsd,
		).toBe(0.5);
	});
	it('a size the snapshot lacks stays a labelled estimate', () => {
		expect(drillLine({ vmSize: 'Standard_E16s_v5' }).formula).toMatch(
			/Standard_E16s_v5: estimate, 16 vCPUs/,
		);
	});
});
