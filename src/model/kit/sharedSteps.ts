/**
 * The steps every failover shares, whatever the pattern: someone notices, someone decides,
 * traffic moves, someone checks. Traffic arithmetic follows Microsoft's probe description.
 */
import { factSpread } from '../facts/factRegistry.ts';
import { formatMinutes } from '../facts/format.ts';
import type { Operations, Routing } from '../schema/workload.ts';
import { routerRule, type RoutingArithmetic } from './routers/index.ts';
import type { RtoStep } from './types.ts';

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

export type { RoutingArithmetic } from './routers/index.ts';

/** How long moving users takes, by the workload's router (its rule's arithmetic). */
export function routingArithmetic(routing: Routing): RoutingArithmetic {
	return routerRule(routing).arithmetic(routing);
}

export function trafficStep(routing: Routing): RtoStep {
	const a = routingArithmetic(routing);
	return {
		key: 'traffic',
		kind: 'traffic',
		label: routerRule(routing).stepLabel,
		minutes: a.range,
		formula: `${a.formula} The same for any number of VMs: it moves one name or endpoint for the region, not one per VM.`,
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
