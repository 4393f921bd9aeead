import type { Pattern } from '../pattern.ts';

export const dnsFailover: Pattern = {
	id: 'dns-failover',
	name: 'Failover routing with Traffic Manager or Front Door',
	shortName: 'Failover routing',
	category: 'traffic',
	status: 'current',
	appliesTo: ['stateless', 'stateful', 'paas'],
	summary:
		'Every pattern ends by moving users to the secondary region. Traffic Manager does it in DNS, so clients follow when their cached answer expires; Front Door does it at its edge, {fact:afd.edge-failover}. The switch time is part of every RTO on this site.',
	protects: [
		{
			threat: 'region-outage',
			level: 'yes',
			note: 'Routes around a region once the secondary is up.',
		},
		{
			threat: 'zone-outage',
			level: 'yes',
			note: 'Also routes around an unhealthy regional endpoint.',
		},
		{ threat: 'corruption', level: 'no', note: 'Routing does not touch data.' },
		{ threat: 'deletion', level: 'no', note: 'Routing does not touch data.' },
	],
	consistency: { level: 'none', acrossDisks: true, acrossVms: true, note: 'Carries no data.' },
	prerequisites: [
		'An endpoint in each region, with a health probe that checks the application, not just the web server.',
		'A TTL chosen on purpose: Traffic Manager accepts down to {fact:tm.min-ttl}.',
	],
	useWhen: [
		'Always, with priority routing for active-passive and latency or weighted routing for active-active.',
	],
	avoidWhen: [
		'Clients that pin DNS answers (some JVMs, embedded devices): prefer Front Door or the global Load Balancer.',
	],
	caveats: [
		{
			text: 'Traffic Manager changes {fact:tm.dns-only}; resolvers and clients that cache longer than the TTL keep using the dead region.',
			trap: true,
		},
		{
			text: 'There is no single default TTL: it depends on the tool that created the profile (architecture guidance uses {fact:tm.default-ttl}). Read your profile’s TTL and set it explicitly, since a long one alone adds minutes to the RTO.',
			trap: true,
		},
		{
			text: 'Fast probing at {fact:tm.probe-interval-fast} costs extra and detects failure in well under a minute.',
		},
		{
			text: 'Front Door (classic) retires on {fact:afd.classic-retirement}; use Standard or Premium.',
		},
		{
			text: 'The global Load Balancer probes every {fact:glb.probe-interval} and keeps one anycast IP, for layer-4 traffic.',
		},
	],
	failover: [
		{
			title: 'Check the secondary endpoint is healthy',
			detail:
				'Its probe must pass before traffic moves; with priority routing the move is then automatic.',
			owner: 'network engineer',
		},
		{
			title: 'Force the switch if probes disagree',
			detail: 'Disable the primary endpoint so a half-alive primary does not keep traffic.',
			owner: 'network engineer',
		},
	],
	failback: [
		{
			title: 'Re-enable the primary endpoint',
			detail:
				'After the primary is validated, enable it again; with priority routing traffic returns as caches expire.',
			owner: 'network engineer',
		},
	],
	drills: [
		'Disable the primary endpoint in a drill and measure, from several networks, how long clients take to arrive in the secondary.',
	],
	then: {
		era: '2016',
		text: 'Assumed throughout: Traffic Manager or another DNS service fails traffic over from the primary to the secondary region.',
	},
	now: 'TTL can be {fact:tm.min-ttl} (the classic minimum is in the what-changed table), probes can run every {fact:tm.probe-interval-fast}, and Front Door and the global Load Balancer switch without waiting for client DNS caches.',
	factIds: [
		'tm.probe-interval',
		'tm.probe-interval-fast',
		'tm.tolerated-failures',
		'tm.min-ttl',
		'tm.default-ttl',
		'tm.dns-only',
		'afd.probe-interval',
		'afd.sample-size',
		'afd.edge-failover',
		'afd.classic-retirement',
		'glb.probe-interval',
	],
	diagram: {
		nodes: [
			{ id: 'users', label: 'Users', place: 'global' },
			{ id: 'router', label: 'Traffic Manager or Front Door', place: 'global' },
			{ id: 'p', label: 'Primary endpoint', place: 'primary' },
			{ id: 's', label: 'Secondary endpoint', place: 'secondary' },
		],
		edges: [
			{ from: 'users', to: 'router', label: 'resolve or connect' },
			{ from: 'router', to: 'p', label: 'priority 1, while healthy' },
			{ from: 'router', to: 's', label: 'after probes fail and TTL expires', atFailover: true },
		],
	},
	variants: [
		{
			id: 'traffic-manager',
			name: 'Traffic Manager',
			summary: 'DNS-based; clients wait for the TTL.',
		},
		{
			id: 'front-door',
			name: 'Front Door',
			summary: 'Anycast reverse proxy; switches at the edge.',
		},
	],
};
