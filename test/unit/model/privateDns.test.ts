/**
 * A workload reached only inside the private network (issue 18): routing.router 'private-dns'.
 * Its cost, its switch step and its Terraform come from one router rule: a private DNS zone and
 * its queries, a record change plus the TTL, a zone with links and a record, and no Traffic
 * Manager anywhere. Every router in ROUTERS has both halves of a rule, and they agree.
 */
import { describe, expect, it } from 'vitest';
import { parseWorkload, recommend, type Workload } from '~/model/index.ts';
import { AZURERM_VERSION, terraformForWorkload } from '~/model/engine/terraform.ts';
import { factSpread } from '~/model/facts/factRegistry.ts';
import { ROUTER_RULES } from '~/model/kit/routers/index.ts';
import { ROUTER_TERRAFORM } from '~/model/kit/routers/terraform.ts';
import { PROBING_ROUTERS, ROUTERS } from '~/model/schema/workloadValues.ts';
import { loadHclParserFirst, resourceBlock } from './terraformHelpers.ts';
import {
	checkAgainstSnapshot,
	loadSnapshot,
	parseHcl,
	resourceAddresses,
	unresolvedReferences,
} from './terraformSnapshot.ts';

loadHclParserFirst();
const snapshot = loadSnapshot(AZURERM_VERSION);

const input = (routing: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
	name: 'Internal line-of-business app',
	rtoMinutes: 240,
	rpoMinutes: 60,
	configAsCode: true,
	tiers: [
		{ name: 'app', kind: 'stateless', vmCount: 2 },
		{ name: 'db', kind: 'stateful', data: 'vm-replication', vmCount: 2, dailyChangeGiB: 5 },
	],
	routing,
	...extra,
});

function parse(value: unknown): Workload {
	const r = parseWorkload(value);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.workload;
}

const privateDns = parse(
	input({ router: 'private-dns', ttlSeconds: 120, requestsMillionsPerMonth: 30 }),
);

describe('routing.router private-dns in the workload file', () => {
	it('is accepted, and a workload without it still defaults to Traffic Manager', () => {
		expect(privateDns.routing.router).toBe('private-dns');
		expect(parse(input({})).routing.router).toBe('traffic-manager');
	});
	it('an unknown router is refused naming the field and the three accepted values', () => {
		const r = parseWorkload(input({ router: 'dns' }));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues[0]?.field).toBe('routing.router');
		expect(r.issues[0]?.message).toMatch(/traffic-manager.*front-door.*private-dns/);
	});
	it('refuses automated failover, naming operations.trigger: nothing probes a private zone', () => {
		const r = parseWorkload(
			input({ router: 'private-dns' }, { operations: { trigger: 'automation' } }),
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map((i) => i.field)).toEqual(['operations.trigger']);
		expect(r.issues[0]?.message).toMatch(/must be people with routing.router private-dns/);
	});
});

describe('the plan for a private DNS zone', () => {
	const plan = recommend(privateDns);
	it('costs the zone and its queries, labelled estimates, and no Traffic Manager', () => {
		const routing = plan.cost.lines.filter((l) => l.kind === 'routing');
		expect(routing.map((l) => l.label)).toEqual(['Private DNS zone', 'Private DNS queries']);
		expect(routing.map((l) => l.factIds[0])).toEqual([
			'dns.private-zone-price',
			'dns.private-queries-price',
		]);
		for (const l of routing) {
			expect(l.formula).toContain('estimate');
			expect(l.meter.service).toBe('Azure DNS');
		}
		expect(routing[1]?.meter.quantity).toBe(30);
		expect(JSON.stringify(plan.cost.lines)).not.toMatch(/Traffic Manager|Front Door/);
	});
	it('switches by changing the record, then waits up to one TTL for client caches', () => {
		const step = plan.rto.steps.find((s) => s.key === 'traffic');
		const change = factSpread('dns.private-record-switch');
		expect(step?.label).toBe('Switch the private DNS record');
		expect(step?.minutes.low).toBeCloseTo(change.low, 6);
		expect(step?.minutes.typical).toBeCloseTo(change.typical + 1, 6);
		expect(step?.minutes.high).toBeCloseTo(change.high + 2, 6);
		expect(step?.factIds).toContain('dns.private-record-switch');
		expect(step?.formula).toMatch(/TTL of 120 s/);
	});
	it('bills no internet egress for a failed-over day (its clients are inside the network)', () => {
		const served = recommend(
			parse(input({ router: 'private-dns', servedGBPerMonth: 3000, ttlSeconds: 30 })),
		);
		const tm = recommend(parse(input({ servedGBPerMonth: 3000, ttlSeconds: 30 })));
		expect(tm.cost.failedOverDayUsd - served.cost.failedOverDayUsd).toBeGreaterThan(0);
	});
	it('warns about a long TTL in the private record’s words', () => {
		const long = recommend(parse(input({ router: 'private-dns', ttlSeconds: 3600 })));
		const trap = long.traps.find((t) => t.id === 'dns-ttl');
		expect(trap?.text).toMatch(/private DNS record's TTL of 3600 s/);
		expect(trap?.text).not.toMatch(/Traffic Manager/);
	});
	it('writes a private zone linked to both networks and the record, in place of Traffic Manager', async () => {
		const r = terraformForWorkload(privateDns);
		if (!r.ok) throw new Error(r.message);
		const json = await parseHcl(r.hcl);
		expect(checkAgainstSnapshot(json, snapshot)).toEqual([]);
		expect(unresolvedReferences(json)).toEqual([]);
		expect(r.ruleViolations).toEqual([]);
		const addresses = resourceAddresses(json);
		expect(addresses).toEqual(
			expect.arrayContaining([
				'azurerm_private_dns_zone.dr',
				'azurerm_private_dns_zone_virtual_network_link.primary',
				'azurerm_private_dns_zone_virtual_network_link.secondary',
				'azurerm_private_dns_a_record.app',
			]),
		);
		expect(addresses.some((a) => /traffic_manager|frontdoor/.test(a))).toBe(false);
		expect(resourceBlock(json, 'azurerm_private_dns_a_record', 'app')['ttl']).toBe(120);
		expect(
			resourceBlock(json, 'azurerm_private_dns_zone_virtual_network_link', 'primary')[
				'registration_enabled'
			],
		).toBe(false);
	});
});

describe('one rule per router', () => {
	/** What each router's cost, step and Terraform name: they must point at the same service. */
	const expected: Record<(typeof ROUTERS)[number], { service: string; resource: RegExp }> = {
		'traffic-manager': { service: 'Traffic Manager', resource: /^azurerm_traffic_manager_/ },
		'front-door': { service: 'Azure Front Door', resource: /^azurerm_cdn_frontdoor_/ },
		'private-dns': { service: 'Azure DNS', resource: /^azurerm_private_dns_/ },
	};
	it.each(ROUTERS)('%s: its cost lines, its Terraform and its step name one router', (router) => {
		const w = parse(input({ router, ttlSeconds: 60, requestsMillionsPerMonth: 1 }));
		const plan = recommend(w);
		const services = new Set(
			plan.cost.lines.filter((l) => l.kind === 'routing').map((l) => l.meter.service),
		);
		expect([...services]).toEqual([expected[router].service]);
		expect(plan.rto.steps.find((s) => s.key === 'traffic')?.label).toBe(
			ROUTER_RULES[router].stepLabel,
		);
		const r = terraformForWorkload(w);
		if (!r.ok) throw new Error(r.message);
		const routingTypes = new Set(
			r.resources
				.map((x) => x.type)
				.filter((t) => /traffic_manager|cdn_frontdoor|private_dns/.test(t)),
		);
		expect(routingTypes.size).toBeGreaterThan(0);
		for (const t of routingTypes) expect(t).toMatch(expected[router].resource);
	});
	it('a router whose Terraform has no health alert is refused with automation, the others accepted', () => {
		for (const router of ROUTERS) {
			const probes = ROUTER_TERRAFORM[router].healthAlert !== undefined;
			expect(PROBING_ROUTERS.includes(router)).toBe(probes);
			const r = parseWorkload(
				input(
					{ router },
					{
						operations: { trigger: 'automation' },
					},
				),
			);
			expect(r.ok, router).toBe(probes);
		}
	});
});
