import { nothingToDeploy } from '../../kit/patternTerraform.ts';

/** What this pattern deploys ahead of a failover: nothing, and why. */
export const diskCopyIntervalTerraform = nothingToDeploy(
	'Nothing to deploy ahead of time: incremental snapshots are copied to the secondary region by a scheduled job on the plan’s interval, and VMs are created from them at failover.',
);
