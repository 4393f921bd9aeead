/** Runbook steps every pattern shares: declaring, switching traffic, validating. */
import type { Step } from './pattern.ts';

export const declareStep: Step = {
	title: 'Declare the disaster',
	detail:
		'The incident lead confirms the disruption on Azure status and your own probes, decides that waiting costs more than failing over, and says so in the incident channel. Name this person before the day comes.',
	owner: 'incident lead',
};

export const switchTrafficStep: Step = {
	title: 'Switch traffic to the secondary region',
	detail:
		'With Traffic Manager priority routing, the secondary endpoint takes over once its probe is healthy; clients follow when their cached answer expires after the profile’s DNS TTL (set it on purpose: the default depends on the tool that created the profile). Front Door switches at the edge without waiting for client caches.',
	owner: 'network engineer',
};

export const validateStep: Step = {
	title: 'Validate and announce',
	detail:
		'Run the smoke tests and check the critical user journeys in the secondary region, then tell users and stakeholders the service is back and what data, if any, was lost.',
	owner: 'application owner',
};

export const reprotectStep: Step = {
	title: 'Protect the secondary before you rely on it',
	detail:
		'After failover the running copy has no DR of its own. Set up protection in the other direction as soon as the primary region is back.',
	owner: 'platform engineer',
};

export const planFailbackStep: Step = {
	title: 'Plan failback as a change, not an emergency',
	detail:
		'Wait for the primary region to be stable, pick a low-traffic window, and announce the short interruption failback causes.',
	owner: 'incident lead',
};
