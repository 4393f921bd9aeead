/**
 * The risks of failing over without a person deciding, which a reviewer expects beside any plan
 * whose alerts start the recovery (operations.trigger "automation"): a false alarm fails over a
 * healthy workload, and a data tier promoted while its primary still runs can take writes in
 * both regions (split brain). No figure here: what the team must decide, in words.
 */
import type { Evaluation } from './evaluate.ts';
import type { Workload } from '../schema/workload.ts';

/** A trap as traps.ts collects it (declared here so the two files do not import each other). */
interface Trap {
	id: string;
	tier?: string;
	text: string;
	factIds: string[];
}

export function automaticFailoverTraps(workload: Workload, chosen: readonly Evaluation[]): Trap[] {
	if (workload.operations.trigger !== 'automation') return [];
	const dataTiers = chosen
		.filter((e) => workload.tiers.find((t) => t.name === e.tier)?.kind === 'stateful')
		.map((e) => e.tier);
	return [
		{
			id: 'automatic-failover-false-alarm',
			// Without a data tier nothing is promoted and nothing is lost: users only move.
			text:
				dataTiers.length > 0
					? 'Automatic failover: an alert that fires on a transient or partial failure (a probe path that times out, one zone down, a monitoring gap) fails over a healthy workload, with its data loss and a failback to plan. Let the alert fire only after several evaluation periods, on probes of the whole user journey, and keep a way to stop the recovery plan before it promotes any data.'
					: 'Automatic failover: an alert that fires on a transient or partial failure (a probe path that times out, one zone down, a monitoring gap) moves users off a healthy region, onto capacity that must cope, and leaves a failback to plan; no data is at stake, as no tier holds any. Let the alert fire only after several evaluation periods, on probes of the whole user journey.',
			factIds: ['ops.alert-detect', 'ops.automated-declare'],
		},
		...(dataTiers.length > 0
			? [
					{
						id: 'automatic-failover-split-brain',
						text: `Automatic failover and data (${dataTiers.join(', ')}): if the primary region is cut off but still running, promoting the copy gives two writable copies (split brain), and writes on the old side are lost or must be reconciled by hand. Fence the old primary first (stop its VMs or block its writes), or keep a person’s approval for the data tiers while the stateless tiers fail over alone.`,
						factIds: ['ops.automated-declare'],
					},
				]
			: []),
	];
}
