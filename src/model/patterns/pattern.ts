/** A DR pattern as it applies today, with what the 2016/2017 advice said. */
import type { PatternId } from './ids.ts';

export type Category = 'false-friend' | 'stateless' | 'stateful' | 'paas-data' | 'traffic';

export const CATEGORY_LABELS: Record<Category, string> = {
	'false-friend': 'False friend',
	stateless: 'Stateless VMs',
	stateful: 'Stateful VMs',
	'paas-data': 'Data in PaaS',
	traffic: 'Traffic routing',
};

export type Threat = 'region-outage' | 'zone-outage' | 'corruption' | 'deletion';

export const THREATS: readonly Threat[] = [
	'region-outage',
	'zone-outage',
	'corruption',
	'deletion',
];

export const THREAT_LABELS: Record<Threat, string> = {
	'region-outage': 'Region outage',
	'zone-outage': 'Zone outage',
	corruption: 'Logical corruption or ransomware',
	deletion: 'Accidental deletion',
};

export type Coverage = 'yes' | 'partial' | 'no';

export interface Protection {
	threat: Threat;
	level: Coverage;
	note: string;
}

export type ConsistencyLevel = 'crash' | 'app' | 'none';

export const CONSISTENCY_LABELS: Record<ConsistencyLevel, string> = {
	crash: 'Crash-consistent',
	app: 'Application-consistent',
	none: 'No state to keep consistent',
};

export interface Consistency {
	level: ConsistencyLevel;
	/** Do the disks of one VM recover from the same moment? */
	acrossDisks: boolean;
	/** Do several VMs recover from the same moment? */
	acrossVms: boolean;
	note: string;
}

export type Role =
	| 'incident lead'
	| 'platform engineer'
	| 'database administrator'
	| 'application owner'
	| 'network engineer';

export interface Step {
	title: string;
	detail: string;
	owner?: Role;
}

export interface Caveat {
	text: string;
	/** A trap: a mistake that loses data or time when it matters. */
	trap?: boolean;
}

export interface DiagramNode {
	id: string;
	label: string;
	place: 'primary' | 'secondary' | 'global';
}

export interface DiagramEdge {
	from: string;
	to: string;
	label: string;
	/** Dashed in the diagram: happens only at failover. */
	atFailover?: boolean;
}

export interface Variant {
	id: string;
	name: string;
	summary: string;
	/** Where the variant protects differently from its pattern: these threats replace the pattern's. */
	protects?: readonly Protection[];
}

export type PatternStatus = 'current' | 'historical' | 'retired';

export interface Pattern {
	id: PatternId;
	name: string;
	shortName: string;
	category: Category;
	status: PatternStatus;
	appliesTo: readonly ('stateless' | 'stateful' | 'paas')[];
	summary: string;
	protects: readonly Protection[];
	consistency: Consistency;
	prerequisites: readonly string[];
	useWhen: readonly string[];
	avoidWhen: readonly string[];
	caveats: readonly Caveat[];
	failover: readonly Step[];
	failback: readonly Step[];
	drills: readonly string[];
	then: { era: string; text: string };
	now: string;
	replacedBy?: readonly PatternId[];
	factIds: readonly string[];
	diagram: { nodes: readonly DiagramNode[]; edges: readonly DiagramEdge[] };
	variants?: readonly Variant[];
}

export function protectionFor(pattern: Pattern, threat: Threat): Protection {
	return (
		pattern.protects.find((p) => p.threat === threat) ?? {
			threat,
			level: 'no',
			note: 'Not covered.',
		}
	);
}

/**
 * What one option protects against: its variant's own entry where it has one (zone-to-zone Site
 * Recovery does not cover a region), else the pattern's. A variant the pattern does not declare
 * (an option such as "+capacity-reservation", or a standby size) protects as its pattern does.
 */
export function protectionForOption(
	pattern: Pattern,
	variant: string | undefined,
	threat: Threat,
): Protection {
	const own = pattern.variants
		?.find((v) => v.id === variant)
		?.protects?.find((p) => p.threat === threat);
	return own ?? protectionFor(pattern, threat);
}
