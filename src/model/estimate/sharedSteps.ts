/**
 * The steps every failover shares, whatever the pattern: someone notices, someone decides,
 * traffic moves, someone checks. Traffic arithmetic follows Microsoft's probe description.
 */
import { factNumber, factSpread } from '../factRegistry.ts';
import { formatMinutes } from '../format.ts';
import type { Operations, Routing } from '../workload.ts';
import type { Range, RtoStep } from './types.ts';

type PeopleKind = 'detect' | 'declare' | 'validate';

/** The steps people take in every failover: the fact that estimates each, and the team's field. */
const PEOPLE_STEPS: Record<
	PeopleKind,
	{ label: string; factId: string; formula: string; field: keyof Operations }
> = {
	detect: {
		label: 'Detect the disruption',
		factId: 'ops.detect',
		formula: 'Estimate: time from the first failures to an engineer looking at them.',
		field: 'detectMinutes',
	},
	declare: {
		label: 'Declare the disaster',
		factId: 'ops.declare',
		formula: 'Estimate: time for the named person to decide to fail over.',
		field: 'declareMinutes',
	},
	validate: {
		label: 'Validate the application',
		factId: 'ops.validate',
		formula: 'Estimate: smoke tests and a check of the critical journeys.',
		field: 'validateMinutes',
	},
};

/**
 * A people step: the model's estimate from its fact, or the team's own time when given. The
 * team's time keeps the estimate's spread in proportion (a drill measures one day, not all).
 */
function peopleStep(kind: PeopleKind, operations: Operations): RtoStep {
	const { label, factId, formula, field } = PEOPLE_STEPS[kind];
	const estimate = factSpread(factId);
	const yours = operations[field];
	if (yours === undefined)
		return { key: kind, kind, label, minutes: estimate, formula, factIds: [factId] };
	const scale = (bound: number) =>
		estimate.typical > 0 ? (yours * bound) / estimate.typical : yours;
	return {
		key: kind,
		kind,
		label,
		minutes: { low: scale(estimate.low), typical: yours, high: scale(estimate.high) },
		formula: `Your time: ${formatMinutes(yours)}, in place of our estimate of ${formatMinutes(estimate.typical)}; the range keeps the estimate's spread.`,
		factIds: [factId],
	};
}

export interface RoutingArithmetic {
	/** Seconds until the router stops sending users to the failed endpoint. */
	detectionSeconds: number;
	/** Seconds clients may keep a cached answer after that (0 for Front Door). */
	cacheSeconds: number;
	range: Range;
	formula: string;
	factIds: string[];
}

/**
 * Traffic Manager marks an endpoint Degraded after (tolerated failures + 1) failed probes,
 * then clients follow within one TTL: 0 if their cache just expired, a full TTL at worst,
 * half on average. Front Door judges health over sample size × interval at its edge.
 */
export function routingArithmetic(routing: Routing): RoutingArithmetic {
	if (routing.router === 'front-door') {
		const sample = factNumber('afd.sample-size');
		const seconds = routing.probeIntervalSeconds * sample;
		return {
			detectionSeconds: seconds,
			cacheSeconds: 0,
			range: { low: seconds / 60, typical: seconds / 60, high: seconds / 60 },
			formula: `Front Door: ${routing.probeIntervalSeconds} s probe interval × sample size ${sample} = ${seconds} s, at the edge; client DNS caches do not delay it.`,
			factIds: ['afd.probe-interval', 'afd.sample-size', 'afd.edge-failover'],
		};
	}
	const probes = routing.toleratedFailures + 1;
	const detection = routing.probeIntervalSeconds * probes;
	const ttl = routing.ttlSeconds;
	return {
		detectionSeconds: detection,
		cacheSeconds: ttl,
		range: {
			low: detection / 60,
			typical: (detection + ttl / 2) / 60,
			high: (detection + ttl) / 60,
		},
		formula: `Traffic Manager: ${routing.probeIntervalSeconds} s interval × (${routing.toleratedFailures} tolerated failures + 1) = ${detection} s to mark the endpoint Degraded, then up to one TTL of ${ttl} s for client caches (typical: half).`,
		factIds: ['tm.probe-interval', 'tm.tolerated-failures', 'tm.default-ttl', 'tm.dns-only'],
	};
}

export function trafficStep(routing: Routing): RtoStep {
	const a = routingArithmetic(routing);
	return {
		key: 'traffic',
		kind: 'traffic',
		label: routing.router === 'front-door' ? 'Switch traffic (Front Door)' : 'Switch traffic (DNS)',
		minutes: a.range,
		formula: a.formula,
		factIds: a.factIds,
	};
}

export function sharedBeforeSteps(operations: Operations = {}): RtoStep[] {
	return [peopleStep('detect', operations), peopleStep('declare', operations)];
}

export function sharedAfterSteps(routing: Routing, operations: Operations = {}): RtoStep[] {
	return [trafficStep(routing), peopleStep('validate', operations)];
}

/** Typical minutes of the steps people take, whatever the pattern: detect, declare, validate. */
export function peopleMinutes(operations: Operations = {}): number {
	return (['detect', 'declare', 'validate'] as const)
		.map((kind) => peopleStep(kind, operations))
		.reduce((sum, s) => sum + s.minutes.typical, 0);
}
