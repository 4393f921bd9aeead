/**
 * Issue 18 points 6 and 9, review R5: each router's cost lines name their meter as the pricing
 * calculator does, and price what its Terraform writes, resource for resource: Traffic Manager's
 * endpoints by their type and probe interval, Front Door's profile, the private DNS zone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	factNumber,
	parseWorkload,
	recommend,
	type CostLine,
	type Workload,
	type WorkloadInput,
} from '~/model/index.ts';
import { terraformForPlan } from '~/model/engine/terraform.ts';
import { routingCost } from '~/model/kit/routingCost.ts';
import {
	TM_ENDPOINTS,
	trafficManagerInterval,
} from '~/model/kit/routers/trafficManagerEndpoints.ts';
import {
	first,
	loadHclParserFirst,
	planWith,
	resourceBlock,
	resourcesOfType,
} from '../terraformHelpers.ts';
import {
	checkAgainstSnapshot,
	loadSnapshot,
	parseHcl,
	type HclJson,
} from '../terraformSnapshot.ts';

loadHclParserFirst();

function parse(input: unknown): Workload {
	const r = parseWorkload(input);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.workload;
}

const workload = (routing: WorkloadInput['routing'], extra: Partial<WorkloadInput> = {}) =>
	parse({
		rtoMinutes: 240,
		rpoMinutes: 60,
		sourceRegion: 'westeurope',
		targetRegion: 'northeurope',
		tiers: [{ name: 'web', kind: 'stateless', vmCount: 2 }],
		routing,
		...extra,
	});

async function hclOf(w: Workload, activeActive = false): Promise<HclJson> {
	const plan = activeActive
		? planWith(w, { web: 'scale-set-rebuild/active-active' })
		: recommend(w);
	const tf = terraformForPlan(plan);
	if (!tf.ok) throw new Error(tf.message);
	return parseHcl(tf.hcl);
}

const routingLines = (w: Workload): CostLine[] =>
	recommend(w).cost.lines.filter((l) => l.kind === 'routing');

/** A line the calculator can take: service, SKU, quantity, unit price, region, and its sum. */
function expectCalculatorShape(l: CostLine): void {
	const m = l.meter;
	expect(m.service, l.label).not.toBe('');
	expect(m.sku, l.label).not.toBe('');
	expect(m.unit, l.label).not.toBe('');
	expect(m.region, l.label).not.toBe('');
	expect(m.quantity, l.label).toBeGreaterThan(0);
	expect(m.unitPriceUsd, l.label).toBeGreaterThan(0);
	expect(Math.abs(m.quantity * m.unitPriceUsd - l.monthlyUsd), l.label).toBeLessThan(0.006);
	expect(l.factIds.length, l.label).toBeGreaterThan(0);
}

const ALL_ROUTERS: WorkloadInput['routing'][] = [
	{ router: 'traffic-manager', requestsMillionsPerMonth: 50 },
	{ router: 'traffic-manager', probeIntervalSeconds: 10, requestsMillionsPerMonth: 50 },
	{ router: 'front-door', requestsMillionsPerMonth: 200, servedGBPerMonth: 5000 },
	{ router: 'private-dns', requestsMillionsPerMonth: 3 },
];

describe('routing cost lines in the calculator’s shape', () => {
	it.each(ALL_ROUTERS)('%o', (routing) => {
		const lines = routingLines(workload(routing));
		expect(lines.length).toBeGreaterThan(1);
		for (const l of lines) expectCalculatorShape(l);
	});
});

describe('Traffic Manager: the endpoints priced are the endpoints written (review R5)', () => {
	it('writes Azure endpoints on the regions’ public IP IDs, no external endpoint', async () => {
		const json = await hclOf(workload({ router: 'traffic-manager' }));
		expect(resourcesOfType(json, 'azurerm_traffic_manager_external_endpoint')).toEqual([]);
		expect(resourcesOfType(json, TM_ENDPOINTS.resource).sort()).toEqual(['primary', 'secondary']);
		const primary = resourceBlock(json, TM_ENDPOINTS.resource, 'primary');
		expect(primary['target_resource_id']).toBe('${var.primary_public_ip_id}');
		expect(checkAgainstSnapshot(json, loadSnapshot('4.73.0'))).toEqual([]);
		const variable = first(
			(json['variable'] as Record<string, unknown[]>)['secondary_public_ip_id'],
		);
		const validation = first(variable['validation']);
		expect(String(validation['condition'])).toContain('Microsoft.Network/publicIPAddresses');
	});

	it('prices one health check of the written type per endpoint resource, and the fast add-on exactly when the profile probes every 10 s', async () => {
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 10, max: 30 }), fc.boolean(), async (probe, aa) => {
				const w = workload({ router: 'traffic-manager', probeIntervalSeconds: probe });
				const json = await hclOf(w, aa);
				const endpoints = resourcesOfType(json, TM_ENDPOINTS.resource).length;
				expect('weight' in resourceBlock(json, TM_ENDPOINTS.resource, 'primary')).toBe(aa);
				const interval = first(
					resourceBlock(json, 'azurerm_traffic_manager_profile', 'dr')['monitor_config'],
				)['interval_in_seconds'];
				const lines = routingCost(w).lines;
				const checks = lines.filter((l) => l.label === 'Traffic Manager health checks');
				const fast = lines.filter((l) => l.label === 'Traffic Manager fast interval health checks');
				expect(checks).toHaveLength(1);
				expect(checks[0]?.meter.quantity).toBe(endpoints);
				expect(checks[0]?.meter.sku.startsWith(TM_ENDPOINTS.type)).toBe(true);
				expect(interval).toBe(trafficManagerInterval(probe));
				expect(fast).toHaveLength(interval === 10 ? 1 : 0);
				if (interval === 10) {
					expect(fast[0]?.meter.quantity).toBe(endpoints);
					expect(fast[0]?.meter.sku.startsWith(TM_ENDPOINTS.type)).toBe(true);
					expect(fast[0]?.meter.unitPriceUsd).toBe(factNumber(TM_ENDPOINTS.fastFact));
				}
			}),
			{ numRuns: 12 },
		);
	}, 60_000);

	it('bills a 25 s probe interval as the 30 s probes the profile is written with', () => {
		const labels = routingLines(
			workload({ router: 'traffic-manager', probeIntervalSeconds: 25 }),
		).map((l) => l.label);
		expect(labels).toEqual(['Traffic Manager health checks']);
	});
});

describe('Front Door and private DNS: one priced profile or zone for the one written', () => {
	it('Front Door: the Standard profile written is the Standard base fee priced', async () => {
		const w = workload({ router: 'front-door' });
		const json = await hclOf(w);
		expect(resourcesOfType(json, 'azurerm_cdn_frontdoor_profile')).toEqual(['dr']);
		expect(resourceBlock(json, 'azurerm_cdn_frontdoor_profile', 'dr')['sku_name']).toBe(
			'Standard_AzureFrontDoor',
		);
		const base = routingLines(w).filter((l) => l.meter.sku.startsWith('Standard, base fee'));
		expect(base.map((l) => l.meter.quantity)).toEqual([1]);
	});
	it('private DNS: the zone written is the zone priced', async () => {
		const w = workload({ router: 'private-dns' });
		const json = await hclOf(w);
		expect(resourcesOfType(json, 'azurerm_private_dns_zone')).toEqual(['dr']);
		const zone = routingLines(w).filter((l) => l.meter.sku === 'Private DNS zone');
		expect(zone.map((l) => l.meter.quantity)).toEqual([1]);
	});
});

describe('the data transfer of serving users from the secondary (issue 18 points 6 and 7)', () => {
	const served = (
		router: 'traffic-manager' | 'front-door' | 'private-dns',
		target = 'northeurope',
	) => workload({ router, servedGBPerMonth: 3000 }, { targetRegion: target });
	const egressLines = (lines: readonly CostLine[]) =>
		lines.filter((l) => l.meter.service === 'Bandwidth');

	it('behind Traffic Manager: a day failed over serves it all from the secondary, active/active serves its share every month, and the two add up to the whole', () => {
		const w = served('traffic-manager');
		const days = factNumber('vm.hours-per-month') / 24;
		const passive = routingCost(w);
		expect(egressLines(passive.lines)).toEqual([]);
		expect(passive.failedOverDayLine?.meter.quantity).toBeCloseTo(3000 / days, 6);
		const both = routingCost(w, true);
		const monthly = egressLines(both.lines);
		expect(monthly).toHaveLength(1);
		expect(monthly[0]?.meter.quantity).toBeCloseTo(1500, 6);
		expect(both.failedOverDayLine?.meter.quantity ?? 0).toBeCloseTo(1500 / days, 6);
		for (const l of [...monthly, both.failedOverDayLine]) {
			if (l === undefined) throw new Error('no line');
			expectCalculatorShape(l);
			expect(l.meter.region).toBe('northeurope');
		}
		expect(both.failedOverDayUsd).toBeCloseTo(both.failedOverDayLine?.monthlyUsd ?? -1, 9);
	});

	it('behind Front Door it is Front Door’s own line, once; a private zone’s clients are inside the network', () => {
		for (const router of ['front-door', 'private-dns'] as const)
			for (const aa of [false, true]) {
				const r = routingCost(served(router), aa);
				expect(egressLines(r.lines), router).toEqual([]);
				expect(r.failedOverDayLine, router).toBeUndefined();
				expect(r.failedOverDayUsd, router).toBe(0);
			}
		const fd = routingCost(served('front-door')).lines.filter((l) =>
			l.meter.sku.includes('data transfer out to clients'),
		);
		expect(fd.map((l) => l.meter.quantity)).toEqual([3000]);
	});

	it('is priced at the secondary region’s zone', () => {
		const cases: [string, string, string][] = [
			['westeurope', 'northeurope', 'network.internet-egress-price'],
			['japaneast', 'japanwest', 'network.internet-egress-price-zone2'],
			['southafricanorth', 'southafricawest', 'network.internet-egress-price-zone3'],
			['uaenorth', 'qatarcentral', 'network.internet-egress-price-zone2'],
			['westeurope', 'israelcentral', 'network.internet-egress-price'],
		];
		for (const [source, target, fact] of cases) {
			const w = workload(
				{ router: 'traffic-manager', servedGBPerMonth: 100 },
				{ sourceRegion: source, targetRegion: target },
			);
			const line = routingCost(w).failedOverDayLine;
			expect(line?.factIds, target).toEqual([fact]);
			expect(line?.meter.unitPriceUsd, target).toBe(factNumber(fact));
		}
	});

	it('says what it assumes when no volume is given', () => {
		const r = routingCost(workload({ router: 'traffic-manager' }));
		expect(r.failedOverDayLine).toBeUndefined();
		expect(r.failedOverDayFormula).toContain('routing.servedGBPerMonth');
	});

	it('an active/active plan carries the line, and its day failed over only the rest', () => {
		const w = workload(
			{ router: 'traffic-manager', servedGBPerMonth: 3000, probeIntervalSeconds: 10 },
			{
				rtoMinutes: 10,
				configAsCode: true,
				corruptionProtection: false,
				operations: { trigger: 'automation' },
				tiers: [{ name: 'web', kind: 'stateless', vmCount: 40, vmSize: 'Standard_D2s_v5' }],
			},
		);
		const plan = recommend(w);
		expect(plan.tiers[0]?.recommended.standby).toBe('active-active');
		expect(egressLines(plan.cost.lines).map((l) => l.meter.quantity)).toEqual([1500]);
		expect(plan.cost.failedOverDayLines.map((l) => l.meter.quantity)).toEqual([
			expect.closeTo(1500 / (factNumber('vm.hours-per-month') / 24), 6),
		]);
	});
});
