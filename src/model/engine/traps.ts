/**
 * Traps: mistakes that lose data or time on the day, flagged on a plan from the patterns it
 * uses (the traps their options carry) and the reader's answers. Text may cite facts as {fact:id}.
 */
import type { Evaluation } from './evaluate.ts';
import { failoverQuota, QUOTA_FACTS } from '../kit/quota.ts';
import { routerRule } from '../kit/routers/index.ts';
import { peopleMinutes } from '../kit/sharedSteps.ts';
import { formatMinutes, formatTarget } from '../facts/format.ts';
import { getPattern } from '../patterns/patternRegistry.ts';
import { protectionFor } from '../patterns/pattern.ts';
import { findOption } from '../patterns/index.ts';
import { planRegions } from '../regions/index.ts';
import type { Workload } from '../schema/workload.ts';
import { automaticFailoverTraps } from './automaticFailover.ts';
import { ransomwareTraps } from './corruptionRecovery.ts';
import { regionalDiskTraps } from './diskZoneTraps.ts';

export interface Trap {
	id: string;
	tier?: string;
	text: string;
	factIds: string[];
}

/** The target region as a reader knows it. */
function targetRegionName(workload: Workload): string {
	return workload.targetRegion === 'pair' ? 'the paired region' : 'the target region';
}

export function trapsFor(workload: Workload, chosen: readonly Evaluation[]): Trap[] {
	const traps: Trap[] = [];
	for (const e of chosen) {
		const pattern = getPattern(e.patternId);
		const corruption = protectionFor(pattern, 'corruption');
		const layer = e.layers.find((l) => l.purpose === 'corruption');
		if (layer !== undefined) {
			traps.push({
				id: `corruption-layer-${e.tier}`,
				tier: e.tier,
				text: `${e.tier}: ${pattern.shortName} ${corruption.level === 'no' ? 'copies corruption and deletions to the secondary' : 'protects against corruption only partly'}, so the plan adds a second layer: ${layer.name}, with its cost. Lock the vault's immutability and keep soft delete always on.`,
				factIds: ['backup.immutable-vault', 'backup.soft-delete'],
			});
		} else if (workload.corruptionProtection && corruption.level !== 'yes') {
			traps.push({
				id: `corruption-${e.tier}`,
				tier: e.tier,
				text: `${e.tier}: ${pattern.shortName} ${corruption.level === 'no' ? 'copies corruption and deletions to the secondary' : 'protects against corruption only partly'}. Keep backups too (Azure Backup, or application backups), with a retention longer than the time it takes to notice.`,
				factIds: ['backup.soft-delete'],
			});
		}
		const option = findOption(e.patternId, e.variant);
		const tier = workload.tiers.find((t) => t.name === e.tier);
		for (const trap of option?.traps ?? []) {
			if (trap.when !== undefined && (tier === undefined || !trap.when(tier, workload))) continue;
			traps.push({
				id: `${trap.id}-${e.tier}`,
				tier: e.tier,
				text: `${e.tier}: ${trap.text}`,
				factIds: [...trap.factIds],
			});
		}
		if (option?.createdAtFailover === true && tier !== undefined) {
			const q = failoverQuota(tier, e.capacityReservation?.vms ?? 0);
			traps.push({
				id: `quota-${e.tier}`,
				tier: e.tier,
				text: `${e.tier}: raise the vCPU quota in ${planRegions(workload)?.target.name ?? targetRegionName(workload)} ahead of time: ${q.vcpus} vCPUs for ${q.vms} VM${q.vms === 1 ? '' : 's'}${q.family === undefined ? '' : ` of the ${q.family} family`}, counted against two quotas ({fact:compute.vcpu-quota}).${q.reservedVms > 0 ? ' The capacity reservation takes its share when you create it ({fact:capacity.reservation-quota}).' : ''}`,
				factIds: [...QUOTA_FACTS],
			});
		}
		if (option?.createdAtFailover === true && e.capacityReservation === undefined) {
			const vms = workload.tiers.find((t) => t.name === e.tier)?.vmCount ?? 0;
			traps.push({
				id: `capacity-${e.tier}`,
				tier: e.tier,
				text: `${e.tier}: the ${vms} VM${vms === 1 ? ' is' : 's are'} created at failover in ${targetRegionName(workload)}, where capacity is best effort and many customers ask at once; a capacity reservation there holds them (billed at the VM rate whether used or not); the plan's options include one.`,
				factIds: [
					'ops.provision',
					'capacity.reservation-billing',
					'capacity.asr-uses-reservations',
				],
			});
		}
	}
	const regions = planRegions(workload);
	if (regions !== undefined && !regions.sameGeography) {
		traps.push({
			id: 'residency',
			text: `The target region ${regions.target.name} is in the ${regions.target.geography} geography, outside the source's ${regions.source.geography} geography: copies of your data leave Microsoft's data-residency boundary for ${regions.source.displayName}. If they must not, set residency to geography (or list allowedTargetRegions).`,
			factIds: ['regions.data-residency'],
		});
	}
	if (regions?.target.restricted === true) {
		traps.push({
			id: 'restricted-target',
			text: `The target region ${regions.target.name} (${regions.target.displayName}) is restricted: a subscription can deploy there only once Microsoft grants its access request. Request access for every subscription the recovery uses well before the first drill; until it is granted nothing can be deployed there, neither what the plan keeps standing nor what it creates at failover.${regions.how === 'pair' ? ' Or name an open region as targetRegion.' : ''}`,
			factIds: ['regions.restricted-access'],
		});
	}
	const people = peopleMinutes(workload.operations);
	const tightest = Math.min(...chosen.map((e) => e.targets.rtoMinutes));
	const needsPeople = chosen.some((e) => e.peopleSteps.length > 0);
	if (needsPeople && people >= tightest) {
		const automated = workload.operations.trigger === 'automation';
		traps.push({
			id: 'people-steps',
			text: `${automated ? 'Detecting the outage, starting the recovery plan and running the smoke tests' : 'Noticing the outage, declaring the disaster and validating the application'} take about ${formatMinutes(people)} on their own, which already uses up your tightest RTO target of ${formatTarget(tightest)}: no pattern that needs them meets it until those steps get faster. ${automated ? '' : 'Let an alert start the recovery plan ("Who starts the recovery"), or name who may declare and agree beforehand when they will; '}script the checks, then enter your team's times (measured in a drill) under "Your team".`,
			factIds: automated
				? ['ops.alert-detect', 'ops.automated-declare', 'ops.automated-validate']
				: ['ops.detect', 'ops.declare', 'ops.validate'],
		});
	}
	traps.push(...automaticFailoverTraps(workload, chosen));
	traps.push(...ransomwareTraps(workload, chosen));
	traps.push(
		...regionalDiskTraps(
			workload,
			chosen.map((e) => e.tier),
		),
	);
	const ttlTrap = routerRule(workload.routing).ttlTrap;
	if (ttlTrap !== undefined && workload.routing.ttlSeconds > 60)
		traps.push({ id: 'dns-ttl', ...ttlTrap(workload.routing.ttlSeconds) });
	return traps;
}
