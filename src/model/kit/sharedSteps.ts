/**
 * The steps every failover shares, whatever the pattern: someone notices, someone decides,
 * traffic moves, someone checks. Traffic arithmetic follows Microsoft's probe description.
 */
import { factNumber, factSpread } from '../facts/factRegistry.ts';
import { formatMinutes } from '../facts/format.ts';
import type { Operations, Routing } from '../schema/workload.ts';
import type { Range, RtoStep } from './types.ts';

export type PeopleKind = 'detect' | 'declare' | 'validate';

export const PEOPLE_KINDS: readonly PeopleKind[] = ['detect', 'declare', 'validate'];

interface PeopleStepText {
	label: string;
	factId: string;
	formula: string;
}

/**
 * The steps people take in a failover: for each, the fact that estimates it when people do it
 * and when an alert starts the recovery plan (operations.trigger), and the team's own field.
 */
const PEOPLE_STEPS: Record<
	PeopleKind,
	{
		people: PeopleStepText;
		automation: PeopleStepText;
		field: 'detectMinutes' | 'declareMinutes' | 'validateMinutes';
	}
> = {
	detect: {
		people: {
			label: 'Detect the disruption',
			factId: 'ops.detect',
			formula: 'Estimate: time from the first failures to an engineer looking at them.',
		},
		automation: {
			label: 'Detect the disruption (alert)',
			factId: 'ops.alert-detect',
			formula:
				'Estimate: a metric alert on the health probes evaluates and fires; no one has to be looking.',
		},
		field: 'detectMinutes',
	},
	declare: {
		people: {
			label: 'Declare the disaster',
			factId: 'ops.declare',
			formula: 'Estimate: time for the named person to decide to fail over.',
		},
		automation: {
			label: 'Start the recovery plan (alert action)',
			factId: 'ops.automated-declare',
			formula:
				'Estimate: the alert’s action group starts the recovery plan; the decision was taken beforehand.',
		},
		field: 'declareMinutes',
	},
	validate: {
		people: {
			label: 'Validate the application',
			factId: 'ops.validate',
			formula: 'Estimate: smoke tests and a check of the critical journeys.',
		},
		automation: {
			label: 'Validate the application (automated smoke tests)',
			factId: 'ops.automated-validate',
			formula:
				'Estimate: scripted smoke tests of the critical journeys run as the last step of the recovery plan.',
		},
		field: 'validateMinutes',
	},
};

/**
 * A people step: the model's estimate from its fact (people's or automation's, by the
 * trigger), or the team's own time when given. The team's time keeps the estimate's spread in
 * proportion (a drill measures one day, not all).
 */
function peopleStep(kind: PeopleKind, operations: Operations): RtoStep {
	const entry = PEOPLE_STEPS[kind];
	const { label, factId, formula } = entry[operations.trigger ?? 'people'];
	const estimate = factSpread(factId);
	const yours = operations[entry.field];
	if (yours === undefined)
		return { key: kind, kind, label, minutes: estimate, formula, factIds: [factId] };
	// Your time keeps the spread of the people estimate, whoever starts the recovery, so the
	// same minutes give the same range either way.
	const spread = factSpread(entry.people.factId);
	const scale = (bound: number) => (spread.typical > 0 ? (yours * bound) / spread.typical : yours);
	return {
		key: kind,
		kind,
		label,
		minutes: { low: scale(spread.low), typical: yours, high: scale(spread.high) },
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

/** Operations with nothing given: people decide, our estimates for every step. */
export const DEFAULT_OPERATIONS: Operations = { trigger: 'people' };

/**
 * The steps before recovery starts: noticing, then declaring. `needs` lists the people steps
 * the options in play need (an active/active tier needs none: its router moves traffic alone).
 */
export function sharedBeforeSteps(
	operations: Operations = DEFAULT_OPERATIONS,
	needs: ReadonlySet<PeopleKind> = new Set(PEOPLE_KINDS),
): RtoStep[] {
	return (['detect', 'declare'] as const)
		.filter((k) => needs.has(k))
		.map((k) => peopleStep(k, operations));
}

export function sharedAfterSteps(
	routing: Routing,
	operations: Operations = DEFAULT_OPERATIONS,
	needs: ReadonlySet<PeopleKind> = new Set(PEOPLE_KINDS),
): RtoStep[] {
	return [
		trafficStep(routing),
		...(needs.has('validate') ? [peopleStep('validate', operations)] : []),
	];
}

/** Typical minutes of the steps people take, whatever the pattern: detect, declare, validate. */
export function peopleMinutes(operations: Operations = DEFAULT_OPERATIONS): number {
	return PEOPLE_KINDS.map((kind) => peopleStep(kind, operations)).reduce(
		(sum, s) => sum + s.minutes.typical,
		0,
	);
}
