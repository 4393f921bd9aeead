/**
 * The standby ladder: the five approaches the industry names for how much of a workload waits
 * in the recovery region, from nothing running to serving in both. Every option the engine
 * evaluates sits on one rung, so a plan can say which approach it takes.
 */
export const STANDBY_LEVELS = [
	'backup-restore',
	'pilot-light',
	'warm-standby',
	'hot-standby',
	'active-active',
] as const;

export type StandbyLevel = (typeof STANDBY_LEVELS)[number];

export interface StandbyRung {
	level: StandbyLevel;
	name: string;
	/** What waits in the recovery region, in one sentence. */
	waiting: string;
	/** What happens at failover, in one sentence. */
	atFailover: string;
}

export const STANDBY_LADDER: Readonly<Record<StandbyLevel, StandbyRung>> = {
	'backup-restore': {
		level: 'backup-restore',
		name: 'Backup and restore',
		waiting: 'Copies of the data or images, and nothing else: no VMs, often no network.',
		atFailover: 'Everything is created, then the data is restored or the copies attached.',
	},
	'pilot-light': {
		level: 'pilot-light',
		name: 'Pilot light',
		waiting:
			'The data, replicated continuously, and the definitions of the compute (a scale set at zero, replicated disks), with nothing running.',
		atFailover: 'The compute is started or created from what is already there.',
	},
	'warm-standby': {
		level: 'warm-standby',
		name: 'Warm standby',
		waiting: 'A scaled-down copy of the tier, running: fewer or smaller VMs than production.',
		atFailover: 'It takes traffic at once and scales out or up to the capacity needed.',
	},
	'hot-standby': {
		level: 'hot-standby',
		name: 'Hot standby',
		waiting: 'The tier at the capacity needed at failover, running but not serving.',
		atFailover: 'Traffic moves to it; nothing has to be built.',
	},
	'active-active': {
		level: 'active-active',
		name: 'Active/active',
		waiting: 'The tier serving users in both regions at once.',
		atFailover:
			'The router’s health probes stop sending users to the failed region; no one declares anything.',
	},
};
