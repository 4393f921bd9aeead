/**
 * Traps: mistakes that lose data or time on the day, flagged on a plan from the patterns it
 * uses and the reader's answers. Text may cite facts as {fact:id}.
 */
import type { Evaluation } from './estimate/evaluate.ts';
import { peopleMinutes } from './estimate/sharedSteps.ts';
import { formatMinutes, formatTarget } from './format.ts';
import { getPattern } from './patternRegistry.ts';
import { protectionFor } from './pattern.ts';
import type { Workload } from './workload.ts';

export interface Trap {
	id: string;
	tier?: string;
	text: string;
	factIds: string[];
}

const PROVISIONS_AT_FAILOVER = new Set([
	'scale-set-rebuild/cold',
	'captured-image',
	'disk-copy',
	'disk-copy-interval',
	'app-backup-shipping',
	'azure-backup',
	'site-recovery-a2a',
]);

export function trapsFor(workload: Workload, chosen: readonly Evaluation[]): Trap[] {
	const traps: Trap[] = [];
	for (const e of chosen) {
		const pattern = getPattern(e.patternId);
		const corruption = protectionFor(pattern, 'corruption');
		if (workload.corruptionProtection && corruption.level !== 'yes') {
			traps.push({
				id: `corruption-${e.tier}`,
				tier: e.tier,
				text: `${e.tier}: ${pattern.shortName} ${corruption.level === 'no' ? 'copies corruption and deletions to the secondary' : 'protects against corruption only partly'}. Keep backups too (Azure Backup, or application backups), with a retention longer than the time it takes to notice.`,
				factIds: ['backup.soft-delete'],
			});
		}
		if (e.patternId === 'site-recovery-a2a') {
			traps.push({
				id: `asr-retention-${e.tier}`,
				tier: e.tier,
				text: `${e.tier}: Site Recovery keeps recovery points for {fact:asr.default-retention} by default; raise retention (up to {fact:asr.max-retention}) if you may need to go back further.`,
				factIds: ['asr.default-retention', 'asr.max-retention'],
			});
		}
		if (e.patternId === 'azure-backup') {
			traps.push({
				id: `backup-rpo-${e.tier}`,
				tier: e.tier,
				text: `${e.tier}: the cross-region RPO of Azure Backup is about {fact:backup.secondary-rpo}, even with Enhanced policy.`,
				factIds: ['backup.secondary-rpo'],
			});
		}
		if (e.key === 'paas-sql-geo/failover-group') {
			traps.push({
				id: `sql-policy-${e.tier}`,
				tier: e.tier,
				text: `${e.tier}: use the customer-managed failover policy; the Microsoft-managed one waits at least {fact:sql.auto-failover-rto}.`,
				factIds: ['sql.auto-failover-rto'],
			});
		}
		if (e.key === 'scale-set-rebuild/cold') {
			traps.push({
				id: `zero-metrics-${e.tier}`,
				tier: e.tier,
				text: `${e.tier}: a scale set at zero instances has no metrics, so autoscale will not start it; scale it out by hand or from a schedule or external metric.`,
				factIds: ['vmss.zero-metrics'],
			});
		}
		if (PROVISIONS_AT_FAILOVER.has(e.key) || PROVISIONS_AT_FAILOVER.has(e.patternId)) {
			traps.push({
				id: `capacity-${e.tier}`,
				tier: e.tier,
				text: `${e.tier}: VMs are created at failover, when capacity in the target region is best effort and many customers ask at once; reserve capacity for the VMs your RTO depends on.`,
				factIds: ['ops.provision'],
			});
		}
	}
	const people = peopleMinutes(workload.operations);
	if (people >= workload.rtoMinutes) {
		traps.push({
			id: 'people-steps',
			text: `Noticing the outage, declaring the disaster and validating the application take about ${formatMinutes(people)} on their own, which already uses up your RTO target of ${formatTarget(workload.rtoMinutes)}: no pattern meets it until those steps get faster. Alert on health probes, name who may declare and agree beforehand when they will, script the checks, then enter your team's times (measured in a drill) under "Your team".`,
			factIds: ['ops.detect', 'ops.declare', 'ops.validate'],
		});
	}
	if (workload.routing.router === 'traffic-manager' && workload.routing.ttlSeconds > 60) {
		traps.push({
			id: 'dns-ttl',
			text: `Your DNS TTL of ${workload.routing.ttlSeconds} s keeps clients on the failed region for up to that long after the switch; lower it ahead of time (Traffic Manager accepts down to {fact:tm.min-ttl}).`,
			factIds: ['tm.min-ttl', 'tm.dns-only'],
		});
	}
	return traps;
}
